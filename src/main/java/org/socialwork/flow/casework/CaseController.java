package org.socialwork.flow.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.StaffMember;
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

  CaseController(CaseFiles caseFiles, CaseNotes notes, FormRenderer renderer) {
    this.caseFiles = caseFiles;
    this.notes = notes;
    this.renderer = renderer;
  }

  @GetMapping("/cases")
  String listCases(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String stage, @RequestParam(required = false) String risk,
                   @RequestParam(required = false) String worker, @RequestParam(required = false) Boolean overdue,
                   Model model) {
    model.addAttribute("cases", caseFiles.list(member, CaseFilter.of(q, stage, risk, worker, overdue)));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("stage", stage == null ? "" : stage);
    model.addAttribute("risk", risk == null ? "" : risk);
    model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
    model.addAttribute("stages", CaseStatus.values());
    model.addAttribute("supervisor", member.has(org.socialwork.flow.organization.Role.SUPERVISOR));
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
    if (notes.writable(dossier.caseFile(), member)) {
      model.addAttribute("noteFields", renderer.render(notes.form(), noteValues, noteErrors,
          new FormContext(member.username(), dossier.caseFile().getStationCode()), locale));
    }
    return "case";
  }

  @ExceptionHandler(CaseNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
