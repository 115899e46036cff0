package org.socialwork.flow.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.supervision.ActionItem;
import org.socialwork.flow.supervision.ActionItems;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as a person may read them: the minutes and district items for everyone signed in, the stations' reports
 * only of the reader's stations (all for the district's roles) and the agenda and "reports heard", which retell every
 * station's report, only for the district's roles, action items of the district and of their stations.
 */
@Component
@Transactional(readOnly = true)
public class MeetingRecords {

  private final MeetingMapper meetings;
  private final ActionItems items;
  private final Clock clock;

  MeetingRecords(MeetingMapper meetings, ActionItems items, Clock clock) {
    this.meetings = meetings;
    this.items = items;
    this.clock = clock;
  }

  public Overview overview(StaffMember member) {
    String month = YearMonth.now(clock).toString();
    MeetingRecord current = meetings.findByMonth(month).map(m -> record(m, member)).orElse(null);
    LocalDate today = LocalDate.now(clock);
    return new Overview(month, current, meetings.findRecent(24).stream().map(m -> shown(m, member)).toList(),
        items.inScope(member.scope(), ActionItem.FROM_MEETING, null, true, null, 200),
        items.inScope(member.scope(), null, null, false, today, 200), today);
  }

  public MeetingRecord meeting(String month, StaffMember member) {
    return meetings.findByMonth(month).map(m -> record(m, member))
        .orElseThrow(() -> new WorkItemNotFoundException(month));
  }

  /** One page of the action items in the reader's scope across months: all, open ones, or open and overdue ones. */
  public ListPage<ActionItem> actionItems(StaffMember member, boolean openOnly, boolean overdueOnly, Paging paging) {
    return items.pageInScope(member.scope(), null, openOnly, overdueOnly ? LocalDate.now(clock) : null, paging);
  }

  private MeetingRecord record(Meeting m, StaffMember member) {
    List<MeetingReport> reports = meetings.findReports(m.id(), member.scope());
    return new MeetingRecord(shown(m, member), reports, items.ofMeeting(m.id(), member.scope()),
        items.carriedTo(m.id(), member.scope()), withheld(m, member));
  }

  /**
   * The meeting as the reader may see it. The agenda opens pre-written from every station's report and the minutes'
   * "reports heard" retell them, so a reader of some stations only (worker, station supervisor) gets neither text;
   * the date, attendees and decisions stay, and their own stations' reports come scoped with the record.
   * District-wide readers (leading group, mentors, administrators: the same rule as the reports' scope) see all.
   */
  static Meeting shown(Meeting m, StaffMember member) {
    if (member.districtWide()) {
      return m;
    }
    return new Meeting(m.id(), m.meetingMonth(), m.status(), m.openedAt(), m.openedBy(), null, m.plannedOn(),
        m.agendaBy(), m.heldOn(), m.attendees(), null, m.decisions(), m.minutesBy(), m.minutesAt(),
        m.processInstanceId());
  }

  private static boolean withheld(Meeting m, StaffMember member) {
    return !member.districtWide() && (m.agenda() != null || m.reportsHeard() != null);
  }

  /** What /meetings shows. */
  public record Overview(String month, MeetingRecord current, List<Meeting> recent, List<ActionItem> openMeetingItems,
                         List<ActionItem> overdueItems, LocalDate today) {
  }

  /** A meeting with the reports the reader may see, its action items and the items carried onto its agenda. */
  public record MeetingRecord(Meeting meeting, List<MeetingReport> reports, List<ActionItem> actionItems,
                              List<ActionItem> carriedItems, boolean withheld) {

    public long filedCount() {
      return reports.stream().filter(MeetingReport::filed).count();
    }
  }
}
