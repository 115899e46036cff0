package org.socialwork.flow.casework;

import java.util.Locale;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 个案: the case list of the member's scope and one case file. */
@Controller
class CaseController {

  private final CaseFiles caseFiles;

  CaseController(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @GetMapping("/cases")
  String listCases(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String q,
                   Model model) {
    model.addAttribute("cases", caseFiles.list(member, q));
    model.addAttribute("q", q == null ? "" : q);
    return "cases";
  }

  @GetMapping("/cases/{caseNo}")
  String showCase(@PathVariable String caseNo, @AuthenticationPrincipal StaffMember member, Locale locale,
                  Model model) {
    model.addAttribute("dossier", caseFiles.read(caseNo, member, "PAGE", locale));
    return "case";
  }

  @ExceptionHandler(CaseNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
