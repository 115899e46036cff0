package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 结案评估: results against the plan's objectives. */
@Component
class CaseEvaluating implements TaskFormHandler {

  private final CaseMapper cases;
  private final CaseRecordMapper records;
  private final Clock clock;

  CaseEvaluating(CaseMapper cases, CaseRecordMapper records, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "case-evaluation";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    caseFile.evaluated();
    cases.updateCase(caseFile);
    records.insertEvaluation(new CaseEvaluation(caseFile.getId(), form.text("goalAttainment"), form.text("overall"),
        form.text("outcome"), member.username(), LocalDateTime.now(clock)));
    return Map.of();
  }
}
