package org.socialwork.flow.volunteer;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.ConflictException;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 志愿者自主注册, phone first: the public application form {@code /volunteer/join} (no login), the outcome by the
 * application code ({@code /volunteer/join/status}, posted, so the code is in no URL) with the password form once
 * approved; and the station's list {@code /volunteer/applications} where workers and supervisors approve or reject.
 */
@Controller
class JoinController {

  private final VolunteerApplications applications;
  private final FormRenderer renderer;
  private final MessageSource messages;
  private final JoinThrottle throttle;

  JoinController(VolunteerApplications applications, FormRenderer renderer, MessageSource messages,
                 JoinThrottle throttle) {
    this.throttle = throttle;
    this.applications = applications;
    this.renderer = renderer;
    this.messages = messages;
  }

  @GetMapping("/volunteer/join")
  String form(Model model) {
    model.addAttribute("stations", applications.stations());
    model.addAttribute("values", Map.of());
    model.addAttribute("errors", Map.of());
    return "volunteer/join";
  }

  @PostMapping("/volunteer/join")
  String apply(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
               jakarta.servlet.http.HttpServletRequest request) {
    Map<String, Object> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    String address = request.getRemoteAddr();
    if (!throttle.mayApply(address)) {
      response.setStatus(429);
      response.setHeader("Retry-After", "3600");
      model.addAttribute("stations", applications.stations());
      model.addAttribute("values", values);
      model.addAttribute("errors", Map.of());
      model.addAttribute("throttled", true);
      return "volunteer/join";
    }
    try {
      model.addAttribute("code", applications.apply(Fields.of(values)));
      throttle.applied(address);
      return "volunteer/join-done";
    } catch (FormValidationException e) {
      response.setStatus(422);
      model.addAttribute("stations", applications.stations());
      model.addAttribute("values", values);
      model.addAttribute("errors", errors(e, locale));
      return "volunteer/join";
    }
  }

  @GetMapping("/volunteer/join/status")
  String statusForm() {
    return "volunteer/join-status";
  }

  @PostMapping("/volunteer/join/status")
  String status(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
    return outcome(code, model, response);
  }

  @PostMapping("/volunteer/join/activate")
  String activate(@RequestParam Map<String, String> form, Model model, Locale locale,
                  HttpServletResponse response) {
    String code = form.get("code");
    try {
      model.addAttribute("username", applications.activate(code, Fields.of(Map.of("password",
          form.getOrDefault("password", ""), "passwordAgain", form.getOrDefault("passwordAgain", "")))));
      return "volunteer/join-active";
    } catch (FormValidationException e) {
      response.setStatus(422);
      model.addAttribute("errors", errors(e, locale));
    } catch (ConflictException e) {
      response.setStatus(409);
      model.addAttribute("problemText", messages.getMessage(e.code(), null, e.getMessage(), locale));
    }
    return outcome(code, model, response);
  }

  private String outcome(String code, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("outcome", applications.outcome(code));
      model.addAttribute("code", VolunteerApplications.normalised(code));
    } catch (NotFoundException e) {
      response.setStatus(404);
      model.addAttribute("notFound", true);
    }
    return "volunteer/join-status";
  }

  @GetMapping("/volunteer/applications")
  String list(@RequestParam(required = false) String status, @AuthenticationPrincipal StaffMember member,
              Model model) {
    if (!VolunteerAccess.isStaff(member)) {
      return "redirect:/volunteer/me";
    }
    String s = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
    model.addAttribute("rows", applications.list(member, s));
    model.addAttribute("status", s);
    model.addAttribute("staff", true);
    return "volunteer/applications";
  }

  @PostMapping("/volunteer/applications/{id}/approve")
  String approve(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect,
                 Locale locale) {
    return step(redirect, locale, () -> {
      String no = applications.approve(id, member);
      redirect.addFlashAttribute("notice", "volunteer.done.joinApproved");
      redirect.addFlashAttribute("noticeArg", no);
    });
  }

  @PostMapping("/volunteer/applications/{id}/reject")
  String reject(@PathVariable Long id, @RequestParam Map<String, String> form,
                @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    Map<String, Object> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    return step(redirect, locale, () -> {
      applications.reject(id, Fields.of(values), member);
      redirect.addFlashAttribute("notice", "volunteer.done.joinRejected");
      redirect.addFlashAttribute("noticeArg", "");
    });
  }

  private Map<String, String> errors(FormValidationException e, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    e.errors().asMap().forEach((field, m) -> out.put(field, renderer.message(m, locale)));
    return out;
  }

  private String step(RedirectAttributes redirect, Locale locale, Runnable step) {
    try {
      step.run();
    } catch (FormValidationException e) {
      redirect.addFlashAttribute("volunteerError", e.errors().asMap().values().stream()
          .map(m -> renderer.message(m, locale)).findFirst().orElse(""));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("volunteerError", messages.getMessage(e.code(), null, e.getMessage(), locale));
    }
    return "redirect:/volunteer/applications";
  }
}
