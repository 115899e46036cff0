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
import org.socialwork.flow.tasklist.TaskCompletion;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

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
  private final org.springframework.transaction.support.TransactionTemplate tx;

  MeetingOpening(RuntimeService runtime, MeetingMapper meetings, Stations stations,
                 ActionItems items, Clock clock, org.springframework.transaction.support.TransactionTemplate tx) {
    this.tx = tx;
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
  public Meeting open(YearMonth month, StaffMember member) {
    return openOrFind(month, member).meeting();
  }

  /**
   * Opens the month's meeting, or finds it when it is open already ({@code created} false). Two requests at once:
   * the second one's insert meets the unique month (uk_meeting_month) and rolls back; it then answers with the meeting
   * the first one opened, waiting up to about 5 s for that one to commit, else 409.
   */
  public Opened openOrFind(YearMonth month, StaffMember member) {
    if (!mayOpen(member)) {
      throw new AccessDeniedException("Only the leading group or an administrator opens a meeting");
    }
    String ym = (month == null ? YearMonth.now(clock) : month).toString();
    java.util.Optional<Meeting> existing = meetings.findByMonth(ym);
    if (existing.isPresent()) {
      return new Opened(existing.get(), false);
    }
    try {
      Opened opened = tx.execute(status -> {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MeetingVariables.MEETING_MONTH, ym);
        variables.put(MeetingVariables.OPENED_BY, member.username());
        String started = runtime.startProcessInstanceByMessage("OpenMonthlyMeeting", Meeting.businessKey(ym),
            variables).getId();
        Meeting meeting = meetings.findByMonth(ym).orElseThrow();
        // opened meanwhile by another request that committed first: this start found the month open and ended
        return new Opened(meeting, started.equals(meeting.processInstanceId()));
      });
      return opened;
    } catch (RuntimeException e) {
      if (!TaskCompletion.isRace(e)) {  // another request opened the month meanwhile: find theirs
        throw e;
      }
    }
    for (int i = 0; i < 50; i++) {
      existing = meetings.findByMonth(ym);
      if (existing.isPresent()) {
        return new Opened(existing.get(), false);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new org.socialwork.flow.tasklist.WorkItemConflictException("meeting.conflict.opening",
        "The meeting of " + ym + " is being opened by someone else");
  }

  /** A unique key met (or a lock wait on it timed out) anywhere in the cause chain: another request is opening it. */
  /** The month's meeting and whether this call opened it. */
  public record Opened(Meeting meeting, boolean created) {
  }
}
