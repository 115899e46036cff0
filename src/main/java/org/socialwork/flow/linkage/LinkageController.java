package org.socialwork.flow.linkage;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.library.Donors;
import org.socialwork.flow.library.Resource;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.system.ConflictException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 五社联动 pages, phone first: the view for a period (per station and in total; each count opens its list), the
 * linkages and the donation ledger (paged, with their forms), recording a subject's forces. Bad input comes back with
 * the messages beside the fields (422); a change someone made meanwhile comes back with its notice.
 */
@Controller
class LinkageController {

  private final LinkageFigures figures;
  private final LinkageLists lists;
  private final LinkageRecording recording;
  private final LinkageSubjectLookup lookup;
  private final DonationLedger donations;
  private final Donors donors;
  private final Stations stations;
  private final FormRenderer renderer;
  private final Clock clock;

  LinkageController(LinkageFigures figures, LinkageLists lists, LinkageRecording recording,
                    LinkageSubjectLookup lookup, DonationLedger donations, Donors donors, Stations stations,
                    FormRenderer renderer, Clock clock) {
    this.figures = figures;
    this.lists = lists;
    this.recording = recording;
    this.lookup = lookup;
    this.donations = donations;
    this.donors = donors;
    this.stations = stations;
    this.renderer = renderer;
    this.clock = clock;
  }

  @GetMapping("/linkage")
  String view(@RequestParam(required = false) String period, @RequestParam(required = false) String month,
              @AuthenticationPrincipal StaffMember member, Model model) {
    LinkageFigures.View v = figures.of(member, lists.period(period, month));
    model.addAttribute("view", v);
    model.addAttribute("forces", Force.codes());
    model.addAttribute("kinds", SubjectKind.codes());
    model.addAttribute("currentMonth", YearMonth.now(clock).toString());
    model.addAttribute("periodQuery", "&period=" + v.period().key() + "&month=" + v.period().month());
    model.addAttribute("records", LinkageAccess.records(member));
    return "linkage/view";
  }

  @GetMapping("/linkage/linkages")
  String linkages(@RequestParam(required = false) String station, @RequestParam(required = false) String force,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String month, @RequestParam(required = false) String page,
                  @RequestParam(required = false) String size, @AuthenticationPrincipal StaffMember member,
                  Model model) {
    LinkageLists.Query q = new LinkageLists.Query(station, force, kind, period, month);
    Paging paging = Paging.of(page, size);
    model.addAttribute("list", lists.linkages(member, q, paging));
    model.addAttribute("query", paging.keep(q.kept()));
    model.addAttribute("q", q);
    model.addAttribute("forces", Force.codes());
    model.addAttribute("kinds", SubjectKind.codes());
    model.addAttribute("stationNames", stations.names());
    model.addAttribute("records", LinkageAccess.records(member));
    return "linkage/linkages";
  }

  @GetMapping("/linkage/record")
  String recordForm(@RequestParam(required = false) String kind, @RequestParam(required = false) String ref,
                    @AuthenticationPrincipal StaffMember member, Locale locale, Model model) {
    LinkageAccess.requireRecorder(member);
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    if (kind != null && ref != null && !ref.isBlank()) {
      values.put("kind", kind);
      values.put("ref", ref);
      try {
        Map<String, Object> found = lookup.find(kind, ref, member);
        model.addAttribute("subject", found);
        values.put("ref", found.get("ref"));
        values.put("forces", found.get("forces"));
        if (found.get("note") != null) {
          values.put("note", found.get("note"));
        }
        if (found.get("version") != null) {
          values.put("version", found.get("version").toString());
        }
      } catch (LinkageNotFoundException | org.socialwork.flow.problem.InvalidParameterException e) {
        errors.put("ref", renderer.message(org.socialwork.flow.form.FieldMessage.of("linkage.subject.unknown", ref),
            locale));
      }
    }
    return recordPage(values, errors, model);
  }

