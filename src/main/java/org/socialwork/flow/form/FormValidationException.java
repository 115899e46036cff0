package org.socialwork.flow.form;

import java.util.Map;

/** A submission broke the form's rules; nothing was stored. Carries the messages and what was submitted. */
public class FormValidationException extends RuntimeException {

  private final transient FormErrors errors;
  private final transient Map<String, Object> submitted;

  public FormValidationException(FormErrors errors, Map<String, Object> submitted) {
    super("Invalid form fields: " + errors.asMap().keySet());
    this.errors = errors;
    this.submitted = submitted;
  }

  public FormErrors errors() {
    return errors;
  }

  public Map<String, Object> submitted() {
    return submitted;
  }
}
