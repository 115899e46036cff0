package org.socialwork.flow.meeting;

import java.util.List;
import org.socialwork.flow.system.ModelBean;

/** {@code ${meetingRoster.stations(meetingId)}}: the stations that report to a meeting, from its report rows. */
@ModelBean("meetingRoster")
public class MeetingRoster {

  private final MeetingMapper meetings;

  MeetingRoster(MeetingMapper meetings) {
    this.meetings = meetings;
  }

  public List<String> stations(Long meetingId) {
    return meetings.findReportingStations(meetingId);
  }
}
