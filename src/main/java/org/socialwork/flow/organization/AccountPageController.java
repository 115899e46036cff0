package org.socialwork.flow.organization;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormValidationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账号: one's own roles and stations, and the password change (forced while a one-time password is in use). */
@Controller
class AccountPageController {

  private final OrganizationAdmin admin;
  private final StaffDirectory staff;
  private final Stations stations;
  private final MessageSource messages;

  AccountPageController(OrganizationAdmin admin, StaffDirectory staff, Stations stations, MessageSource messages) {
    this.admin = admin;
    this.staff = staff;
    this.stations = stations;
    this.messages = messages;
  }

  @GetMapping("/account")
  String showAccount(@AuthenticationPrincipal StaffMember me, Model model) {
    model.addAttribute("person", admin.details(me.username()).orElseThrow());
    model.addAttribute("roles", staff.rolesOf(me.username()));
    model.addAttribute("stationNames", stations.names());
    return "organization/account";
  }

  @GetMapping("/account/password")
  String initPasswordForm(@AuthenticationPrincipal StaffMember me, Model model) {
    return passwordPage(me, Map.of(), model);
  }

  @PostMapping("/account/password")
  String processPasswordForm(@AuthenticationPrincipal StaffMember me,
                             @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                             RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> in = new LinkedHashMap<>();
    params.forEach((k, v) -> in.put(k, v.isEmpty() ? null : v.get(0)));
    try {
      admin.changeOwnPassword(me.username(), in, "page");
      redirect.addFlashAttribute("notice", "account.password.changed");
      return "redirect:/account";
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      Map<String, String> errors = new LinkedHashMap<>();
      e.errors().asMap().forEach((k, v) -> errors.put(k, messages.getMessage(v.code(), v.args().toArray(), v.code(),
          locale)));
      return passwordPage(me, errors, model);
    }
  }

  private String passwordPage(StaffMember me, Map<String, String> errors, Model model) {
    model.addAttribute("firstLogin", admin.mustChangePassword(me.username()));
    model.addAttribute("minLength", Passwords.MIN_LENGTH);
    model.addAttribute("errors", errors);
    return "organization/password";
  }
}
