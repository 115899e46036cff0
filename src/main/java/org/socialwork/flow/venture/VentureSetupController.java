package org.socialwork.flow.venture;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leading group's and administrators' page forms beside the JSON: the organisations (list, register, change) and
 * a new round. They take the same checks as the API (OrganizationRegistration, RoundCreation); a wrong value comes
 * back beside its field (422), nothing stored. Everyone else is refused (403).
 */
@Controller
class VentureSetupController {

  /** One criterion a line: its code, its name, its weight ({@code need 社区需求 40}). */
  private static final Pattern CRITERION = Pattern.compile("^\\s*(\\S+)\\s+(.+?)\\s+(\\S+)\\s*$");

  private final OrganizationRegistration organizations;
  private final RoundCreation rounds;
  private final VentureMapper venture;
  private final Stations stations;
  private final StaffDirectory staff;
  private final FormRenderer renderer;

  VentureSetupController(OrganizationRegistration organizations, RoundCreation rounds, VentureMapper venture,
                         Stations stations, StaffDirectory staff, FormRenderer renderer) {
    this.organizations = organizations;
    this.rounds = rounds;
    this.venture = venture;
    this.stations = stations;
    this.staff = staff;
    this.renderer = renderer;
  }

  private void requireManager(StaffMember member) {
    if (!VentureReader.of(member, venture).manages()) {
      throw new AccessDeniedException("The leading group and administrators set organisations and rounds");
    }
  }

