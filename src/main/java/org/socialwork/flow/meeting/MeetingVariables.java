package org.socialwork.flow.meeting;

/** The variables of monthly-meeting: ids and routing values only. */
public final class MeetingVariables {

  public static final String PROCESS_KEY = "monthly-meeting";
  public static final String MEETING_ID = "meetingId";
  /** The month to open (yyyy-MM); without it the month of the engine's clock. */
  public static final String MEETING_MONTH = "meetingMonth";
  public static final String STATION_CODE = "stationCode";
  public static final String SUBJECT = "subject";
  public static final String OPENED_BY = "openedBy";
  public static final String REPORTING_CLOSED_BY = "reportingClosedBy";

  private MeetingVariables() {
  }
}
