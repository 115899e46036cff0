package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 审批开案: the supervisor (or, once escalated, an expert supervisor) opens the case, naming its responsible worker
 * and, for mentored casework, its mentor, or returns it. The intake's end event then starts the case's casework.
 */
@Component
class OpeningApproval implements TaskFormHandler {

  private final CaseMapper cases;
  private final Clock clock;

  OpeningApproval(CaseMapper cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "intake-approve";
  }

  /** The registering worker is proposed as the responsible worker. */
  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    return cases.findCase(task.caseId()).map(c -> Map.<String, Object>of("responsibleWorker", c.getRegisteredBy()))
        .orElse(Map.of());
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    boolean approve = "approve".equals(form.text("decision"));
    FormErrors errors = new FormErrors();
    if (approve) {
      CaseFile.requireText(errors, "responsibleWorker", form.text("responsibleWorker"));
    } else {
      CaseFile.requireText(errors, "comment", form.text("comment"));
    }
    errors.throwIfAny(form.values());

    LocalDateTime now = LocalDateTime.now(clock);
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    if (approve) {
      caseFile.open(form.text("responsibleWorker"), form.text("mentor"), now);
    } else {
      caseFile.returnToWorker();
    }
    cases.updateCase(caseFile);
    cases.insertDecision(new CaseDecision(caseFile.getId(), CaseDecision.APPROVAL, form.text("decision"),
        form.text("comment"), member.username(), now));
    return IntakeVariables.reviewed(approve);
  }
}
