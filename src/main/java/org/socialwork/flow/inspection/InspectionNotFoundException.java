package org.socialwork.flow.inspection;

import org.socialwork.flow.system.NotFoundException;

/** No such inspection, evidence file or round, or not in the caller's scope: 404. */
public class InspectionNotFoundException extends NotFoundException {

  public InspectionNotFoundException(String what) {
    super("Not found: " + what);
  }
}
