package org.socialwork.flow.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 移交个案: hand a worker's open cases to a colleague, and watch it go. Station supervisors only. */
@Controller
class ReassignmentController {

  private final CaseReassignment reassignment;
  private final FormRenderer renderer;

  ReassignmentController(CaseReassignment reassignment, FormRenderer renderer) {
    this.reassignment = reassignment;
    this.renderer = renderer;
  }

  @GetMapping("/cases/reassign")
  String initReassignForm(@AuthenticationPrincipal StaffMember member,
                          @RequestParam(required = false) String station, Model model, java.util.Locale locale) {
    return formPage(stationOf(member, station), Map.of(), Map.of(), member, locale, model);
  }

  @PostMapping("/cases/reassign")
  String processReassignForm(@AuthenticationPrincipal StaffMember member, @RequestParam String station,
                             @RequestParam MultiValueMap<String, String> params, Model model, java.util.Locale locale,
                             HttpServletResponse response) {
    Map<String, Object> submitted = FormValidator.fromParams(params);
    try {
      Long id = reassignment.start(station, submitted, member);
      return "redirect:/cases/reassign/" + id;
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return formPage(station, submitted, e.errors().asMap(), member, locale, model);
    }
  }

  @GetMapping("/cases/reassign/{id}")
  String showProgress(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("reassignment", reassignment.find(id, member));
    return "reassignment";
  }

  private String formPage(String station, Map<String, Object> values, Map<String, FieldMessage> errors,
                          StaffMember member, java.util.Locale locale, Model model) {
    List<Person> workers = reassignment.workersOf(station, member);
    Map<String, Integer> openCases = new LinkedHashMap<>();
    workers.forEach(p -> openCases.put(p.username(), reassignment.openCases(station, p.username())));
    model.addAttribute("station", station);
    model.addAttribute("stations", member.stationsAs(Role.SUPERVISOR));
    model.addAttribute("workers", workers);
    model.addAttribute("openCases", openCases);
    model.addAttribute("values", values);
    Map<String, String> messages = new LinkedHashMap<>();
    errors.forEach((k, v) -> messages.put(k, renderer.message(v, locale)));
    model.addAttribute("errors", messages);
    return "reassign";
  }

  private static String stationOf(StaffMember member, String station) {
    if (station != null) {
      return station;
    }
    return member.stationsAs(Role.SUPERVISOR).stream().findFirst()
        .orElseThrow(() -> new AccessDeniedException("Only station supervisors hand over cases"));
  }

  @ExceptionHandler(CaseNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
