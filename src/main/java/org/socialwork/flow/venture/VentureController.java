package org.socialwork.flow.venture;

import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The venture pages, phone first: the portal (an organisation's own applications and the open calls; for staff the
 * rounds), a round with its ranked list and budget, and a grant's page (budget lines, reviews, ledger, reports). The
 * work itself is done on the task pages.
 */
@Controller
class VentureController {

  private final VentureMapper venture;
  private final VentureRecords records;
  private final AgreementDocuments agreements;

  VentureController(VentureMapper venture, VentureRecords records, AgreementDocuments agreements) {
    this.venture = venture;
    this.records = records;
    this.agreements = agreements;
  }

  @GetMapping("/venture")
  String portal(@AuthenticationPrincipal StaffMember member, Model model) {
    VentureReader reader = VentureReader.of(member, venture);
    model.addAttribute("rounds", venture.findRounds());
    model.addAttribute("organization", reader.organization()
        ? venture.findOrganization(reader.organizationId()).orElse(null) : null);
    model.addAttribute("own", reader.organization() ? venture.findOwn(reader.organizationId()) : java.util.List.of());
    model.addAttribute("manages", reader.manages());
    return "venture/portal";
  }

  @GetMapping("/venture/rounds/{id}")
  String round(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("round", records.round(id, member));
    return "venture/round";
  }

  @GetMapping("/venture/applications/{no}")
  String application(@PathVariable String no, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("a", records.application(no, member));
    model.addAttribute("organizationReader", VentureReader.of(member, venture).organization());
    return "venture/application";
  }

  /** The signed agreement: the round's officer, the leading group, administrators, the applicant; others 404. */
  @GetMapping("/venture/applications/{no}/agreement")
  org.springframework.http.ResponseEntity<byte[]> agreement(@PathVariable String no,
                                                            @AuthenticationPrincipal StaffMember member) {
    return file(agreements.download(no, member, "page"));
  }

  static org.springframework.http.ResponseEntity<byte[]> file(AgreementDocuments.Download d) {
    return org.springframework.http.ResponseEntity.ok()
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.attachment()
                .filename(d.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(org.springframework.http.MediaType.parseMediaType(d.document().contentType()))
        .body(d.content());
  }
}
