package org.socialwork.flow.organization;

/**
 * What a person does in the district. WORKER and SUPERVISOR are held for one station; the others
 * district-wide. Each role maps to one Camunda candidate group, which is how tasks are routed.
 */
public enum Role {
  /** 驻点社工 / 专职社工 */
  WORKER(true),
  /** 常驻督导 */
  SUPERVISOR(true),
  /** 导师 / 专家督导 */
  MENTOR(false),
  /** 领导小组 */
  LEADER(false),
  /** 管理员 */
  ADMIN(false),
  /** 志愿者: sees only their own volunteer record and the activities of their station and teams, no station scope */
  VOLUNTEER(false);

  public static final String EXPERT_SUPERVISORS = "expert-supervisors";
  public static final String LEADING_GROUP = "leading-group";
  public static final String ADMINS = "admins";
  public static final String VOLUNTEERS = "volunteers";

  private final boolean perStation;

  Role(boolean perStation) {
    this.perStation = perStation;
  }

  public boolean perStation() {
    return perStation;
  }

  /** Whether holding this role lets one read every station's records (not a volunteer's: they read their own). */
  public boolean districtWide() {
    return !perStation && this != VOLUNTEER;
  }

  /** The candidate group of this role: {@code station-<code>-worker}, {@code leading-group}, … */
  public String group(String stationCode) {
    return switch (this) {
      case WORKER -> stationGroup(stationCode, "worker");
      case SUPERVISOR -> stationGroup(stationCode, "supervisor");
      case MENTOR -> EXPERT_SUPERVISORS;
      case LEADER -> LEADING_GROUP;
      case ADMIN -> ADMINS;
      case VOLUNTEER -> VOLUNTEERS;
    };
  }

  private static String stationGroup(String stationCode, String suffix) {
    if (stationCode == null || stationCode.isBlank()) {
      throw new IllegalArgumentException("A station role needs a station");
    }
    return "station-" + stationCode + "-" + suffix;
  }
}
