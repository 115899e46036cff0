package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 撰写结案报告: a referral names the receiving organisation; the report goes to the supervisor. */
@Component
class ClosureWriting implements TaskFormHandler {

  private final CaseMapper cases;
  private final CaseRecordMapper records;
  private final Clock clock;

  ClosureWriting(CaseMapper cases, CaseRecordMapper records, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "closure-report";
  }

  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    Map<String, Object> values = new HashMap<>();
    records.findLatestClosure(task.caseId()).ifPresent(r -> {
      values.put("reason", r.reason());
      values.put("outcomeEvaluation", r.outcomeEvaluation());
      values.put("followupPlan", r.followupPlan());
      if (r.clientFeedback() != null) {
        values.put("clientFeedback", r.clientFeedback());
      }
      if (r.referralTo() != null) {
        values.put("referralTo", r.referralTo());
      }
    });
    return values;
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    FormErrors errors = new FormErrors();
    if (ClosureReport.REFERRED.equals(form.text("reason"))) {
      CaseFile.requireText(errors, "referralTo", form.text("referralTo"));
    }
    errors.throwIfAny(form.values());
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    caseFile.closureSubmitted();
    cases.updateCase(caseFile);
    records.insertClosure(new ClosureReport(null, caseFile.getId(), form.text("reason"),
        form.text("outcomeEvaluation"), form.text("clientFeedback"), form.text("referralTo"),
        form.text("followupPlan"), ClosureReport.SUBMITTED, member.username(), LocalDateTime.now(clock)));
    return Map.of();
  }
}
