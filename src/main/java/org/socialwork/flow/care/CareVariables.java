package org.socialwork.flow.care;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The variables of {@code care-visit}: ids, routing flags and the visit window's dates for its timers. */
public final class CareVariables {

  public static final String PROCESS_KEY = "care-visit";
  public static final String VISIT_ID = "visitId";
  public static final String STATION_CODE = "stationCode";
  public static final String WORKER = "worker";
  /** The paired volunteer's login, null when the target has none (they get a visit task of their own). */
  public static final String VOLUNTEER = "volunteer";
  /** elder or child */
  public static final String TARGET_TYPE = "targetType";
  public static final String DUE_AT = "dueAt";
  public static final String WINDOW_OPENS = "windowOpens";
  public static final String WINDOW_CLOSES = "windowCloses";
  public static final String EMERGENCY = "emergency";
  public static final String SAFETY_RISK = "safetyRisk";
  public static final String GUARDIANSHIP = "guardianship";
  public static final String BASIC_NEEDS_UNMET = "basicNeedsUnmet";
  public static final String RISK_CHANGE = "riskChange";
  public static final String CHILD_LEVEL = "childLevel";

  private CareVariables() {
  }

  static Map<String, Object> atStart(Long visitId, String stationCode, String worker, String volunteer,
                                     String targetType, VisitPlan plan) {
    Map<String, Object> v = new HashMap<>();
    v.put(VISIT_ID, visitId);
    v.put(STATION_CODE, stationCode);
    v.put(WORKER, worker);
    v.put(VOLUNTEER, volunteer);
    v.put(TARGET_TYPE, targetType);
    v.put(DUE_AT, date(plan.dueAt()));
    v.put(WINDOW_OPENS, date(plan.windowOpens()));
    v.put(WINDOW_CLOSES, date(plan.windowCloses()));
    return v;
  }

  static Map<String, Object> recorded(boolean emergency, boolean safetyRisk, String guardianship,
                                      boolean basicNeedsUnmet, String riskChange) {
    Map<String, Object> v = new HashMap<>();
    v.put(EMERGENCY, emergency);
    v.put(SAFETY_RISK, safetyRisk);
    v.put(GUARDIANSHIP, guardianship == null ? "adequate" : guardianship);
    v.put(BASIC_NEEDS_UNMET, basicNeedsUnmet);
    v.put(RISK_CHANGE, riskChange);
    return v;
  }

  static Date date(LocalDateTime t) {
    return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
  }
}
