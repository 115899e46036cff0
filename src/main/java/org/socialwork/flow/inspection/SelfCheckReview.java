package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 审核站点自查: the leading group confirms a station's self-check (then its rectification runs) or returns it. */
@Component
class SelfCheckReview implements TaskFormHandler {

  private final InspectionMapper inspections;
  private final RuntimeService runtime;
  private final Clock clock;

  SelfCheckReview(InspectionMapper inspections, RuntimeService runtime, Clock clock) {
    this.inspections = inspections;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "self-check-review";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    boolean confirm = "confirm".equals(form.text("decision"));
    if (!confirm && form.isBlank("comment")) {
      new FormErrors().reject("comment", "form.required").throwIfAny(form.values());
    }
    Inspection inspection = inspections.findByProcessInstance(task.processInstanceId()).orElseThrow();
    if (confirm) {
      boolean rectify = Boolean.TRUE.equals(
          runtime.getVariable(task.processInstanceId(), InspectionVariables.NEEDS_RECTIFICATION));
      inspection.setStatus(rectify ? Inspection.Status.RECTIFYING : Inspection.Status.CLOSED);
      inspection.setClosedAt(rectify ? null : LocalDateTime.now(clock));
    } else {
      inspection.setStatus(Inspection.Status.SCORING);
    }
    String line = member.fullName() + "（审核）：" + (confirm ? "确认" : "退回") + (form.isBlank("comment") ? "" : "，" + form.text("comment"));
    String summary = inspection.getSummary() == null ? line : inspection.getSummary() + "\n" + line;
    inspection.setSummary(summary.length() > 2000 ? summary.substring(0, 2000) : summary);
    inspections.updateInspection(inspection);
    return Map.of(InspectionVariables.SELF_CHECK_CONFIRMED, confirm);
  }
}
