package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 审批结案: the supervisor approves the closure (follow-ups begin) or returns it; never for their own case. */
@Component
class ClosureApproval implements TaskFormHandler {

  private final CaseMapper cases;
  private final CaseRecordMapper records;
  private final Clock clock;

  ClosureApproval(CaseMapper cases, CaseRecordMapper records, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "closure-approve";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    boolean approve = caseFile.supervisorApproves(form, member.username(), "closure.selfApproval");

    LocalDateTime now = LocalDateTime.now(clock);
    ClosureReport report = records.findLatestClosure(caseFile.getId()).orElseThrow();
    records.updateClosureStatus(report.withStatus(approve ? ClosureReport.APPROVED : ClosureReport.RETURNED));
    if (approve) {
      caseFile.closureApproved(now);
    } else {
      caseFile.closureReturned();
    }
    cases.updateCase(caseFile);
    cases.insertDecision(new CaseDecision(caseFile.getId(), CaseDecision.CLOSURE_APPROVAL, form.text("decision"),
        form.text("comment"), member.username(), now));
    return Map.of(CaseworkVariables.CLOSURE_APPROVED, approve);
  }
}
