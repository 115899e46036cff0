package org.socialwork.flow.organization;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormValidationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 组织管理 pages under {@code /admin/organization}: stations (list, add, change, deactivate) and people (list, add,
 * roles, password reset, leaving). The leading group sees them without the forms; changes are for administrators.
 */
@Controller
class OrganizationPageController {

  private static final String CHANNEL = "page";

  private final OrganizationAdmin admin;
  private final MessageSource messages;

  OrganizationPageController(OrganizationAdmin admin, MessageSource messages) {
    this.admin = admin;
    this.messages = messages;
  }

  // ---- stations ----

  @GetMapping("/admin/organization")
  String showStations(@AuthenticationPrincipal StaffMember me, @RequestParam(defaultValue = "false") boolean inactive,
                      Model model, Locale locale) {
    return stationsPage(me, inactive, Map.of(), Map.of(), model, locale);
  }

  @PostMapping("/admin/organization/stations")
  String processAddStation(@AuthenticationPrincipal StaffMember me, @RequestParam MultiValueMap<String, String> params,
                           Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> in = single(params);
    try {
      StationDetails s = admin.createStation(me, in, CHANNEL);
      redirect.addFlashAttribute("notice", "org.station.saved");
      return "redirect:/admin/organization/stations/" + s.code();
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return stationsPage(me, false, in, e.errors().asMap(), model, locale);
    }
  }

  @GetMapping("/admin/organization/stations/{code}")
  String showStation(@AuthenticationPrincipal StaffMember me, @PathVariable String code, Model model, Locale locale) {
    StationDetails s = admin.station(me, code).orElseThrow(() -> new OrganizationNotFoundException(code));
    return stationPage(me, s, Map.of(), model, locale);
  }

  @PostMapping("/admin/organization/stations/{code}")
  String processStation(@AuthenticationPrincipal StaffMember me, @PathVariable String code,
                        @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                        RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> in = single(params);
    if (!in.containsKey("activeOnly")) {
      in.putIfAbsent("demonstration", "false");
    }
    in.remove("activeOnly");
    try {
      admin.updateStation(me, code, in, CHANNEL);
      redirect.addFlashAttribute("notice", "org.station.saved");
      return "redirect:/admin/organization/stations/" + code;
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      StationDetails s = admin.station(me, code).orElseThrow();
      return stationPage(me, s, e.errors().asMap(), model, locale);
    }
  }

  // ---- people ----

