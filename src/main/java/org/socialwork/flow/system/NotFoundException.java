package org.socialwork.flow.system;

/**
 * Nothing of that id for the caller (absent, or out of their station scope: the same answer, so nothing leaks):
 * 404. The capabilities' not-found exceptions extend it, so the API answers them all in one shape.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
