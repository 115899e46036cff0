package org.socialwork.flow.tasklist;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 发起流程: the processes the member may start, and each start form. */
@Controller
class StartController {

  private final ProcessStart start;
  private final FormRenderer renderer;
  private final ModelTexts texts;

  StartController(ProcessStart start, FormRenderer renderer, ModelTexts texts) {
    this.start = start;
    this.renderer = renderer;
    this.texts = texts;
  }

  @GetMapping("/start")
  String listStartable(@AuthenticationPrincipal StaffMember member, Locale locale, Model model) {
    model.addAttribute("processes", start.startableBy(member).stream().map(p -> p.in(texts, locale)).toList());
    return "start-list";
  }

  @GetMapping("/start/{processKey}")
  String initStartForm(@PathVariable String processKey, @AuthenticationPrincipal StaffMember member,
                       Locale locale, Model model) {
    return startPage(processKey, start.initialValues(processKey, member), Map.of(), member, locale, model);
  }

  @PostMapping("/start/{processKey}")
  String processStartForm(@PathVariable String processKey, @RequestParam MultiValueMap<String, String> params,
                          @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
    ProcessStart.Started started;
    try {
      started = start.start(processKey, FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return startPage(processKey, e.submitted(), e.errors().asMap(), member, locale, model);
    }
    redirect.addFlashAttribute("notice", "process.started");
    redirect.addFlashAttribute("noticeArg", started.businessKey());
    return "redirect:" + start.pageAfterStart(processKey, started.businessKey());
  }

  private String startPage(String processKey, Map<String, Object> values, Map<String, FieldMessage> errors,
                           StaffMember member, Locale locale, Model model) {
    ProcessStart.Startable startable = start.startable(processKey, member);
    model.addAttribute("process", startable.in(texts, locale));
    model.addAttribute("fields", renderer.render(startable.form(), values, errors,
        new FormContext(member.username(), null), locale));
    model.addAttribute("hasErrors", !errors.isEmpty());
    return "start";
  }
}
