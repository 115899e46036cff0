package org.socialwork.flow.casework;

/** No such case, or not in the caller's scope: both answer 404. */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String caseNo) {
    super("No case " + caseNo + " for you");
  }
}