  @GetMapping("/venture/organizations")
  String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
              @AuthenticationPrincipal StaffMember member, Model model) {
    requireManager(member);
    Paging paging = Paging.of(page, size);
    model.addAttribute("organizations", ListPage.of(venture.findOrganizations(paging.size(), paging.offset()),
        venture.countOrganizations(), paging));
    model.addAttribute("query", paging.keep(Map.of()));
    return "venture/organizations";
  }

  @GetMapping("/venture/organizations/new")
  String newOrganization(@AuthenticationPrincipal StaffMember member, Model model) {
    requireManager(member);
    return organizationForm(null, Map.of(), Map.of(), model);
  }

  @PostMapping("/venture/organizations")
  String register(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffMember member,
                  Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    requireManager(member);
    Map<String, Object> values = FormValidator.fromParams(params);
    try {
      organizations.register(values, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return organizationForm(null, values, errors(e, locale), model);
    }
    redirect.addFlashAttribute("notice", "venture.organization.registered");
    redirect.addFlashAttribute("noticeArg", String.valueOf(values.get("name")));
    return "redirect:/venture/organizations";
  }

  @GetMapping("/venture/organizations/{id}/edit")
  String editOrganization(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Model model) {
    requireManager(member);
    SocialOrganization o = venture.findOrganization(id)
        .orElseThrow(() -> new VentureNotFoundException("organisation " + id));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", o.name());
    values.put("creditCode", o.creditCode());
    values.put("registrationAuthority", o.registrationAuthority() == null ? "" : o.registrationAuthority());
    values.put("legalRepresentative", o.legalRepresentative());
    values.put("phone", o.phone());
    values.put("stationCodes", venture.findOrganizationStations(id));
    return organizationForm(o, values, Map.of(), model);
  }

  @PostMapping("/venture/organizations/{id}")
  String update(@PathVariable Long id, @RequestParam MultiValueMap<String, String> params,
                @AuthenticationPrincipal StaffMember member, Locale locale, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
    requireManager(member);
    SocialOrganization o = venture.findOrganization(id)
        .orElseThrow(() -> new VentureNotFoundException("organisation " + id));
    Map<String, Object> values = FormValidator.fromParams(params);
    if (!values.containsKey("stationCodes")) {
      values.put("stationCodes", List.of());
    }
    try {
      organizations.update(id, values, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return organizationForm(o, values, errors(e, locale), model);
    }
    redirect.addFlashAttribute("notice", "venture.organization.changed");
    redirect.addFlashAttribute("noticeArg", String.valueOf(values.get("name")));
    return "redirect:/venture/organizations";
  }

  private String organizationForm(SocialOrganization o, Map<String, Object> values, Map<String, String> errors,
                                  Model model) {
    model.addAttribute("organization", o);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("stations", stations.active());
    return "venture/organization-form";
  }

  @GetMapping("/venture/rounds/new")
  String newRound(@AuthenticationPrincipal StaffMember member, Model model) {
    requireManager(member);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("tracks", String.join(",", RoundCreation.DEFAULT_TRACKS));
    values.put("trancheSplit", "50,30,20");
    values.put("criteria", "need 社区需求 40\nfeasible 可行性 35\nbudget 预算合理 25");
    values.put("officer", member.username());
    return roundForm(values, Map.of(), model);
  }

  @PostMapping("/venture/rounds")
  String createRound(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffMember member,
                     Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    requireManager(member);
    Map<String, Object> values = FormValidator.fromParams(params);
    Long id;
    try {
      id = rounds.create(roundBody(values), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return roundForm(values, errors(e, locale), model);
    }
    redirect.addFlashAttribute("notice", "venture.round.created");
    redirect.addFlashAttribute("noticeArg", String.valueOf(values.get("title")));
    return "redirect:/venture/rounds/" + id;
  }

  /** The page's fields as the JSON of POST /api/venture/rounds (so both take exactly the same checks). */
  static Map<String, Object> roundBody(Map<String, Object> form) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (String key : List.of("title", "totalBudget", "officer", "opensOn", "closesOn", "reviewBy", "signingBy",
        "midTermDue", "finalDue")) {
      if (form.get(key) != null) {
        body.put(key, form.get(key));
      }
    }
    body.put("tracks", words(form.get("tracks")));
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("min", form.get("grantMin"));
    range.put("max", form.get("grantMax"));
    body.put("grantRange", range);
    body.put("trancheSplit", words(form.get("trancheSplit")));
    List<Map<String, Object>> criteria = new ArrayList<>();
    String lines = form.get("criteria") == null ? "" : form.get("criteria").toString();
    for (String line : lines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = CRITERION.matcher(line);
      Map<String, Object> c = new LinkedHashMap<>();
      if (m.matches()) {
        c.put("code", m.group(1));
        c.put("name", m.group(2));
        c.put("weight", m.group(3));
      }
      criteria.add(c); // a line that is not "code name weight" is refused as a criterion
    }
    body.put("criteria", criteria);
    body.put("reviewers", list(form.get("reviewers")));
    body.put("reserveReviewers", list(form.get("reserveReviewers")));
    return body;
  }

  private static List<String> words(Object text) {
    if (text == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String w : text.toString().split("[,，、\\s]+")) {
      if (!w.isBlank()) {
        out.add(w.trim());
      }
    }
    return out;
  }

  private static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return l.stream().map(Object::toString).filter(s -> !s.isBlank()).toList();
    }
    return value.toString().isBlank() ? List.of() : List.of(value.toString());
  }

  private String roundForm(Map<String, Object> values, Map<String, String> errors, Model model) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    Set<Person> reviewers = new LinkedHashSet<>(staff.peopleWithRole(Role.MENTOR));
    reviewers.addAll(staff.peopleWithRole(Role.LEADER));
    model.addAttribute("reviewerPeople", List.copyOf(reviewers));
    Set<Person> officers = new LinkedHashSet<>(staff.peopleWithRole(Role.LEADER));
    officers.addAll(staff.peopleWithRole(Role.ADMIN));
    model.addAttribute("officerPeople", List.copyOf(officers));
    return "venture/round-form";
  }

  private Map<String, String> errors(FormValidationException e, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    e.errors().asMap().forEach((field, m) -> out.put(field, renderer.message(m, locale)));
    return out;
  }
}
