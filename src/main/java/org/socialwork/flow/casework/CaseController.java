package org.socialwork.flow.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.tasklist.ModelTexts;
import org.socialwork.flow.problem.InvalidParameterException;
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

/** 个案: the case list of the member's scope, one case file, and its case notes. */
@Controller
class CaseController {

  private final CaseFiles caseFiles;
  private final CaseNotes notes;
  private final FormRenderer renderer;
  private final CaseDocuments documents;
  private final Stations stations;
  private final StaffDirectory staff;
  private final Clock clock;
  private final ModelTexts texts;
  private final java.util.List<CaseLinks> links;

  CaseController(CaseFiles caseFiles, CaseNotes notes, FormRenderer renderer, CaseDocuments documents,
                 Stations stations, StaffDirectory staff, Clock clock, ModelTexts texts,
                 java.util.List<CaseLinks> links) {
    this.texts = texts;
    this.links = links;
    this.caseFiles = caseFiles;
    this.notes = notes;
    this.renderer = renderer;
    this.documents = documents;
    this.stations = stations;
    this.staff = staff;
    this.clock = clock;
  }

  /**
   * The case file as a 档案 to print: header with district, station and case number, every document of the case
   * worded by its form, the decisions worded per step, the short timeline, signature and date lines; A4 with page
   * numbers (the page's own print style). A read of personal data like the case page, audited as PRINT.
   */
  @GetMapping("/cases/{caseNo}/print")
  String printCase(@PathVariable String caseNo, @AuthenticationPrincipal StaffMember member, Locale locale,
                   Model model) {
    CaseDossier dossier = caseFiles.read(caseNo, member, "PRINT", locale);
    String district = stations.find(dossier.caseFile().getStationCode())
        .map(s -> stations.districtName(s.districtCode())).orElse("");
    model.addAttribute("dossier", dossier);
    model.addAttribute("district", district);
    model.addAttribute("documents", documents.all(dossier, locale));
    model.addAttribute("decisions", documents.decisions(dossier, locale));
    model.addAttribute("timeline", documents.timeline(dossier, locale));
    model.addAttribute("names", names(dossier, locale));
    model.addAttribute("printedAt", LocalDateTime.now(clock));
    return "case-print";
  }

  @GetMapping("/cases")
  String listCases(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String stage, @RequestParam(required = false) String risk,
                   @RequestParam(required = false) String worker, @RequestParam(required = false) Boolean overdue,
                   @RequestParam(required = false) String station,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                   Model model) {
    CaseFilter filter;
    try {
      filter = CaseFilter.of(q, stage, risk, worker, overdue, station, from, to);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("stage", e.getMessage());
    }
    Paging paging = Paging.of(page, size);
    model.addAttribute("cases", caseFiles.list(member, filter, paging));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("stage", stage == null ? "" : stage);
    model.addAttribute("risk", risk == null ? "" : risk);
    model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
    model.addAttribute("station", filter.station() == null ? "" : filter.station());
    model.addAttribute("stations", stations.active().stream().filter(s -> member.sees(s.code())).toList());
    model.addAttribute("stages", CaseStatus.values());
    model.addAttribute("supervisor", member.has(org.socialwork.flow.organization.Role.SUPERVISOR));
    model.addAttribute("from", filter.registeredFrom() == null ? "" : filter.registeredFrom().toString());
    model.addAttribute("to", filter.registeredTo() == null ? "" : filter.registeredTo().toString());
    // the filter as it was, for the pager's links (page and size apart)
    Map<String, Object> kept = new TreeMap<>();
    kept.put("q", q);
    kept.put("stage", stage);
    kept.put("risk", risk);
    kept.put("worker", worker);
    kept.put("overdue", Boolean.TRUE.equals(overdue) ? "true" : null);
    kept.put("station", filter.station());
    kept.put("from", filter.registeredFrom());
    kept.put("to", filter.registeredTo());
    model.addAttribute("query", paging.keep(kept));
    return "cases";
  }

  @GetMapping("/cases/{caseNo}")
  String showCase(@PathVariable String caseNo, @AuthenticationPrincipal StaffMember member, Locale locale,
                  Model model) {
    return casePage(caseNo, Map.of(), Map.of(), member, locale, model);
  }

  @PostMapping("/cases/{caseNo}/notes")
  String processNoteForm(@PathVariable String caseNo, @RequestParam MultiValueMap<String, String> params,
                         @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
    try {
      notes.add(caseNo, FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return casePage(caseNo, e.submitted(), e.errors().asMap(), member, locale, model);
    }
    redirect.addFlashAttribute("notice", "note.added");
    redirect.addFlashAttribute("noticeArg", caseNo);
    return "redirect:/cases/" + caseNo + "#notes";
  }

  private String casePage(String caseNo, Map<String, Object> noteValues, Map<String, FieldMessage> noteErrors,
                          StaffMember member, Locale locale, Model model) {
    CaseDossier dossier = caseFiles.read(caseNo, member, "PAGE", locale);
    model.addAttribute("dossier", dossier);
    model.addAttribute("decisions", documents.decisions(dossier, locale));
    model.addAttribute("timeline", documents.timeline(dossier, locale));
    model.addAttribute("names", names(dossier, locale));
    model.addAttribute("links", links.stream().flatMap(l -> l.linksOf(dossier.caseFile().getCaseNo(),
        dossier.caseFile().getClientId(), member).stream()).toList());
    model.addAttribute("closingDocuments", java.util.stream.Stream.concat(
        documents.of(CaseDocuments.Kind.EVALUATION, dossier.caseFile(), locale).stream(),
        documents.of(CaseDocuments.Kind.CLOSURE, dossier.caseFile(), locale).stream()).toList());
    if (notes.writable(dossier.caseFile(), member)) {
      model.addAttribute("noteFields", renderer.render(notes.form(), noteValues, noteErrors,
          new FormContext(member.username(), dossier.caseFile().getStationCode()), locale));
    }
    return "case";
  }

  /** People of the case by name, for the page header (codes stay in URLs and the API). */
  private Map<String, String> names(CaseDossier dossier, Locale locale) {
    Map<String, String> names = new java.util.HashMap<>();
    CaseFile c = dossier.caseFile();
    if (c.getResponsibleWorker() != null) {
      names.put("responsibleWorker", staff.nameOf(c.getResponsibleWorker()));
    }
    if (c.getMentor() != null) {
      names.put("mentor", staff.nameOf(c.getMentor()));
    }
    java.util.List<String> people = new java.util.ArrayList<>();
    dossier.openTasks().forEach(t -> people.add(t.assignee()));
    dossier.openTasks().forEach(t -> names.put("task:" + t.id(), texts.taskName(t.processKey(), t.taskKey(), t.name(),
        locale)));
    dossier.notes().forEach(n -> people.add(n.writtenBy()));
    dossier.assessments().forEach(a -> people.add(a.getAssessedBy()));
    dossier.followUps().forEach(f -> people.add(f.doneBy()));
    people.stream().filter(java.util.Objects::nonNull).distinct()
        .forEach(u -> names.put("user:" + u, staff.nameOf(u)));
    return names;
  }

  @ExceptionHandler(CaseNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
