package org.socialwork.flow.casework;

import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.tasklist.SubjectDescriber;
import org.socialwork.flow.tasklist.TaskSubject;
import org.springframework.stereotype.Component;

/** Tasks of intake, casework and needs assessment work on a case: its number, the client's name, its station. */
@Component
class CaseSubjects implements SubjectDescriber {

  private final CaseMapper cases;

  CaseSubjects(CaseMapper cases) {
    this.cases = cases;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of("intake", CaseworkVariables.PROCESS_KEY, "needs-assessment");
  }

  @Override
  public Optional<TaskSubject> describe(TaskFacts task) {
    if (!(task.variable().apply(CaseworkVariables.CASE_ID) instanceof Number id)) {
      return Optional.empty();
    }
    return cases.findCase(id.longValue()).map(c -> new TaskSubject("case", c.getCaseNo(),
        cases.findClient(c.getClientId()).map(Client::getFullName).orElse(null), c.getStationCode(),
        "/cases/" + c.getCaseNo(), c.getId()));
  }
}
