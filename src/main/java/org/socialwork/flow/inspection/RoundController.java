package org.socialwork.flow.inspection;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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

/** 示范站评选: the rounds, opening one, a round's ranking and the leading group's decision. */
@Controller
class RoundController {

  private final DemonstrationRounds rounds;
  private final FormRenderer renderer;

  RoundController(DemonstrationRounds rounds, FormRenderer renderer) {
    this.rounds = rounds;
    this.renderer = renderer;
  }

  @GetMapping("/inspections/rounds")
  String listRounds(@AuthenticationPrincipal StaffMember member, Locale locale, Model model) {
    return roundsPage(member, Map.of(), Map.of(), locale, model);
  }

  @PostMapping("/inspections/rounds")
  String processRoundForm(@AuthenticationPrincipal StaffMember member,
                          @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
    Long id;
    try {
      id = rounds.open(FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return roundsPage(member, e.submitted(), e.errors().asMap(), locale, model);
    }
    redirect.addFlashAttribute("notice", "round.openedNotice");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/inspections/rounds/" + id;
  }

  @GetMapping("/inspections/rounds/{id}")
  String showRound(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Model model) {
    return roundPage(id, member, Map.of(), model);
  }

  @PostMapping("/inspections/rounds/{id}/decision")
  String processDecision(@PathVariable Long id, @AuthenticationPrincipal StaffMember member,
                         @RequestParam(required = false) List<String> chosen,
                         @RequestParam(required = false) String decision, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
    try {
      rounds.decide(id, chosen == null ? List.of() : chosen, decision, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return roundPage(id, member, e.errors().asMap(), model);
    }
    redirect.addFlashAttribute("notice", "round.decided");
    redirect.addFlashAttribute("noticeArg", "");
    return "redirect:/inspections/rounds/" + id;
  }

  private String roundsPage(StaffMember member, Map<String, Object> values, Map<String, FieldMessage> errors,
                            Locale locale, Model model) {
    model.addAttribute("rounds", rounds.rounds());
    if (DemonstrationRounds.runs(member)) {
      model.addAttribute("roundFields", renderer.render(rounds.form(), values, errors,
          new FormContext(member.username(), null), locale));
    }
    return "inspection/rounds";
  }

  private String roundPage(Long id, StaffMember member, Map<String, FieldMessage> errors, Model model) {
    model.addAttribute("round", rounds.round(id));
    model.addAttribute("ranking", rounds.ranking(id, member));
    model.addAttribute("awards", rounds.awards(id));
    model.addAttribute("decides", DemonstrationRounds.runs(member));
    model.addAttribute("errors", errors);
    return "inspection/round";
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(InspectionNotFoundException.class)
  @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}
