package org.socialwork.flow.casework;

import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 回访: records the visit; a new need reopens the case, the last visit without one closes it for good. */
@Component
class FollowUpRecording implements TaskFormHandler {

  static final String LAST_FOLLOW_UP = "Task_SecondFollowUp";

  private final CaseMapper cases;
  private final CaseRecordMapper records;

  FollowUpRecording(CaseMapper cases, CaseRecordMapper records) {
    this.cases = cases;
    this.records = records;
  }

  @Override
  public String formId() {
    return "follow-up";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    boolean reopen = "yes".equals(form.text("reopen"));
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    records.insertFollowUp(new FollowUp(caseFile.getId(), form.date("doneOn"), form.text("mode"),
        form.text("statusNow"), reopen, member.username()));
    if (reopen) {
      caseFile.reopen();
    } else if (LAST_FOLLOW_UP.equals(task.taskKey())) {
      caseFile.followUpsDone();
    }
    cases.updateCase(caseFile);
    return Map.of(CaseworkVariables.REOPEN, reopen);
  }
}
