package org.socialwork.flow.care;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.tasklist.WorkItemConflictException;
import org.socialwork.flow.volunteer.StationVolunteers;
import org.springframework.http.HttpStatus;
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
 * The care pages, phone first: my visits this week as cards, the one-handed visit form, the roster, a target's
 * page, the month's coverage, the tiers (administrators). Invalid input: the form again with messages in place (422).
 */
@Controller
class CareController {

  private final CareMapper care;
  private final CareRecords records;
  private final TargetRegistration registration;
  private final VisitRecording recording;
  private final TierChanges tierChanges;
  private final TierAdministration tiers;
  private final StaffDirectory staff;
  private final FormRenderer renderer;
  private final WeatherAlert weather;
  private final VolunteerPairing pairing;
  private final StationVolunteers volunteers;

  CareController(CareMapper care, CareRecords records, TargetRegistration registration, VisitRecording recording,
                 TierChanges tierChanges, TierAdministration tiers, StaffDirectory staff, FormRenderer renderer,
                 WeatherAlert weather, VolunteerPairing pairing, StationVolunteers volunteers) {
    this.weather = weather;
    this.pairing = pairing;
    this.volunteers = volunteers;
    this.care = care;
    this.records = records;
    this.registration = registration;
    this.recording = recording;
    this.tierChanges = tierChanges;
    this.tiers = tiers;
    this.staff = staff;
    this.renderer = renderer;
  }

