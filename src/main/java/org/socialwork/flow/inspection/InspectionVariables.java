package org.socialwork.flow.inspection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The variables of {@code project-inspection}: ids and routing flags only; the facts are in the inspection tables. */
public final class InspectionVariables {

  public static final String PROCESS_KEY = "project-inspection";
  public static final String INSPECTION_ID = "inspectionId";
  public static final String STATION_CODE = "stationCode";
  public static final String INSPECTORS = "inspectors";
  public static final String LEAD_INSPECTOR = "leadInspector";
  public static final String SELF_CHECK = "selfCheck";
  public static final String SELF_CHECK_CONFIRMED = "selfCheckConfirmed";
  public static final String NEEDS_RECTIFICATION = "needsRectification";
  /** ISO date-time (end of the deadline day): the rectification task's due date and its overdue timer. */
  public static final String RECTIFICATION_DUE = "rectificationDue";
  public static final String ACCEPTED = "accepted";
  public static final String OVERDUE_DECISION = "overdueDecision";

  private InspectionVariables() {
  }

  static Map<String, Object> planned(Long inspectionId, String stationCode, List<String> inspectors, boolean selfCheck) {
    Map<String, Object> v = new HashMap<>();
    v.put(INSPECTION_ID, inspectionId);
    v.put(STATION_CODE, stationCode);
    v.put(INSPECTORS, inspectors);
    v.put(LEAD_INSPECTOR, inspectors.get(0));
    v.put(SELF_CHECK, selfCheck);
    return v;
  }

  /** The end of the deadline day as the timer and the due date read it. */
  public static String dueAt(LocalDate deadline) {
    return deadline.atTime(LocalTime.of(23, 59, 59)).toString();
  }
}
