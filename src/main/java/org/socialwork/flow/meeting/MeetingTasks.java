package org.socialwork.flow.meeting;

import org.camunda.bpm.engine.TaskService;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** The meeting, and for a report the station, a monthly-meeting task works on. */
@Component
class MeetingTasks {

  private final TaskService tasks;
  private final MeetingMapper meetings;

  MeetingTasks(TaskService tasks, MeetingMapper meetings) {
    this.tasks = tasks;
    this.meetings = meetings;
  }

  Meeting meeting(WorkItem task) {
    return meetings.findById((Long) tasks.getVariable(task.id(), MeetingVariables.MEETING_ID)).orElseThrow();
  }

  String stationCode(WorkItem task) {
    return (String) tasks.getVariable(task.id(), MeetingVariables.STATION_CODE);
  }
}
