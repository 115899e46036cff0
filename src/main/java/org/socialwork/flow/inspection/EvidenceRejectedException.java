package org.socialwork.flow.inspection;

/** An upload refused: wrong type, too large, an unusable name, or nothing the caller may attach it to. */
public class EvidenceRejectedException extends RuntimeException {

  private final String code;

  public EvidenceRejectedException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The message key (i18n/inspection) telling the user why. */
  public String code() {
    return code;
  }
}