  static Submission submission(MultiValueMap<String, String> params) {
    Map<String, Object> values = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (!"_csrf".equals(k)) {
        values.put(k, v.size() == 1 ? v.get(0) : List.copyOf(v));
      }
    });
    return Submission.of(values);
  }

  private Map<String, String> messages(FormValidationException e, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    e.errors().asMap().forEach((field, m) -> out.put(field, renderer.message(m, locale)));
    return out;
  }

  private void options(Model model) {
    model.addAttribute("tiers", care.findTiers());
    model.addAttribute("categories", care.findCategories());
  }

  @GetMapping("/care")
  String week(@RequestParam(required = false) String day, @AuthenticationPrincipal StaffMember member,
              Model model) {
    var d = records.day(day);
    model.addAttribute("day", d);
    model.addAttribute("today", records.today());
    model.addAttribute("now", java.time.LocalDateTime.now());
    model.addAttribute("cards", records.week(member, d));
    model.addAttribute("mayRegister", TargetRegistration.mayRegister(member));
    options(model);
    return "care/week";
  }

  @GetMapping("/care/targets")
  String roster(@RequestParam(required = false) String station, @RequestParam(required = false) String tier,
                @RequestParam(required = false) String due, @RequestParam(required = false) String page,
                @RequestParam(required = false) String size, @AuthenticationPrincipal StaffMember member,
                Model model) {
    Paging paging = Paging.of(page, size);
    ListPage<CareMapper.TargetRow> roster;
    try {
      roster = records.roster(member, station, tier, due, paging);
    } catch (FormValidationException e) {
      model.addAttribute("problem", "care.badFilter");
      roster = records.roster(member, station, null, null, paging);
    }
    model.addAttribute("rows", roster.items());
    model.addAttribute("roster", roster);
    StringBuilder query = new StringBuilder();
    for (String[] kept : new String[][] {{"due", due}, {"station", station}, {"tier", tier},
        {"size", paging.size() == Paging.DEFAULT_SIZE ? null : String.valueOf(paging.size())}}) {
      if (kept[1] != null && !kept[1].isBlank()) {
        query.append('&').append(kept[0]).append('=')
            .append(URLEncoder.encode(kept[1], StandardCharsets.UTF_8));
      }
    }
    model.addAttribute("query", query.toString());
    model.addAttribute("now", java.time.LocalDateTime.now());
    model.addAttribute("station", station);
    model.addAttribute("tier", tier);
    model.addAttribute("due", due);
    model.addAttribute("stations", member.districtWide() ? null : member.stationCodes());
    model.addAttribute("mayRegister", TargetRegistration.mayRegister(member));
    options(model);
    return "care/roster";
  }

  @GetMapping("/care/targets/new")
  String newTarget(@AuthenticationPrincipal StaffMember member, Model model) {
    Map<String, Object> values = new HashMap<>();
    var stations = TargetRegistration.stationsOf(member);
    if (stations.size() == 1) {
      values.put("stationCode", stations.iterator().next());
    }
    values.put("consent", "true");
    return targetForm(member, values, Map.of(), model);
  }

  private String targetForm(StaffMember member, Map<String, Object> values, Map<String, String> errors,
                            Model model) {
    if (!TargetRegistration.mayRegister(member)) {
      throw new org.springframework.security.access.AccessDeniedException("no station role");
    }
    var stations = TargetRegistration.stationsOf(member);
    Map<String, String> workers = new LinkedHashMap<>();
    for (String s : stations) {
      staff.peopleAt(s, Role.WORKER).forEach(p -> workers.put(p.username(), p.fullName()));
    }
    model.addAttribute("stationCodes", stations);
    model.addAttribute("workers", workers);
    model.addAttribute("subCategories", List.copyOf(new java.util.TreeSet<>(TargetRegistration.CHILD_SUB_CATEGORIES)));
    model.addAttribute("visitorRoles", List.copyOf(new java.util.TreeSet<>(TargetRegistration.VISITOR_ROLES)));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    options(model);
    return "care/target-form";
  }

  @PostMapping("/care/targets")
  String register(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffMember member,
                  Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    Submission form = submission(params);
    CareTarget t;
    try {
      t = registration.register(form, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return targetForm(member, form.values(), messages(e, locale), model);
    }
    redirect.addFlashAttribute("notice", "care.registered");
    redirect.addFlashAttribute("noticeArg", t.fullName());
    return "redirect:/care/targets/" + t.id();
  }

  @GetMapping("/care/targets/{id}")
  String target(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Model model) {
    return targetPage(id, member, Map.of(), model);
  }

  private String targetPage(Long id, StaffMember member, Map<String, String> errors, Model model) {
    CareRecords.TargetPage page = records.target(id, member, "page");
    model.addAttribute("page", page);
    model.addAttribute("errors", errors);
    model.addAttribute("mayChange", VisitRecording.mayRecord(member, page.target().stationCode()));
    model.addAttribute("majorChanges", TierChanges.MAJOR_CHANGES);
    model.addAttribute("workerName", staff.nameOf(page.target().workerUsername()));
    if (VisitRecording.mayRecord(member, page.target().stationCode()) && !page.target().paired()) {
      model.addAttribute("volunteers", volunteers.of(page.target().stationCode(), 500));
    }
    model.addAttribute("pairedByNames", pairedByNames(page));
    options(model);
    return "care/target";
  }

  private Map<String, String> pairedByNames(CareRecords.TargetPage page) {
    Map<String, String> names = new HashMap<>();
    page.pairings().forEach(p -> {
      names.put(p.pairedBy(), staff.nameOf(p.pairedBy()));
      if (p.endedBy() != null) {
        names.put(p.endedBy(), staff.nameOf(p.endedBy()));
      }
    });
    return names;
  }

  @PostMapping("/care/targets/{id}/volunteer")
  String pair(@PathVariable Long id, @RequestParam MultiValueMap<String, String> params,
              @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
              RedirectAttributes redirect, HttpServletResponse response) {
    try {
      return changeTarget(id, () -> pairing.pair(id, submission(params), member), "care.paired", member, locale,
          model, redirect, response);
    } catch (WorkItemConflictException e) {
      redirect.addFlashAttribute("problem", e.code());
      return "redirect:/care/targets/" + id;
    }
  }

  @PostMapping("/care/targets/{id}/volunteer/end")
  String unpair(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
    try {
      return changeTarget(id, () -> pairing.unpair(id, member), "care.unpaired", member, locale, model, redirect,
          response);
    } catch (WorkItemConflictException e) {
      redirect.addFlashAttribute("problem", e.code());
      return "redirect:/care/targets/" + id;
    }
  }

  /** 我的结对对象: the signed-in volunteer's paired targets (ID numbers masked) and their next visits. */
  @GetMapping("/care/paired")
  String paired(@AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("targets", records.paired(member, "page"));
    model.addAttribute("now", java.time.LocalDateTime.now());
    options(model);
    return "care/paired";
  }

  @PostMapping("/care/targets/{id}/tier")
  String changeTier(@PathVariable Long id, @RequestParam MultiValueMap<String, String> params,
                    @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
    return changeTarget(id, () -> tierChanges.changeTier(id, submission(params), member), "care.tierChanged",
        member, locale, model, redirect, response);
  }

  @PostMapping("/care/targets/{id}/major-change")
  String majorChange(@PathVariable Long id, @RequestParam MultiValueMap<String, String> params,
                     @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
    return changeTarget(id, () -> tierChanges.majorChange(id, submission(params), member), "care.majorChanged",
        member, locale, model, redirect, response);
  }

  /** A change on the target's page: back to the page with a notice, or the page again with the errors in place. */
  private String changeTarget(Long id, Runnable change, String notice, StaffMember member, Locale locale, Model model,
                              RedirectAttributes redirect, HttpServletResponse response) {
    try {
      change.run();
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return targetPage(id, member, messages(e, locale), model);
    }
    redirect.addFlashAttribute("notice", notice);
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/care/targets/" + id;
  }

  @GetMapping("/care/visits/{id}")
  String visit(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Model model) {
    Map<String, Object> values = new HashMap<>();
    values.put("visitedOn", records.today().toString());
    values.put("method", "home");
    values.put("contactMade", "true");
    values.put("riskChange", "same");
    return visitPage(id, member, values, Map.of(), model);
  }

  private String visitPage(Long id, StaffMember member, Map<String, Object> values, Map<String, String> errors,
                           Model model) {
    CareRecords.VisitPage page = records.visit(id, member, "page");
    model.addAttribute("page", page);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("mayRecord", page.visit().open()
        && VisitRecording.mayRecord(member, page.visit(), page.target()));
    model.addAttribute("mayOpenTarget", member.sees(page.visit().stationCode()));
    model.addAttribute("mayRaiseNeed", VisitRecording.mayRecord(member, page.visit().stationCode()));
    model.addAttribute("items", VisitRecord.ITEMS);
    model.addAttribute("methods", VisitRecord.METHODS);
    model.addAttribute("reasons", VisitRecord.NO_CONTACT_REASONS);
    model.addAttribute("riskChanges", VisitRecord.RISK_CHANGES);
    model.addAttribute("emergencies", VisitRecord.EMERGENCIES);
    model.addAttribute("today", records.today());
    options(model);
    return "care/visit";
  }

  @PostMapping("/care/visits/{id}")
  String record(@PathVariable Long id, @RequestParam MultiValueMap<String, String> params,
                @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
    Submission form = submission(params);
    try {
      recording.record(id, form, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return visitPage(id, member, form.values(), messages(e, locale), model);
    } catch (WorkItemConflictException e) {
      redirect.addFlashAttribute("problem", "care.conflict." + e.code());
      return "redirect:/care/visits/" + id;
    }
    redirect.addFlashAttribute("notice", "care.recorded");
    redirect.addFlashAttribute("noticeArg", "CV-" + id);
    return "redirect:/care/visits/" + id;
  }

  @GetMapping("/care/coverage")
  String coverage(@RequestParam(required = false) String month, @AuthenticationPrincipal StaffMember member,
                  Model model) {
    YearMonth m;
    try {
      m = records.month(month);
    } catch (FormValidationException e) {
      m = YearMonth.from(records.today());
      model.addAttribute("problem", "care.badMonth");
    }
    model.addAttribute("month", m);
    model.addAttribute("rows", records.coverage(member, m));
    if (WeatherAlert.mayRaise(member)) {
      options(model);
      model.addAttribute("alertTiers", care.findTiers());
    }
    return "care/coverage";
  }

  @PostMapping("/care/weather-alert")
  String weatherAlert(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffMember member,
                      RedirectAttributes redirect) {
    WeatherAlert.Result r = weather.raise(submission(params), member);
    redirect.addFlashAttribute("notice", "care.weatherAlerted");
    redirect.addFlashAttribute("noticeArg", r.planned() + " / " + r.targets());
    return "redirect:/care/coverage";
  }

  @GetMapping("/care/tiers")
  String tiers(@AuthenticationPrincipal StaffMember member, Model model) {
    return tiersPage(member, null, Map.of(), Map.of(), model);
  }

  private String tiersPage(StaffMember member, String editing, Map<String, Object> values,
                           Map<String, String> errors, Model model) {
    model.addAttribute("mayEdit", TierAdministration.mayEdit(member));
    model.addAttribute("editing", editing);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    options(model);
    return "care/tiers";
  }

  @PostMapping("/care/tiers/{code}")
  String updateTier(@PathVariable String code, @RequestParam MultiValueMap<String, String> params,
                    @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
    Submission form = submission(params);
    try {
      tiers.update(code, form, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return tiersPage(member, code, form.values(), messages(e, locale), model);
    }
    redirect.addFlashAttribute("notice", "care.tierSaved");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/care/tiers";
  }

  @PostMapping("/care/categories/{code}")
  String defaultTier(@PathVariable String code, @RequestParam(required = false) String tier,
                     @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect) {
    tiers.defaultTier(code, tier, member);
    redirect.addFlashAttribute("notice", "care.tierSaved");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/care/tiers";
  }
}
