package org.socialwork.flow.casework;

import java.util.HashMap;
import java.util.Map;

/** The variables of the {@code needs-assessment} process: ids, people to route to and the decision table's inputs. */
public final class NeedsAssessmentVariables {

  public static final String PROCESS_KEY = "needs-assessment";
  public static final String CASE_ID = "caseId";
  public static final String STATION_CODE = "stationCode";
  public static final String RESPONSIBLE_WORKER = "responsibleWorker";
  /** The mentor of a mentored case, or null: the gateway 导师制个案？ reads it. */
  public static final String MENTOR = "mentor";
  public static final String EMERGENCY = "emergency";
  public static final String SELF_CARE = "selfCare";
  public static final String HEALTH = "health";
  public static final String FAMILY_SUPPORT = "familySupport";
  public static final String SOCIAL_SUPPORT = "socialSupport";
  /** Result of risk-level.dmn (single result): riskLevel and reassessAfter. */
  public static final String RISK_DECISION = "riskDecision";
  public static final String REVIEW_APPROVED = "reviewApproved";
  public static final String PLAN_APPROVED = "planApproved";

  private NeedsAssessmentVariables() {
  }

  static Map<String, Object> atStart(CaseFile caseFile) {
    Map<String, Object> v = new HashMap<>();
    v.put(CASE_ID, caseFile.getId());
    v.put(STATION_CODE, caseFile.getStationCode());
    v.put(RESPONSIBLE_WORKER, caseFile.getResponsibleWorker());
    v.put(MENTOR, caseFile.getMentor());
    return v;
  }

  static Map<String, Object> assessed(Assessment a) {
    return Map.of(EMERGENCY, a.emergency(), SELF_CARE, a.getSelfCare(), HEALTH, a.getHealth(),
        FAMILY_SUPPORT, a.getFamilySupport(), SOCIAL_SUPPORT, a.getSocialSupport());
  }

  @SuppressWarnings("unchecked")
  static String riskLevel(Object decision) {
    return decision instanceof Map<?, ?> m ? (String) ((Map<String, Object>) m).get("riskLevel") : null;
  }

  @SuppressWarnings("unchecked")
  static String reassessAfter(Object decision) {
    return decision instanceof Map<?, ?> m ? (String) ((Map<String, Object>) m).get("reassessAfter") : null;
  }
}