  @GetMapping("/admin/organization/people")
  String showPeople(@AuthenticationPrincipal StaffMember me, @RequestParam(required = false) String q,
                    @RequestParam(required = false) String station,
                    @RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "1") int page,
                    Model model, Locale locale) {
    return peoplePage(me, q, station, inactive, page, Map.of(), Map.of(), model, locale);
  }

  @PostMapping("/admin/organization/people")
  String processAddPerson(@AuthenticationPrincipal StaffMember me, @RequestParam MultiValueMap<String, String> params,
                          Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> in = personInput(params);
    try {
      OrganizationAdmin.PersonView v = admin.createPerson(me, in, CHANNEL);
      redirect.addFlashAttribute("notice", "org.person.created");
      redirect.addFlashAttribute("noticeArg", v.person().fullName());
      if (v.oneTimePassword() != null) {
        redirect.addFlashAttribute("oneTimePassword", v.oneTimePassword());
      }
      return "redirect:/admin/organization/people/" + v.person().username();
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      in.remove("password");
      return peoplePage(me, null, null, false, 1, in, e.errors().asMap(), model, locale);
    }
  }

  @GetMapping("/admin/organization/people/{username}")
  String showPerson(@AuthenticationPrincipal StaffMember me, @PathVariable String username, Model model,
                    Locale locale) {
    return personPage(me, username, null, Map.of(), model, locale);
  }

  @PostMapping("/admin/organization/people/{username}")
  String processPerson(@AuthenticationPrincipal StaffMember me, @PathVariable String username,
                       @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                       RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> in = personInput(params);
    in.remove("username");
    return change(me, username, in, "org.person.saved", model, locale, redirect, response);
  }

  @PostMapping("/admin/organization/people/{username}/leave")
  String processLeave(@AuthenticationPrincipal StaffMember me, @PathVariable String username,
                      @RequestParam(required = false) String handOverTo, Model model, Locale locale,
                      RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> in = new HashMap<>();
    in.put("active", false);
    if (handOverTo != null && !handOverTo.isBlank()) {
      in.put("handOverTo", handOverTo);
    }
    return change(me, username, in, "org.leave.done", model, locale, redirect, response);
  }

  @PostMapping("/admin/organization/people/{username}/reactivate")
  String processReactivate(@AuthenticationPrincipal StaffMember me, @PathVariable String username, Model model,
                           Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> in = new HashMap<>();
    in.put("active", true);
    return change(me, username, in, "org.person.saved", model, locale, redirect, response);
  }

  @PostMapping("/admin/organization/people/{username}/password-reset")
  String processReset(@AuthenticationPrincipal StaffMember me, @PathVariable String username, Model model,
                      Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      redirect.addFlashAttribute("oneTimePassword", admin.resetPassword(me, username, CHANNEL));
      return "redirect:/admin/organization/people/" + username;
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return personPage(me, username, null, e.errors().asMap(), model, locale);
    }
  }

  private String change(StaffMember me, String username, Map<String, Object> in, String notice, Model model,
                        Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      OrganizationAdmin.PersonView v = admin.updatePerson(me, username, in, CHANNEL);
      redirect.addFlashAttribute("notice", notice);
      redirect.addFlashAttribute("noticeArg", v.person().fullName());
      if (v.oneTimePassword() != null) {
        redirect.addFlashAttribute("oneTimePassword", v.oneTimePassword());
      }
      return "redirect:/admin/organization/people/" + username;
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return personPage(me, username, in, e.errors().asMap(), model, locale);
    }
  }

  // ---- models ----

  private String stationsPage(StaffMember me, boolean inactive, Map<String, Object> values,
                              Map<String, FieldMessage> errors, Model model, Locale locale) {
    model.addAttribute("stations", admin.stations(me, inactive));
    model.addAttribute("inactive", inactive);
    model.addAttribute("kinds", StationDetails.KINDS);
    model.addAttribute("canWrite", me.has(Role.ADMIN));
    model.addAttribute("values", values);
    model.addAttribute("errors", texts(errors, locale));
    return "organization/stations";
  }

  private String stationPage(StaffMember me, StationDetails s, Map<String, FieldMessage> errors, Model model,
                             Locale locale) {
    model.addAttribute("station", s);
    model.addAttribute("kinds", StationDetails.KINDS);
    model.addAttribute("canWrite", me.has(Role.ADMIN));
    model.addAttribute("workers", admin.people(me, null, s.code(), false, 1).items());
    model.addAttribute("errors", texts(errors, locale));
    return "organization/station";
  }

  private String peoplePage(StaffMember me, String q, String station, boolean inactive, int page,
                            Map<String, Object> values, Map<String, FieldMessage> errors, Model model, Locale locale) {
    OrganizationAdmin.PeoplePage people = admin.people(me, q, station, inactive, page);
    model.addAttribute("people", people);
    model.addAttribute("pages", (people.total() + people.size() - 1) / people.size());
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("station", station == null ? "" : station);
    model.addAttribute("inactive", inactive);
    model.addAttribute("values", values);
    return personForm(me, errors, model, locale, "organization/people");
  }

  private String personPage(StaffMember me, String username, Map<String, Object> values,
                            Map<String, FieldMessage> errors, Model model, Locale locale) {
    OrganizationAdmin.PersonView v = admin.person(me, username, CHANNEL)
        .orElseThrow(() -> new OrganizationNotFoundException(username));
    model.addAttribute("person", v.person());
    model.addAttribute("roles", v.roles());
    Map<String, Object> shown = new HashMap<>();
    shown.put("fullName", v.person().fullName());
    shown.put("phone", v.person().phone() == null ? "" : v.person().phone());
    shown.put("certification", v.person().certification() == null ? "" : v.person().certification());
    shown.put("districtRole", v.roles().stream().filter(r -> !r.role().perStation())
        .map(r -> r.role().name().toLowerCase(Locale.ROOT)).toList());
    shown.put("workerAt", v.roles().stream().filter(r -> r.role() == Role.WORKER).map(RoleAssignment::stationCode)
        .toList());
    shown.put("supervisorAt", v.roles().stream().filter(r -> r.role() == Role.SUPERVISOR)
        .map(RoleAssignment::stationCode).toList());
    if (values != null) {
      values.forEach((k, val) -> {
        if (!k.equals("roles")) {
          shown.put(k, val);
        }
      });
    }
    model.addAttribute("values", shown);
    model.addAttribute("holdings", v.person().active() ? admin.holdings(me, username) : null);
    model.addAttribute("colleagues", admin.people(me, null, null, false, 1).items().stream()
        .filter(p -> !p.person().username().equals(username)).toList());
    return personForm(me, errors, model, locale, "organization/person");
  }

  private String personForm(StaffMember me, Map<String, FieldMessage> errors, Model model, Locale locale,
                            String view) {
    model.addAttribute("allStations", admin.stations(me, false));
    model.addAttribute("certifications", PersonDetails.CERTIFICATIONS);
    model.addAttribute("districtRoles", List.of("mentor", "leader", "admin"));
    model.addAttribute("canWrite", me.has(Role.ADMIN));
    model.addAttribute("errors", texts(errors, locale));
    return view;
  }

  /** Form fields of a person into the shape of the JSON API: district-role boxes and station lists become roles. */
  private static Map<String, Object> personInput(MultiValueMap<String, String> params) {
    Map<String, Object> in = single(params);
    in.remove("districtRole");
    in.remove("workerAt");
    in.remove("supervisorAt");
    List<Map<String, Object>> roles = new ArrayList<>();
    List<String> district = params.getOrDefault("districtRole", List.of());
    List<String> workerAt = params.getOrDefault("workerAt", List.of());
    List<String> supervisorAt = params.getOrDefault("supervisorAt", List.of());
    district.forEach(r -> roles.add(Map.of("role", r)));
    workerAt.stream().filter(s -> !s.isBlank()).forEach(s -> roles.add(Map.of("role", "worker", "station", s)));
    supervisorAt.stream().filter(s -> !s.isBlank())
        .forEach(s -> roles.add(Map.of("role", "supervisor", "station", s)));
    in.put("roles", roles);
    in.put("districtRole", district);
    in.put("workerAt", workerAt);
    in.put("supervisorAt", supervisorAt);
    return in;
  }

  private static Map<String, Object> single(MultiValueMap<String, String> params) {
    Map<String, Object> in = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (!k.equals("_csrf") && !v.isEmpty()) {
        in.put(k, v.get(0));
      }
    });
    return in;
  }

  private Map<String, String> texts(Map<String, FieldMessage> errors, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    errors.forEach((k, v) -> out.put(k, messages.getMessage(v.code(), v.args().toArray(), v.code(), locale)));
    return out;
  }

  @ExceptionHandler(OrganizationNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
