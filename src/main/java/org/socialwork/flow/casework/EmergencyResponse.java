package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 紧急情况处置: the supervisor records what was done about an emergency found in the assessment. */
@Component
class EmergencyResponse implements TaskFormHandler {

  private final CaseMapper cases;
  private final Clock clock;

  EmergencyResponse(CaseMapper cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "emergency-response";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    String comment = form.text("actionTaken")
        + (form.text("referredTo") == null ? "" : "（联动：" + form.text("referredTo") + "）");
    cases.insertDecision(new CaseDecision(task.caseId(), CaseDecision.EMERGENCY, "handled", comment,
        member.username(), LocalDateTime.now(clock)));
    return Map.of();
  }
}
