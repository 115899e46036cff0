package org.socialwork.flow.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.RoleAssignment;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.supervision.ActionItems;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 记录会议纪要: attendees, reports heard, decisions and action items; each item becomes a tracked action-item for
 * its owner, escalating to the leading group when overdue. An item belongs to its owner's station, if they have one.
 */
@Component
class MinutesRecording implements TaskFormHandler {

  private final MeetingMapper meetings;
  private final ActionItems actionItems;
  private final StaffDirectory staff;
  private final MeetingTasks meetingTasks;
  private final Clock clock;

  MinutesRecording(MeetingMapper meetings, ActionItems actionItems, StaffDirectory staff,
                   MeetingTasks meetingTasks, Clock clock) {
    this.meetings = meetings;
    this.actionItems = actionItems;
    this.staff = staff;
    this.meetingTasks = meetingTasks;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "meeting-minutes";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    Meeting meeting = meetingTasks.meeting(task);
    FormErrors errors = new FormErrors();
    List<ActionItems.Draft> drafts = actionItems.drafts(form, errors);
    errors.throwIfAny(form.values());
    meetings.recordMinutes(meeting.id(), form.date("heldOn"), form.text("attendees"), form.text("reportsHeard"),
        form.text("decisions"), member.username(), LocalDateTime.now(clock));
    actionItems.fromMeeting(meeting.id(), drafts, this::stationOf, meeting.businessKey());
    return Map.of();
  }

  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    Meeting meeting = meetingTasks.meeting(task);
    // the minutes are written on or after the meeting: today, unless the meeting was planned for an earlier day
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    return Map.of("heldOn", meeting.plannedOn() == null || meeting.plannedOn().isAfter(today) ? today
        : meeting.plannedOn());
  }

  private String stationOf(String username) {
    return staff.rolesOf(username).stream().map(RoleAssignment::stationCode)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }
}
