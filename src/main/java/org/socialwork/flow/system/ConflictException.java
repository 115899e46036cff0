package org.socialwork.flow.system;

/**
 * The request is valid but the state has moved on (the task completed meanwhile, the case is in another stage): 409.
 * {@link #code()} is the message key shown to people, the message its English fallback.
 */
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** Message key of the messages bundle (the message itself when none). */
  public String code() {
    return code;
  }
}
