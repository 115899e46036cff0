package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 服务介入: the worker ends the intervention with a summary; the case moves to evaluation. */
@Component
class InterventionCompletion implements TaskFormHandler {

  private final CaseMapper cases;
  private final Clock clock;

  InterventionCompletion(CaseMapper cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "intervention-complete";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    caseFile.interventionEnded();
    cases.updateCase(caseFile);
    cases.insertDecision(new CaseDecision(caseFile.getId(), CaseDecision.INTERVENTION, "ended", form.text("summary"),
        member.username(), LocalDateTime.now(clock)));
    return Map.of();
  }
}
