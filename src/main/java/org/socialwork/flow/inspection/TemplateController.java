package org.socialwork.flow.inspection;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 检查模板: everyone reads the templates and their versions; administrators save new versions. */
@Controller
class TemplateController {

  private final Templates templates;

  TemplateController(Templates templates) {
    this.templates = templates;
  }

  @GetMapping("/inspections/templates")
  String listTemplates(Model model) {
    model.addAttribute("templates", templates.latest());
    return "inspection/templates";
  }

  @GetMapping("/inspections/templates/{code}")
  String showTemplate(@PathVariable String code, @RequestParam(required = false) Integer version,
                      @AuthenticationPrincipal StaffMember member, Model model) {
    InspectionTemplate latest = templates.latest(code);
    return templatePage(latest, version, Map.of("name", latest.name(), "passThreshold",
        latest.passThreshold().stripTrailingZeros().toPlainString(), "items",
        Templates.asLines(templates.items(latest.id()))), Map.of(), member, model);
  }

  @PostMapping("/inspections/templates/{code}")
  String processTemplateForm(@PathVariable String code, @RequestParam(required = false) String name,
                             @RequestParam(required = false) String passThreshold,
                             @RequestParam(required = false) String items,
                             @AuthenticationPrincipal StaffMember member, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
    try {
      InspectionTemplate saved = templates.revise(code, name, passThreshold, items, member);
      redirect.addFlashAttribute("notice", "template.saved");
      redirect.addFlashAttribute("noticeArg", saved.name() + " v" + saved.version());
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return templatePage(templates.latest(code), null, e.submitted(), e.errors().asMap(), member, model);
    }
    return "redirect:/inspections/templates/" + code;
  }

  private String templatePage(InspectionTemplate latest, Integer version, Map<String, Object> values,
                              Map<String, ?> errors, StaffMember member, Model model) {
    InspectionTemplate shown = version == null ? latest : templates.versions(latest.code()).stream()
        .filter(t -> t.version() == version).findFirst().orElseThrow(() -> new InspectionNotFoundException("version"));
    model.addAttribute("template", shown);
    model.addAttribute("items", templates.items(shown.id()));
    model.addAttribute("versions", templates.versions(latest.code()));
    model.addAttribute("editor", Templates.edits(member));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "inspection/template";
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(InspectionNotFoundException.class)
  @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
