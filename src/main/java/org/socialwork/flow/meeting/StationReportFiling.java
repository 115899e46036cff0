package org.socialwork.flow.meeting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 提交站点月度汇报: the form opens with the station's figures of the month just ended, from the data; the supervisor checks
 * them, adds the station's issues and requests, and files the report.
 */
@Component
class StationReportFiling implements TaskFormHandler {

  private final MeetingMapper meetings;
  private final MeetingTasks meetingTasks;
  private final MonthlyFigures figures;
  private final Clock clock;

  StationReportFiling(MeetingMapper meetings, MeetingTasks meetingTasks, MonthlyFigures figures, Clock clock) {
    this.meetings = meetings;
    this.meetingTasks = meetingTasks;
    this.figures = figures;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "meeting-station-report";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    Meeting meeting = meetingTasks.meeting(task);
    meetings.fileReport(new MeetingReport(null, meeting.id(), meetingTasks.stationCode(task), null,
        whole(form.number("casesOpened")), whole(form.number("casesClosed")), whole(form.number("overdueTasks")),
        whole(form.number("sessions")), form.number("supervisionHours"), form.text("issues"), form.text("requests"),
        member.username(), LocalDateTime.now(clock)));
    return Map.of();
  }

  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    Meeting meeting = meetingTasks.meeting(task);
    // the meeting of a month reviews the month just ended (the report is filed in its first days)
    MeetingMapper.Figures f = figures.of(meetingTasks.stationCode(task),
        YearMonth.parse(meeting.meetingMonth()).minusMonths(1));
    Map<String, Object> values = new HashMap<>();
    values.put("casesOpened", BigDecimal.valueOf(f.casesOpened()));
    values.put("casesClosed", BigDecimal.valueOf(f.casesClosed()));
    values.put("overdueTasks", BigDecimal.valueOf(f.overdueTasks()));
    values.put("sessions", BigDecimal.valueOf(f.sessions()));
    values.put("supervisionHours", f.supervisionHours());
    return values;
  }

  private static Integer whole(BigDecimal n) {
    return n == null ? null : n.intValueExact();
  }
}
