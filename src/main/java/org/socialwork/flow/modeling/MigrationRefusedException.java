package org.socialwork.flow.modeling;

/** A migration the administrator asked for that cannot run; the message code names why. */
public class MigrationRefusedException extends RuntimeException {

  private final String code;

  public MigrationRefusedException(String code) {
    super(code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
