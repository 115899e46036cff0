package org.socialwork.flow.meeting;

import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.tasklist.SubjectDescriber;
import org.socialwork.flow.tasklist.TaskSubject;
import org.springframework.stereotype.Component;

/**
 * Monthly-meeting tasks work on a month's meeting (page /meetings/{month}); a station's report task belongs to that
 * station (variable {@code stationCode}), the agenda and minutes to the district.
 */
@Component
class MeetingSubjects implements SubjectDescriber {

  @Override
  public Set<String> processKeys() {
    return Set.of(MeetingVariables.PROCESS_KEY);
  }

  @Override
  public Optional<TaskSubject> describe(TaskFacts task) {
    String month = task.variable().apply(MeetingVariables.MEETING_MONTH) instanceof String m ? m : null;
    String station = task.variable().apply(MeetingVariables.STATION_CODE) instanceof String s ? s : null;
    String subject = task.variable().apply(MeetingVariables.SUBJECT) instanceof String s ? s : month;
    Long id = task.variable().apply(MeetingVariables.MEETING_ID) instanceof Number n ? n.longValue() : null;
    return Optional.of(new TaskSubject("meeting", task.businessKey(), subject, station,
        month == null ? null : "/meetings/" + month, id));
  }
}
