package org.socialwork.flow.meeting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.supervision.ActionItem;
import org.socialwork.flow.supervision.ActionItems;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 手动开启本月例会: the leading group or an administrator opens a month's meeting without waiting for the timer
 * (for a demonstration, or when the timer's day was missed). Opening a month already open changes nothing.
 */
@Component
public class MeetingOpening {

  private final RuntimeService runtime;
  private final MeetingMapper meetings;
  private final Stations stations;
  private final ActionItems items;
  private final Clock clock;

  MeetingOpening(RuntimeService runtime, MeetingMapper meetings, Stations stations,
                 ActionItems items, Clock clock) {
    this.runtime = runtime;
    this.meetings = meetings;
    this.stations = stations;
    this.items = items;
    this.clock = clock;
  }

  /**
   * Creates the month's meeting, run by the process that opens it: a report is due from every station active in the
   * district now (read from the organization tables, so a new station reports from its first month on), and the
   * meeting action items still open past their due date are carried onto its agenda. Returns the meeting, or empty
   * when the month is open already.
   */
  java.util.Optional<Meeting> create(String month, String openedBy, java.time.LocalDateTime now,
                                     String processInstanceId) {
    if (meetings.findByMonth(month).isPresent()) {
      return java.util.Optional.empty();
    }
    MeetingMapper.MeetingRow row = new MeetingMapper.MeetingRow();
    row.meetingMonth = month;
    row.status = Meeting.REPORTING;
    row.openedAt = now;
    row.openedBy = openedBy;
    meetings.insertMeeting(row);
    meetings.updateProcess(row.id, processInstanceId);
    for (Station station : stations.active()) {
      meetings.insertReport(row.id, station.code());
    }
    for (ActionItem item : items.openMeetingItemsDueBefore(now.toLocalDate())) {
      meetings.insertCarriedItem(row.id, item.id());
    }
    return meetings.findById(row.id);
  }

  public static boolean mayOpen(StaffMember member) {
    return member.has(Role.LEADER) || member.has(Role.ADMIN);
  }

  /** Opens the month's meeting (this month without {@code month}); returns the meeting. */
  @Transactional
  public Meeting open(YearMonth month, StaffMember member) {
    if (!mayOpen(member)) {
      throw new AccessDeniedException("Only the leading group or an administrator opens a meeting");
    }
    String ym = (month == null ? YearMonth.now(clock) : month).toString();
    if (meetings.findByMonth(ym).isEmpty()) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(MeetingVariables.MEETING_MONTH, ym);
      variables.put(MeetingVariables.OPENED_BY, member.username());
      runtime.startProcessInstanceByMessage("OpenMonthlyMeeting", Meeting.businessKey(ym), variables);
    }
    return meetings.findByMonth(ym).orElseThrow();
  }
}
