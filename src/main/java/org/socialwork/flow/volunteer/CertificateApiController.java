package org.socialwork.flow.volunteer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Volunteer service certificates as JSON and PDF: request, issue, reject, revoke, the PDF (the volunteer themself or
 * the station's staff; audited), and the public verification by number (no login: name, hours, period, status).
 */
@RestController
@Tag(name = "volunteer certificates", description = "志愿服务证明: request, issue, PDF, public verification")
class CertificateApiController {

  private final Certificates certificates;
  private final CertificatePdf pdf;

  CertificateApiController(Certificates certificates, CertificatePdf pdf) {
    this.certificates = certificates;
    this.pdf = pdf;
  }

  @GetMapping("/api/volunteer/certificates")
  @Operation(summary = "Certificates of the stations in scope (staff), requests waiting first; status filter")
  List<CertificateMapper.Row> station(@RequestParam(required = false) String status,
                                      @AuthenticationPrincipal StaffMember member) {
    return certificates.station(member, status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT));
  }

  @GetMapping("/api/volunteers/{no}/certificates")
  @Operation(summary = "A volunteer's certificates (their own, or in the reader's scope)")
  List<Certificates.CertificateView> list(@PathVariable String no, @AuthenticationPrincipal StaffMember member) {
    return certificates.of(no, member);
  }

  @PostMapping("/api/volunteers/{no}/certificates")
  @Operation(summary = "Request a certificate ({from, to: yyyy-MM-dd, purpose?}; the volunteer or the station's "
      + "staff): 201 {certNo, status}")
  ResponseEntity<Map<String, Object>> request(@PathVariable String no, @RequestBody Map<String, Object> body,
                                              @AuthenticationPrincipal StaffMember member) {
    Certificate c = certificates.request(no, Fields.of(body), member);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("certNo", c.certNo());
    out.put("status", c.status());
    return ResponseEntity.created(URI.create("/api/volunteers/" + no + "/certificates/" + c.certNo())).body(out);
  }

  @GetMapping("/api/volunteers/{no}/certificates/{certNo}")
  @Operation(summary = "One certificate with its lines")
  Certificates.CertificateView one(@PathVariable String no, @PathVariable String certNo,
                                   @AuthenticationPrincipal StaffMember member) {
    return certificates.one(no, certNo, member);
  }

  @PostMapping("/api/volunteers/{no}/certificates/{certNo}/issue")
  @Operation(summary = "Check and issue (the station's workers and supervisors): hours and activities of the period "
      + "frozen from the hours ledger; 409 when not waiting or no hours")
  Certificates.CertificateView issue(@PathVariable String no, @PathVariable String certNo,
                                     @AuthenticationPrincipal StaffMember member) {
    return certificates.issue(no, certNo, member);
  }

  @PostMapping("/api/volunteers/{no}/certificates/{certNo}/reject")
  @Operation(summary = "Reject a request ({reason}; the station's workers and supervisors)")
  Certificates.CertificateView reject(@PathVariable String no, @PathVariable String certNo,
                                      @RequestBody Map<String, Object> body,
                                      @AuthenticationPrincipal StaffMember member) {
    return certificates.reject(no, certNo, Fields.of(body), member);
  }

  @PostMapping("/api/volunteers/{no}/certificates/{certNo}/revoke")
  @Operation(summary = "Revoke an issued certificate ({reason}; the station's supervisors): verification says revoked")
  Certificates.CertificateView revoke(@PathVariable String no, @PathVariable String certNo,
                                      @RequestBody Map<String, Object> body,
                                      @AuthenticationPrincipal StaffMember member) {
    return certificates.revoke(no, certNo, Fields.of(body), member);
  }

  @GetMapping(value = "/api/volunteers/{no}/certificates/{certNo}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The certificate as PDF (the volunteer themself or the station's staff; others 404; audited)")
  ResponseEntity<byte[]> pdf(@PathVariable String no, @PathVariable String certNo,
                             @AuthenticationPrincipal StaffMember member, Locale locale) {
    Certificates.Printable p = certificates.printable(no, certNo, member, "api");
    byte[] bytes = pdf.render(p, locale);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(certNo + ".pdf").build()
            .toString())
        .body(bytes);
  }

  @GetMapping("/api/certificates/{certNo}")
  @Operation(summary = "Public verification (no login): {certNo, fullName, hours, periodFrom, periodTo, status: "
      + "valid|revoked}; 404 for a number never issued")
  Map<String, Object> verify(@PathVariable String certNo) {
    CertificateMapper.Verification v = certificates.verify(certNo);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("certNo", v.certNo());
    out.put("fullName", v.fullName());
    out.put("hours", v.hours());
    out.put("periodFrom", v.periodFrom().toString());
    out.put("periodTo", v.periodTo().toString());
    out.put("status", Certificate.REVOKED.equals(v.status()) ? "revoked" : "valid");
    return out;
  }
}
