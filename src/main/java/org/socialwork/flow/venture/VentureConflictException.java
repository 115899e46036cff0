package org.socialwork.flow.venture;

import org.socialwork.flow.system.ConflictException;

/**
 * The application moved on meanwhile (another person decided it), or the round's budget left is less than the
 * amount approved ({@code budget}), or a payment would pass the approved amount ({@code overpaid}): 409.
 */
public class VentureConflictException extends ConflictException {

  public VentureConflictException(String code, String message) {
    super(code, message);
  }
}
