package org.socialwork.flow.volunteer;

import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.tasklist.SubjectDescriber;
import org.socialwork.flow.tasklist.TaskSubject;
import org.springframework.stereotype.Component;

/** What a volunteer-activity task is about, for the task projection: the activity by title, its station and page. */
@Component
class VolunteerSubjects implements SubjectDescriber {

  private final ActivityMapper activities;

  VolunteerSubjects(ActivityMapper activities) {
    this.activities = activities;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(VolunteerVariables.PROCESS_KEY);
  }

  @Override
  public Optional<TaskSubject> describe(TaskFacts task) {
    if (!(task.variable().apply(VolunteerVariables.ACTIVITY_ID) instanceof Number id)) {
      return Optional.empty();
    }
    return activities.findById(id.longValue()).map(a -> new TaskSubject("volunteer-activity", a.activityNo(),
        a.title(), a.stationCode(), "/volunteer/activities/" + a.activityNo(), a.id()));
  }
}
