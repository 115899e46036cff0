package org.socialwork.flow.volunteer;

import java.util.Locale;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.system.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A step taken from a volunteer page (sign up, check in, issue a certificate …): run it and go back to the page,
 * with the step's refusal (the first field message, or the conflict's) as the page's message {@code volunteerError}.
 */
@Component
class PageSteps {

  private final FormRenderer renderer;
  private final MessageSource messages;

  PageSteps(FormRenderer renderer, MessageSource messages) {
    this.renderer = renderer;
    this.messages = messages;
  }

  String run(String back, RedirectAttributes redirect, Locale locale, Runnable step) {
    try {
      step.run();
    } catch (FormValidationException e) {
      redirect.addFlashAttribute("volunteerError", e.errors().asMap().values().stream()
          .map(m -> renderer.message(m, locale)).findFirst().orElse(""));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("volunteerError", messages.getMessage(e.code(), null, e.getMessage(), locale));
    }
    return back;
  }
}