  @PostMapping("/linkage/record")
  String record(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffMember member,
                Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> values = FormValidator.fromParams(params);
    LinkageRecording.Recorded r;
    try {
      r = recording.record(values, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return recordPage(values, errors(e, locale), model);
    }
    redirect.addFlashAttribute("notice", r.created() ? "linkage.recorded" : "linkage.changedNotice");
    redirect.addFlashAttribute("noticeArg", String.valueOf(values.get("ref")));
    return "redirect:/linkage/linkages";
  }

  private String recordPage(Map<String, Object> values, Map<String, String> errors, Model model) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("forces", Force.codes());
    model.addAttribute("kinds", SubjectKind.codes());
    model.addAttribute("records", true);
    return "linkage/record";
  }

  @GetMapping("/linkage/donations")
  String donationList(@RequestParam(required = false) String station, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String period, @RequestParam(required = false) String month,
                      @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                      @AuthenticationPrincipal StaffMember member, Model model) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("donatedOn", LocalDate.now(clock).toString());
    values.put("kind", "MONEY");
    if (station != null && !station.isBlank()) {
      values.put("stationCode", station.trim());
    }
    return donationPage(member, new LinkageLists.Query(station, null, kind, period, month), Paging.of(page, size),
        values, Map.of(), null, model);
  }

  @PostMapping("/linkage/donations")
  String donate(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffMember member,
                Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> values = FormValidator.fromParams(params);
    try {
      donations.record(values, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return donationPage(member, new LinkageLists.Query(null, null, null, null, null), Paging.of(null, null),
          values, errors(e, locale), null, model);
    }
    redirect.addFlashAttribute("notice", "linkage.donation.recorded");
    redirect.addFlashAttribute("noticeArg", String.valueOf(values.get("voucher")));
    return "redirect:/linkage/donations";
  }

  @PostMapping("/linkage/donations/{id}/reversal")
  String reverse(@PathVariable Long id, @RequestParam MultiValueMap<String, String> params,
                 @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, Object> values = FormValidator.fromParams(params);
    try {
      donations.reverse(id, values, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("donatedOn", LocalDate.now(clock).toString());
      form.put("kind", "MONEY");
      return donationPage(member, new LinkageLists.Query(null, null, null, null, null), Paging.of(null, null),
          form, errors(e, locale), id, model);
    }
    redirect.addFlashAttribute("notice", "linkage.donation.reversedNotice");
    redirect.addFlashAttribute("noticeArg", String.valueOf(id));
    return "redirect:/linkage/donations";
  }

  private String donationPage(StaffMember member, LinkageLists.Query q, Paging paging, Map<String, Object> values,
                              Map<String, String> errors, Long reversing, Model model) {
    model.addAttribute("list", lists.donations(member, q, paging));
    model.addAttribute("query", paging.keep(q.kept()));
    model.addAttribute("q", q);
    model.addAttribute("records", LinkageAccess.records(member));
    model.addAttribute("values", values);
    model.addAttribute("errors", reversing == null ? errors : Map.of());
    model.addAttribute("reversing", reversing == null ? "" : reversing.toString());
    model.addAttribute("reversalErrors", reversing == null ? Map.of() : errors);
    if (LinkageAccess.records(member)) {
      List<Station> mine = stations.active().stream().filter(s -> LinkageAccess.recordsFor(member, s.code())).toList();
      String chosen = values.get("stationCode") != null ? values.get("stationCode").toString()
          : mine.isEmpty() ? null : mine.get(0).code();
      model.addAttribute("recordStations", mine);
      model.addAttribute("chosenStation", chosen == null ? "" : chosen);
      List<Resource> usable = chosen == null ? List.of() : donors.of(chosen);
      model.addAttribute("donors", usable);
      model.addAttribute("targets", chosen == null ? List.of() : lists.recentOf(chosen));
    }
    return "linkage/donations";
  }

  private Map<String, String> errors(FormValidationException e, Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    e.errors().asMap().forEach((field, m) -> out.put(field, renderer.message(m, locale)));
    return out;
  }

  /** Someone changed the linkage or reversed the entry meanwhile: back to the list with the notice. */
  @ExceptionHandler(ConflictException.class)
  String conflict(ConflictException e, RedirectAttributes redirect) {
    redirect.addFlashAttribute("problem", e.code());
    return e.code().startsWith("linkage.donation") ? "redirect:/linkage/donations" : "redirect:/linkage/linkages";
  }
}
