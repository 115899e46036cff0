package org.socialwork.flow.casework;

import org.socialwork.flow.system.NotFoundException;

/** No such case, or not in the caller's scope: both answer 404. */
public class CaseNotFoundException extends NotFoundException {

  public CaseNotFoundException(String caseNo) {
    super("No case " + caseNo + " for you");
  }
}
