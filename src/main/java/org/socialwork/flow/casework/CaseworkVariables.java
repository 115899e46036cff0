package org.socialwork.flow.casework;

import java.util.HashMap;
import java.util.Map;

/** The variables of the {@code casework} process. */
public final class CaseworkVariables {

  public static final String PROCESS_KEY = "casework";
  public static final String MESSAGE_CASE_OPENED = "CaseOpened";
  public static final String CASE_ID = "caseId";
  public static final String STATION_CODE = "stationCode";
  public static final String RESPONSIBLE_WORKER = "responsibleWorker";
  public static final String MENTOR = "mentor";
  /** ISO-8601 period from closure to the first follow-up, and from the first to the second. */
  public static final String FOLLOW_UP_FIRST = "followUpFirst";
  public static final String FOLLOW_UP_SECOND = "followUpSecond";
  public static final String CLOSURE_APPROVED = "closureApproved";
  public static final String REOPEN = "reopen";

  private CaseworkVariables() {
  }

  static Map<String, Object> atStart(CaseFile caseFile, String followUpFirst, String followUpSecond) {
    Map<String, Object> v = new HashMap<>();
    v.put(CASE_ID, caseFile.getId());
    v.put(STATION_CODE, caseFile.getStationCode());
    v.put(RESPONSIBLE_WORKER, caseFile.getResponsibleWorker());
    v.put(MENTOR, caseFile.getMentor());
    v.put(FOLLOW_UP_FIRST, followUpFirst);
    v.put(FOLLOW_UP_SECOND, followUpSecond);
    return v;
  }
}
