package org.socialwork.flow.volunteer;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.paging.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of Kuiwen's three lists, phone first: the numbers per station ({@code /volunteer/lists}), the 问题需求清单
 * with the form to raise a need (errors in place, 422), a need's page with 点单, 派单 and 结单 (a refused step comes
 * back with its message), the 服务项目清单 with its form, and the 服务资源清单. Volunteers are sent to their own page.
 */
@Controller
class NeedController {

  private final Needs needs;
  private final ServiceLists lists;
  private final Teams teams;
  private final Stations stations;
  private final FormRenderer renderer;
  private final PageSteps steps;

  NeedController(Needs needs, ServiceLists lists, Teams teams, Stations stations, FormRenderer renderer,
                 PageSteps steps) {
    this.needs = needs;
    this.lists = lists;
    this.teams = teams;
    this.stations = stations;
    this.renderer = renderer;
    this.steps = steps;
  }

  @GetMapping("/volunteer/lists")
  String figures(@AuthenticationPrincipal StaffMember member, Model model) {
    if (!VolunteerAccess.isStaff(member)) {
      return "redirect:/volunteer/me";
    }
    model.addAttribute("rows", lists.figures(member));
    model.addAttribute("staff", true);
    return "volunteer/lists";
  }

  @GetMapping("/volunteer/needs")
  String needs(@RequestParam(required = false) String status, @RequestParam(required = false) String station,
               @RequestParam(required = false) String page, @RequestParam(required = false) String size,
               @AuthenticationPrincipal StaffMember member, Model model) {
    if (!VolunteerAccess.isStaff(member)) {
      return "redirect:/volunteer/me";
    }
    return needsPage(status, station, page, size, member, model, Map.of(), Map.of());
  }

  @PostMapping("/volunteer/needs")
  String raise(@RequestParam Map<String, String> form, @AuthenticationPrincipal StaffMember member, Model model,
               Locale locale, HttpServletResponse response) {
    Map<String, Object> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    try {
      return "redirect:/volunteer/needs/" + needs.raise(Fields.of(values), member);
    } catch (FormValidationException e) {
      response.setStatus(422);
      return needsPage(null, null, null, null, member, model, values, errors(e, locale));
    }
  }

  private String needsPage(String status, String station, String page, String size, StaffMember member,
                           Model model, Map<String, Object> values, Map<String, String> errors) {
    String s = NeedApiController.status(status);
    String st = station == null || station.isBlank() ? null : station.trim();
    Paging paging = Paging.of(page, size);
    Map<String, Object> keep = new LinkedHashMap<>();
    keep.put("status", s);
    keep.put("station", st);
    model.addAttribute("list", needs.list(member, st, s, paging));
    model.addAttribute("query", paging.keep(keep));
    model.addAttribute("status", s);
    model.addAttribute("managed", managed(member));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("staff", true);
    return "volunteer/needs";
  }

  @GetMapping("/volunteer/needs/{no}")
  String need(@PathVariable String no, @AuthenticationPrincipal StaffMember member, Model model) {
    if (!VolunteerAccess.isStaff(member)) {
      return "redirect:/volunteer/me";
    }
    Need n = needs.read(no, member, "page");
    model.addAttribute("n", n);
    boolean manages = VolunteerAccess.manages(member, n.stationCode());
    model.addAttribute("manages", manages);
    if (manages && Need.OPEN.equals(n.status())) {
      model.addAttribute("services", lists.servicesOf(n.stationCode(), member));
    }
    if (manages && Need.ORDERED.equals(n.status())) {
      model.addAttribute("teams", teams.teams(member).stream()
          .filter(t -> t.stationCode().equals(n.stationCode())).toList());
    }
    model.addAttribute("staff", true);
    return "volunteer/need";
  }

  @PostMapping("/volunteer/needs/{no}/order")
  String order(@PathVariable String no, @RequestParam Map<String, String> form,
               @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    return step(no, redirect, locale, "volunteer.need.done.ordered", () -> needs.order(no, fields(form), member));
  }

