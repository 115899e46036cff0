package org.socialwork.flow.venture;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.form.UploadedFile;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The venture pages, phone first: the portal (an organisation's own applications and the open calls; for staff the
 * rounds), a round with its ranked list and budget, and a grant's page (budget lines, reviews, ledger, reports, the
 * activities recorded during implementation with their form). The process work itself is done on the task pages.
 */
@Controller
class VentureController {

  private final VentureMapper venture;
  private final VentureRecords records;
  private final AgreementDocuments agreements;
  private final ProjectActivities activities;
  private final FormRenderer renderer;

  VentureController(VentureMapper venture, VentureRecords records, AgreementDocuments agreements,
                    ProjectActivities activities, FormRenderer renderer) {
    this.venture = venture;
    this.records = records;
    this.agreements = agreements;
    this.activities = activities;
    this.renderer = renderer;
  }

  @GetMapping("/venture")
  String portal(@AuthenticationPrincipal StaffMember member, Model model) {
    VentureReader reader = VentureReader.of(member, venture);
    model.addAttribute("rounds", venture.findRounds());
    model.addAttribute("organization", reader.organization()
        ? venture.findOrganization(reader.organizationId()).orElse(null) : null);
    model.addAttribute("own", reader.organization() ? venture.findOwn(reader.organizationId()) : List.of());
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
    return applicationPage(no, member, Map.of(), Map.of(), model);
  }

  private String applicationPage(String no, StaffMember member, Map<String, Object> values,
                                 Map<String, String> errors, Model model) {
    model.addAttribute("a", records.application(no, member));
    model.addAttribute("organizationReader", VentureReader.of(member, venture).organization());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("today", java.time.LocalDate.now().toString());
    return "venture/application";
  }

  /** 记录活动 on the application's page (multipart: the fields and the files); errors in place (422). */
  @PostMapping("/venture/applications/{no}/activities")
  String recordActivity(@PathVariable String no, @RequestParam MultiValueMap<String, String> params,
                        HttpServletRequest request, @AuthenticationPrincipal StaffMember member, Locale locale,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
    Map<String, Object> values = FormValidator.fromParams(params);
    try {
      activities.record(no, values, files(request), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      Map<String, String> errors = new LinkedHashMap<>();
      e.errors().asMap().forEach((field, m) -> errors.put(field, renderer.message(m, locale)));
      return applicationPage(no, member, values, errors, model);
    } catch (VentureConflictException e) {
      redirect.addFlashAttribute("problem", e.code());
      return "redirect:/venture/applications/" + no;
    }
    redirect.addFlashAttribute("notice", "venture.activity.recorded");
    redirect.addFlashAttribute("noticeArg", String.valueOf(values.get("title")));
    return "redirect:/venture/applications/" + no;
  }

  /** The files a multipart request carries in its {@code files} parts (none for another request). */
  static List<UploadedFile> files(HttpServletRequest request) throws IOException {
    MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    List<UploadedFile> out = new ArrayList<>();
    if (multipart != null) {
      for (MultipartFile f : multipart.getFiles("files")) {
        if (!f.isEmpty()) {
          out.add(new UploadedFile(f.getOriginalFilename(), f.getBytes()));
        }
      }
    }
    return out;
  }

  /** A photo or attachment of a project activity: for whoever reads the application; others 404. */
  @GetMapping("/venture/documents/{id}")
  ResponseEntity<byte[]> activityFile(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    ProjectActivities.Attachment a = activities.attachment(id, member);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(a.document().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(a.document().contentType()))
        .body(a.content());
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
