package org.socialwork.flow.inspection;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.tasklist.SubjectDescriber;
import org.socialwork.flow.tasklist.TaskSubject;
import org.springframework.stereotype.Component;

/** Inspection tasks work on an inspection: its number is the business key; station and station name from the row. */
@Component
class InspectionSubjects implements SubjectDescriber {

  private static final DataScope DISTRICT = new DataScope(true, List.of());

  private final InspectionMapper inspections;

  InspectionSubjects(InspectionMapper inspections) {
    this.inspections = inspections;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(InspectionVariables.PROCESS_KEY);
  }

  @Override
  public Optional<TaskSubject> describe(TaskFacts task) {
    if (task.businessKey() == null) {
      return Optional.empty();
    }
    return inspections.findInspectionByNo(task.businessKey(), DISTRICT).map(i -> new TaskSubject("inspection",
        i.getInspectionNo(), i.getStationName(), i.getStationCode(), "/inspections/" + i.getInspectionNo(),
        i.getId()));
  }
}
