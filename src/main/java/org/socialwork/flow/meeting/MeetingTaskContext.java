package org.socialwork.flow.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskContext;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Beside a meeting task: the month, the station reporting, and how many stations have reported. */
@Component
class MeetingTaskContext implements TaskContext {

  private final MeetingTasks meetingTasks;
  private final MeetingMapper meetings;
  private final Stations stations;
  private final MessageSource messages;

  MeetingTaskContext(MeetingTasks meetingTasks, MeetingMapper meetings, Stations stations,
                     MessageSource messages) {
    this.meetingTasks = meetingTasks;
    this.meetings = meetings;
    this.stations = stations;
    this.messages = messages;
  }

  @Override
  public List<Line> describe(WorkItem task, StaffMember member, Locale locale) {
    List<Line> lines = new ArrayList<>();
    if (!MeetingVariables.PROCESS_KEY.equals(task.processKey())) {
      return lines;
    }
    Meeting meeting = meetingTasks.meeting(task);
    lines.add(new Line(msg("mt.meeting", locale), meeting.meetingMonth()));
    String station = meetingTasks.stationCode(task);
    if (station != null) {
      stations.find(station).ifPresent(s -> lines.add(new Line(msg("task.station", locale), s.name())));
    }
    List<MeetingReport> reports = meetings.findReports(meeting.id(), new DataScope(true, List.of()));
    lines.add(new Line(msg("mt.reportsFiled", locale),
        reports.stream().filter(MeetingReport::filed).count() + " / " + reports.size()));
    return lines;
  }

  @Override
  public Optional<String> recordLink(WorkItem task) {
    return MeetingVariables.PROCESS_KEY.equals(task.processKey())
        ? Optional.of("/meetings/" + meetingTasks.meeting(task).meetingMonth())
        : Optional.empty();
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
