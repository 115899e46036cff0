package org.socialwork.flow.supervision;

/** The variables of mentor-supervision and action-item: ids and routing values only. */
public final class SupervisionVariables {

  public static final String PROCESS_KEY = "mentor-supervision";
  public static final String ACTION_ITEM_PROCESS_KEY = "action-item";

  public static final String PAIR_ID = "pairId";
  public static final String STATION_CODE = "stationCode";
  public static final String MENTOR = "mentor";
  public static final String SESSION_CYCLE = "sessionCycle";
  public static final String RECORD_WITHIN = "recordWithin";
  public static final String PAIR_ENDS_AT = "pairEndsAt";
  public static final String SESSION_ID = "sessionId";
  public static final String SUBJECT = "subject";

  public static final String ACTION_ITEM_ID = "actionItemId";
  public static final String OWNER = "owner";
  public static final String DUE_AT = "dueAt";
  public static final String ESCALATION_GROUP = "escalationGroup";

  private SupervisionVariables() {
  }
}
