package org.socialwork.flow.inspection;

/** No such inspection, evidence file or round, or not in the caller's scope: 404. */
public class InspectionNotFoundException extends RuntimeException {

  public InspectionNotFoundException(String what) {
    super("Not found: " + what);
  }
}
