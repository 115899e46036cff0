package org.socialwork.flow.library;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
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

/** 三库: the needs library by community and the resource library with search; supervisors edit them. */
@Controller
class LibraryController {

  private final Libraries libraries;
  private final FormRenderer renderer;
  private final Stations stations;

  LibraryController(Libraries libraries, FormRenderer renderer, Stations stations) {
    this.stations = stations;
    this.libraries = libraries;
    this.renderer = renderer;
  }

  @GetMapping("/library/needs")
  String showNeeds(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String category,
                   Locale locale, Model model) {
    return needsPage(member, category, Map.of(), Map.of(), locale, model);
  }

  @PostMapping("/library/needs/types")
  String processNeedTypeForm(@AuthenticationPrincipal StaffMember member,
                             @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) {
    try {
      libraries.addNeedType(FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return needsPage(member, null, e.submitted(), e.errors().asMap(), locale, model);
    }
    redirect.addFlashAttribute("notice", "library.saved");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/library/needs";
  }

  private String needsPage(StaffMember member, String category, Map<String, Object> values,
                           Map<String, FieldMessage> errors, Locale locale, Model model) {
    List<NeedCount> counts = libraries.needs(member, category);
    Map<String, List<NeedCount>> byCommunity = counts.stream()
        .collect(Collectors.groupingBy(NeedCount::community, LinkedHashMap::new, Collectors.toList()));
    model.addAttribute("byCommunity", byCommunity);
    model.addAttribute("category", category == null ? "" : category);
    if (Libraries.edits(member)) {
      model.addAttribute("typeFields", renderer.render(libraries.form("need-type"), values, errors,
          new FormContext(member.username(), null), locale));
    }
    return "library/needs";
  }

  @GetMapping("/library/resources")
  String listResources(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String q,
                       @RequestParam(required = false) String dimension,
                       @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                       Locale locale, Model model) {
    return resourcesPage(member, q, dimension, Paging.of(page, size), Map.of("active", "true"), Map.of(), locale,
        model);
  }

  @PostMapping("/library/resources")
  String processNewResourceForm(@AuthenticationPrincipal StaffMember member,
                                @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                                RedirectAttributes redirect, HttpServletResponse response) {
    try {
      libraries.save(null, FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return resourcesPage(member, null, null, Paging.of(null, null), e.submitted(), e.errors().asMap(), locale,
          model);
    }
    redirect.addFlashAttribute("notice", "library.saved");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/library/resources";
  }

  @GetMapping("/library/resources/{id}")
  String initEditForm(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Locale locale,
                      Model model) {
    Resource r = libraries.editable(id, member);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("dimension", r.dimension());
    values.put("name", r.name());
    values.put("description", r.description());
    if (r.contact() != null) {
      values.put("contact", r.contact());
    }
    if (r.stationCode() != null) {
      values.put("stationCode", r.stationCode());
    }
    values.put("active", String.valueOf(r.active()));
    return editPage(r, values, Map.of(), member, locale, model);
  }

  @PostMapping("/library/resources/{id}")
  String processEditForm(@PathVariable Long id, @AuthenticationPrincipal StaffMember member,
                         @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
    Resource r = libraries.editable(id, member);
    try {
      libraries.save(id, FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return editPage(r, e.submitted(), e.errors().asMap(), member, locale, model);
    }
    redirect.addFlashAttribute("notice", "library.saved");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/library/resources";
  }

  private String resourcesPage(StaffMember member, String q, String dimension, Paging paging,
                               Map<String, Object> values, Map<String, FieldMessage> errors, Locale locale,
                               Model model) {
    model.addAttribute("resources", libraries.resources(member, q, dimension, paging));
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put("q", q);
    kept.put("dimension", dimension);
    model.addAttribute("query", paging.keep(kept));
    model.addAttribute("stationNames", stations.names());
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("dimension", dimension == null ? "" : dimension);
    model.addAttribute("dimensions", Resource.DIMENSIONS);
    model.addAttribute("editor", Libraries.edits(member));
    if (Libraries.edits(member)) {
      model.addAttribute("resourceFields", renderer.render(libraries.form("resource"), values, errors,
          new FormContext(member.username(), null), locale));
    }
    return "library/resources";
  }

  private String editPage(Resource r, Map<String, Object> values, Map<String, FieldMessage> errors,
                          StaffMember member, Locale locale, Model model) {
    model.addAttribute("resource", r);
    model.addAttribute("resourceFields", renderer.render(libraries.form("resource"), values, errors,
        new FormContext(member.username(), null), locale));
    return "library/resource";
  }

  @ExceptionHandler(ResourceNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
