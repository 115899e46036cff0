package org.socialwork.flow.problem;

/** (A kernel type every module may throw; it depends on nothing, so the audit module can use it without a cycle.)
 * A request parameter of the wrong form or out of range: 400 naming it. */
public class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
