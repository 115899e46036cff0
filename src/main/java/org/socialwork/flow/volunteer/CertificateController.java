package org.socialwork.flow.volunteer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The certificate pages: the station's list (requests waiting first), requesting on the volunteer's own page or the
 * record page, issuing, rejecting and revoking on the record page, the station's certificate settings (person in
 * charge, seal PNG), and the public verification page {@code /verify/{certNo}} (no login, phone first).
 */
@Controller
class CertificateController {

  private final Certificates certificates;
  private final VolunteerAccess access;
  private final PageSteps steps;

  CertificateController(Certificates certificates, VolunteerAccess access, PageSteps steps) {
    this.steps = steps;
    this.certificates = certificates;
    this.access = access;
  }

  @GetMapping("/volunteer/certificates")
  String station(@RequestParam(required = false) String status, @AuthenticationPrincipal StaffMember member,
                 Model model) {
    if (!VolunteerAccess.isStaff(member)) {
      return "redirect:/volunteer/me";
    }
    String s = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
    model.addAttribute("rows", certificates.station(member, s));
    model.addAttribute("status", s);
    model.addAttribute("staff", true);
    model.addAttribute("settingsStations", member.stationsAs(org.socialwork.flow.organization.Role.SUPERVISOR));
    return "volunteer/certificates";
  }

  @PostMapping("/volunteer/volunteers/{no}/certificates")
  String request(@PathVariable String no, @RequestParam Map<String, String> form,
                 @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    boolean self = access.self(member).filter(v -> v.volunteerNo().equals(no)).isPresent();
    String back = self ? "redirect:/volunteer/me" : "redirect:/volunteer/volunteers/" + no;
    return steps.run(back, redirect, locale, () -> {
      Certificate c = certificates.request(no, fields(form), member);
      redirect.addFlashAttribute("notice", "volunteer.done.certRequested");
      redirect.addFlashAttribute("noticeArg", c.certNo());
    });
  }

  @PostMapping("/volunteer/volunteers/{no}/certificates/{certNo}/issue")
  String issue(@PathVariable String no, @PathVariable String certNo, @AuthenticationPrincipal StaffMember member,
               RedirectAttributes redirect, Locale locale) {
    return steps.run("redirect:/volunteer/volunteers/" + no, redirect, locale, () -> {
      certificates.issue(no, certNo, member);
      redirect.addFlashAttribute("notice", "volunteer.done.certIssued");
      redirect.addFlashAttribute("noticeArg", certNo);
    });
  }

  @PostMapping("/volunteer/volunteers/{no}/certificates/{certNo}/reject")
  String reject(@PathVariable String no, @PathVariable String certNo, @RequestParam Map<String, String> form,
                @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    return steps.run("redirect:/volunteer/volunteers/" + no, redirect, locale, () -> {
      certificates.reject(no, certNo, fields(form), member);
      redirect.addFlashAttribute("notice", "volunteer.done.certRejected");
      redirect.addFlashAttribute("noticeArg", certNo);
    });
  }

  @PostMapping("/volunteer/volunteers/{no}/certificates/{certNo}/revoke")
  String revoke(@PathVariable String no, @PathVariable String certNo, @RequestParam Map<String, String> form,
                @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    return steps.run("redirect:/volunteer/volunteers/" + no, redirect, locale, () -> {
      certificates.revoke(no, certNo, fields(form), member);
      redirect.addFlashAttribute("notice", "volunteer.done.certRevoked");
      redirect.addFlashAttribute("noticeArg", certNo);
    });
  }

  @GetMapping("/volunteer/certificates/settings/{code}")
  String settings(@PathVariable String code, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("setting", certificates.setting(code, member).orElse(null));
    model.addAttribute("stationCode", code);
    model.addAttribute("staff", true);
    return "volunteer/certificate-settings";
  }

  @PostMapping("/volunteer/certificates/settings/{code}")
  String saveSettings(@PathVariable String code, @RequestParam Map<String, String> form,
                      @RequestParam(name = "seal", required = false) MultipartFile seal,
                      @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale)
      throws IOException {
    byte[] png = seal == null || seal.isEmpty() ? null
        : seal.getSize() > Certificates.MAX_SEAL_BYTES ? new byte[Certificates.MAX_SEAL_BYTES + 1] : seal.getBytes();
    return steps.run("redirect:/volunteer/certificates/settings/" + code, redirect, locale, () -> {
      certificates.configure(code, fields(form), png, member);
      redirect.addFlashAttribute("notice", "volunteer.done.certSettings");
    });
  }

  @GetMapping("/volunteer/certificates/settings/{code}/seal.png")
  ResponseEntity<byte[]> seal(@PathVariable String code, @AuthenticationPrincipal StaffMember member) {
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
        .body(certificates.seal(code, member));
  }

  /** Public: type a number (the form), or open the link printed on the certificate. */
  @GetMapping("/verify")
  String verifyForm(@RequestParam(required = false) String no) {
    if (no != null && !no.isBlank()) {
      String n = no.trim().toUpperCase(Locale.ROOT);
      return n.matches("[0-9A-Z-]{1,24}") ? "redirect:/verify/" + n : "redirect:/verify";
    }
    return "volunteer/verify";
  }

  @GetMapping("/verify/{certNo}")
  String verify(@PathVariable String certNo, Model model, jakarta.servlet.http.HttpServletResponse response) {
    model.addAttribute("certNo", certNo);
    try {
      model.addAttribute("cert", certificates.verify(certNo));
    } catch (NotFoundException e) {
      response.setStatus(404);
    }
    return "volunteer/verify";
  }

  private static Fields fields(Map<String, String> form) {
    Map<String, Object> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    return Fields.of(values);
  }
}
