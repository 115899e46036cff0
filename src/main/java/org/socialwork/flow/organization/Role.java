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
  VOLUNTEER(false),
  /** 社会组织: staff of one social organisation (micro-venture); sees only its own organisation's records */
  ORGANIZATION(false);

  public static final String EXPERT_SUPERVISORS = "expert-supervisors";
  public static final String LEADING_GROUP = "leading-group";
  public static final String ADMINS = "admins";
  public static final String VOLUNTEERS = "volunteers";
  public static final String ORGANIZATIONS = "organizations";

  private final boolean perStation;

  Role(boolean perStation) {
    this.perStation = perStation;
  }

  public boolean perStation() {
    return perStation;
  }

  /**
   * Whether this role is one of the district's staff (worker, supervisor, mentor, leading group, administrator):
   * the staff's pages (inbox, cases, care, supervision, …) are theirs; a volunteer or an organisation's staff have
   * pages of their own.
   */
  public boolean staff() {
    return this != VOLUNTEER && this != ORGANIZATION;
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
      case ORGANIZATION -> ORGANIZATIONS;
    };
  }

  /**
   * Whether this role reads the whole district's records (mentors, the leading group, administrators). An
   * organisation's staff and volunteers hold no station and still see nothing of the district: only their own
   * organisation's, or their own volunteer record and the activities of their station and teams.
   */
  public boolean districtWide() {
    return !perStation && this != ORGANIZATION && this != VOLUNTEER;
  }

  private static String stationGroup(String stationCode, String suffix) {
    if (stationCode == null || stationCode.isBlank()) {
      throw new IllegalArgumentException("A station role needs a station");
    }
    return "station-" + stationCode + "-" + suffix;
  }
}
