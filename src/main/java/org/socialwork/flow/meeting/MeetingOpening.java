package org.socialwork.flow.meeting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.organization.Role;
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
  private final Clock clock;

  MeetingOpening(RuntimeService runtime, MeetingMapper meetings, Clock clock) {
    this.runtime = runtime;
    this.meetings = meetings;
    this.clock = clock;
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
