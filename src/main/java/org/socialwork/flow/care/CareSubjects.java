package org.socialwork.flow.care;

import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.tasklist.SubjectDescriber;
import org.socialwork.flow.tasklist.TaskSubject;
import org.springframework.stereotype.Component;

/** What a care-visit task is about, for the task projection: the target by name, its station, the visit's page. */
@Component
class CareSubjects implements SubjectDescriber {

  private final CareMapper care;

  CareSubjects(CareMapper care) {
    this.care = care;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(CareVariables.PROCESS_KEY);
  }

  @Override
  public Optional<TaskSubject> describe(TaskFacts task) {
    if (!(task.variable().apply(CareVariables.VISIT_ID) instanceof Number id)) {
      return Optional.empty();
    }
    return care.findVisitById(id.longValue()).flatMap(v -> care.findTargetById(v.targetId())
        .map(t -> new TaskSubject("care-target", v.number(), t.fullName(), v.stationCode(),
            "/care/visits/" + v.id())));
  }
}
