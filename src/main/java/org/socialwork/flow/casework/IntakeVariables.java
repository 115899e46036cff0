package org.socialwork.flow.casework;

import java.util.Map;

/** The variables of the {@code intake} process: ids and routing flags only; the answers live in tables. */
public final class IntakeVariables {

  public static final String PROCESS_KEY = "intake";
  public static final String CASE_ID = "caseId";
  public static final String STATION_CODE = "stationCode";
  /** Set by the start event ({@code camunda:initiator}); the screening task is assigned to this worker. */
  public static final String REGISTERED_BY = "registeredBy";
  /** accept / refer / decline */
  public static final String SCREENING = "screening";
  public static final String APPROVED = "approved";
  /** ISO-8601 duration after which an undone opening approval escalates to the expert supervisors. */
  public static final String APPROVAL_TIMEOUT = "approvalTimeout";

  private IntakeVariables() {
  }

  static Map<String, Object> atStart(Long caseId, String stationCode, String approvalTimeout) {
    return Map.of(CASE_ID, caseId, STATION_CODE, stationCode, APPROVAL_TIMEOUT, approvalTimeout);
  }

  static Map<String, Object> screened(ScreeningDecision decision) {
    return Map.of(SCREENING, decision.formValue());
  }

  static Map<String, Object> reviewed(boolean approved) {
    return Map.of(APPROVED, approved);
  }
}