  @PostMapping("/volunteer/needs/{no}/dispatch")
  String dispatch(@PathVariable String no, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    return step(no, redirect, locale, "volunteer.need.done.dispatched",
        () -> needs.dispatch(no, fields(form), member));
  }

  @PostMapping("/volunteer/needs/{no}/close")
  String close(@PathVariable String no, @RequestParam Map<String, String> form,
               @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    return step(no, redirect, locale, "volunteer.need.done.closed", () -> needs.close(no, fields(form), member));
  }

  @GetMapping("/volunteer/services")
  String services(@RequestParam(required = false) String station, @RequestParam(required = false) String page,
                  @RequestParam(required = false) String size, @AuthenticationPrincipal StaffMember member,
                  Model model) {
    if (!VolunteerAccess.isStaff(member)) {
      return "redirect:/volunteer/me";
    }
    return servicesPage(station, page, size, member, model, Map.of(), Map.of());
  }

  @PostMapping("/volunteer/services")
  String addService(@RequestParam Map<String, String> form, @AuthenticationPrincipal StaffMember member, Model model,
                    Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
    Map<String, Object> values = fields(form).values();
    try {
      lists.addService(Fields.of(values), member);
      redirect.addFlashAttribute("notice", "volunteer.need.done.service");
      return "redirect:/volunteer/services";
    } catch (FormValidationException e) {
      response.setStatus(422);
      return servicesPage(null, null, null, member, model, values, errors(e, locale));
    }
  }

  @PostMapping("/volunteer/services/{id}/active")
  String setActive(@PathVariable Long id, @RequestParam(required = false) String active,
                   @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    return steps.run("redirect:/volunteer/services", redirect, locale,
        () -> lists.setActive(id, active == null || active.isBlank() ? null : "true".equalsIgnoreCase(active), member));
  }

  private String servicesPage(String station, String page, String size, StaffMember member, Model model,
                              Map<String, Object> values, Map<String, String> errors) {
    String st = station == null || station.isBlank() ? null : station.trim();
    Paging paging = Paging.of(page, size);
    Map<String, Object> keep = new LinkedHashMap<>();
    keep.put("station", st);
    model.addAttribute("list", lists.services(member, st, false, paging));
    model.addAttribute("query", paging.keep(keep));
    model.addAttribute("managed", managed(member));
    model.addAttribute("teams", teams.teams(member));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("staff", true);
    return "volunteer/services";
  }

  @GetMapping("/volunteer/resources")
  String resources(@RequestParam(required = false) String station, @RequestParam(required = false) String page,
                   @RequestParam(required = false) String size, @AuthenticationPrincipal StaffMember member,
                   Model model) {
    if (!VolunteerAccess.isStaff(member)) {
      return "redirect:/volunteer/me";
    }
    String st = station == null || station.isBlank() ? null : station.trim();
    Paging paging = Paging.of(page, size);
    Map<String, Object> keep = new LinkedHashMap<>();
    keep.put("station", st);
    model.addAttribute("list", lists.resources(member, st, paging));
    model.addAttribute("query", paging.keep(keep));
    model.addAttribute("staff", true);
    return "volunteer/resources";
  }

  /** The stations whose lists the reader keeps (worker or supervisor there), code → name, for the forms. */
  private Map<String, String> managed(StaffMember member) {
    TreeSet<String> codes = new TreeSet<>(member.stationsAs(Role.WORKER));
    codes.addAll(member.stationsAs(Role.SUPERVISOR));
    Map<String, String> names = stations.names();
    Map<String, String> out = new LinkedHashMap<>();
    codes.forEach(c -> out.put(c, names.getOrDefault(c, c)));
    return out;
  }

  private static Fields fields(Map<String, String> form) {
    Map<String, Object> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    return Fields.of(values);
  }

  private Map<String, String> errors(FormValidationException e, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    e.errors().asMap().forEach((field, m) -> out.put(field, renderer.message(m, locale)));
    return out;
  }

  private String step(String no, RedirectAttributes redirect, Locale locale, String done, Runnable step) {
    return steps.run("redirect:/volunteer/needs/" + no, redirect, locale, () -> {
      step.run();
      redirect.addFlashAttribute("notice", done);
    });
  }
}
