package org.socialwork.flow.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.supervision.ActionItem;
import org.socialwork.flow.supervision.ActionItems;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 拟定例会议程: the leading group's secretary drafts the agenda, which opens pre-written from the stations' reports
 * (issues and requests) and the overdue action items carried over from earlier months.
 */
@Component
class AgendaDrafting implements TaskFormHandler {

  private static final DataScope DISTRICT = new DataScope(true, java.util.List.of());

  private final MeetingMapper meetings;
  private final ActionItems items;
  private final MeetingTasks meetingTasks;
  private final Clock clock;

  AgendaDrafting(MeetingMapper meetings, ActionItems items, MeetingTasks meetingTasks, Clock clock) {
    this.meetings = meetings;
    this.items = items;
    this.meetingTasks = meetingTasks;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "meeting-agenda";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    meetings.draftAgenda(meetingTasks.meeting(task).id(), form.text("agenda"), form.date("plannedOn"),
        member.username());
    return Map.of();
  }

  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    Meeting meeting = meetingTasks.meeting(task);
    StringBuilder agenda = new StringBuilder("一、听取各站点月度汇报\n");
    meetings.findReports(meeting.id(), DISTRICT).stream().filter(MeetingReport::filed).forEach(r -> {
      agenda.append("  · ").append(r.stationName()).append("：").append(r.issues());
      if (r.requests() != null && !r.requests().isBlank()) {
        agenda.append("（需协调：").append(r.requests()).append("）");
      }
      agenda.append('\n');
    });
    String missing = meetings.findReports(meeting.id(), DISTRICT).stream().filter(r -> !r.filed())
        .map(MeetingReport::stationName).collect(java.util.stream.Collectors.joining("、"));
    if (!missing.isEmpty()) {
      agenda.append("  · 未按时汇报：").append(missing).append('\n');
    }
    agenda.append("二、上月及以前逾期未完成的督办事项\n");
    var carried = items.carriedTo(meeting.id(), DISTRICT);
    if (carried.isEmpty()) {
      agenda.append("  · 无\n");
    }
    for (ActionItem item : carried) {
      agenda.append("  · ").append(item.title()).append("（").append(item.ownerName() == null ? item.owner()
          : item.ownerName()).append("，期限 ").append(item.dueOn()).append("）\n");
    }
    agenda.append("三、研究决定事项\n");
    return Map.of("agenda", agenda.toString(), "plannedOn", LocalDate.now(clock));
  }
}
