package org.socialwork.flow.venture;

import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.tasklist.SubjectDescriber;
import org.socialwork.flow.tasklist.TaskSubject;
import org.springframework.stereotype.Component;

/**
 * What a micro-venture task is about, for the task projection: the organisation and project by name, the station the
 * project serves, the application's page. Two primary-key reads.
 */
@Component
class VentureSubjects implements SubjectDescriber {

  private final VentureMapper venture;

  VentureSubjects(VentureMapper venture) {
    this.venture = venture;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(VentureVariables.PROCESS_KEY);
  }

  @Override
  public Optional<TaskSubject> describe(TaskFacts task) {
    if (!(task.variable().apply(VentureVariables.APPLICATION_ID) instanceof Number id)) {
      return Optional.empty();
    }
    return venture.findApplication(id.longValue()).map(a -> new TaskSubject("venture-application",
        a.applicationNo(), venture.findOrganization(a.organizationId()).map(SocialOrganization::name).orElse("")
        + " · " + a.projectName(), a.stationCode(), "/venture/applications/" + a.applicationNo(), a.id()));
  }
}
