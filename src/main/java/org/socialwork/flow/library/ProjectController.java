package org.socialwork.flow.library;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.Paging;
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

/** 项目库: the project list with a category filter; supervisors and the district add and edit projects. */
@Controller
class ProjectController {

  private final Projects projects;
  private final FormRenderer renderer;

  ProjectController(Projects projects, FormRenderer renderer) {
    this.projects = projects;
    this.renderer = renderer;
  }

  @GetMapping("/library/projects")
  String listProjects(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String category,
                      @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                      Locale locale, Model model) {
    return listPage(member, category, Paging.of(page, size), Map.of("status", "running"), Map.of(), locale, model);
  }

  @PostMapping("/library/projects")
  String processNewProjectForm(@AuthenticationPrincipal StaffMember member,
                               @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                               RedirectAttributes redirect, HttpServletResponse response) {
    try {
      projects.save(null, FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return listPage(member, null, Paging.of(null, null), e.submitted(), e.errors().asMap(), locale, model);
    }
    redirect.addFlashAttribute("notice", "project.saved");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/library/projects";
  }

  @GetMapping("/library/projects/{id}")
  String showProject(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Locale locale, Model model) {
    Project p = projects.find(id, member);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", p.getName());
    values.put("category", p.getCategory());
    values.put("stationCodes", p.stationCodes());
    values.put("periodStart", p.getPeriodStart().toString());
    values.put("periodEnd", p.getPeriodEnd().toString());
    if (p.getFunder() != null) {
      values.put("funder", p.getFunder());
    }
    if (p.getBudget() != null) {
      values.put("budget", p.getBudget().toPlainString());
    }
    values.put("targets", p.getTargets());
    values.put("responsibleOrg", p.getResponsibleOrg());
    if (p.getResponsiblePeople() != null) {
      values.put("responsiblePeople", p.getResponsiblePeople());
    }
    values.put("status", p.getStatus());
    return projectPage(p, values, Map.of(), member, locale, model);
  }

  @PostMapping("/library/projects/{id}")
  String processEditForm(@PathVariable Long id, @AuthenticationPrincipal StaffMember member,
                         @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
    Project p = projects.editable(id, member);
    try {
      projects.save(id, FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return projectPage(p, e.submitted(), e.errors().asMap(), member, locale, model);
    }
    redirect.addFlashAttribute("notice", "project.saved");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/library/projects/" + id;
  }

  private String listPage(StaffMember member, String category, Paging paging, Map<String, Object> values,
                          Map<String, FieldMessage> errors, Locale locale, Model model) {
    model.addAttribute("projects", projects.list(member, category, paging));
    model.addAttribute("query", paging.keep(Map.of("category", category == null ? "" : category)));
    model.addAttribute("category", category == null ? "" : category);
    model.addAttribute("categories", Project.CATEGORIES);
    if (Projects.edits(member)) {
      model.addAttribute("projectFields", renderer.render(projects.form(), values, errors,
          new FormContext(member.username(), null), locale));
    }
    return "library/projects";
  }

  private String projectPage(Project p, Map<String, Object> values, Map<String, FieldMessage> errors,
                             StaffMember member, Locale locale, Model model) {
    model.addAttribute("project", p);
    if (Projects.mayEdit(p.stationCodes(), member)) {
      model.addAttribute("projectFields", renderer.render(projects.form(), values, errors,
          new FormContext(member.username(), null), locale));
    }
    return "library/project";
  }

  @ExceptionHandler(ProjectNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
