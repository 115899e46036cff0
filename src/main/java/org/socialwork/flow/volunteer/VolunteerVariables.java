package org.socialwork.flow.volunteer;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The variables of {@code volunteer-activity}: ids and routing only; the activity's facts live in its row. */
final class VolunteerVariables {

  static final String PROCESS_KEY = "volunteer-activity";
  static final String ACTIVITY_ID = "activityId";
  static final String STATION_CODE = "stationCode";
  static final String PROPOSER = "proposer";
  static final String ORGANISER = "organiser";
  static final String APPROVED = "approved";
  static final String RESUBMIT = "resubmit";
  static final String POSTING_PERIOD = "postingPeriod";
  static final String ENDS_AT = "endsAt";

  static final String TASK_APPROVE = "Task_ApproveActivity";
  static final String TASK_REVISE = "Task_ReviseActivity";
  static final String TASK_CONFIRM_HOURS = "Task_ConfirmHours";
  /** Cancels a published activity waiting for its hours (boundary event {@code Event_ActivityCancelled}). */
  static final String MESSAGE_CANCELLED = "volunteer-activity-cancelled";

  private VolunteerVariables() {
  }

  static Map<String, Object> atStart(long activityId, String station, String proposer, String organiser,
                                     String postingPeriod, LocalDateTime endsAt, ZoneId zone) {
    Map<String, Object> v = new HashMap<>();
    v.put(ACTIVITY_ID, activityId);
    v.put(STATION_CODE, station);
    v.put(PROPOSER, proposer);
    v.put(ORGANISER, organiser);
    v.put(POSTING_PERIOD, postingPeriod);
    v.put(ENDS_AT, Date.from(endsAt.atZone(zone).toInstant()));
    return v;
  }

  static Map<String, Object> reviewed(boolean approved) {
    return Map.of(APPROVED, approved);
  }

  static Map<String, Object> revised(boolean resubmit) {
    return Map.of(RESUBMIT, resubmit);
  }
}
