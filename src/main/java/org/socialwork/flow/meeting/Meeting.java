package org.socialwork.flow.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The month's meeting of the leading group (例会): REPORTING while the stations file their reports, AGENDA once the
 * agenda is drafted, HELD once the minutes are recorded.
 */
public record Meeting(Long id, String meetingMonth, String status, LocalDateTime openedAt, String openedBy,
                      String agenda, LocalDate plannedOn, String agendaBy, LocalDate heldOn, String attendees,
                      String reportsHeard, String decisions, String minutesBy, LocalDateTime minutesAt,
                      String processInstanceId) {

  public static final String REPORTING = "REPORTING";
  public static final String AGENDA = "AGENDA";
  public static final String HELD = "HELD";

  public String businessKey() {
    return businessKey(meetingMonth);
  }

  public static String businessKey(String month) {
    return "MTG-" + month;
  }
}
