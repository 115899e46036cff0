package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 整改逾期处理: a rectification past its deadline has come to the leading group, who extend the deadline once, with a
 * reason, or mark the rectification failed.
 */
@Component
class OverdueRectificationDecision implements TaskFormHandler {

  private final InspectionMapper inspections;
  private final Clock clock;

  OverdueRectificationDecision(InspectionMapper inspections, Clock clock) {
    this.inspections = inspections;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "rectification-overdue";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    LocalDateTime now = LocalDateTime.now(clock);
    Inspection inspection = inspections.findByProcessInstance(task.processInstanceId()).orElseThrow();
    Rectification rectification = inspections.findRectificationOf(inspection.getId()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    String decision = form.text("decision");
    variables.put(InspectionVariables.OVERDUE_DECISION, decision);
    if ("extend".equals(decision)) {
      FormErrors errors = new FormErrors();
      LocalDate newDeadline = form.date("newDeadline");
      if (rectification.isExtended()) {
        errors.reject("decision", "inspection.error.extendedOnce");
      }
      if (newDeadline == null) {
        errors.reject("newDeadline", "form.required");
      } else if (!newDeadline.isAfter(now.toLocalDate())) {
        errors.reject("newDeadline", "inspection.error.deadlineFuture");
      }
      errors.throwIfAny(form.values());
      rectification.extend(newDeadline, form.text("reason"));
      variables.put(InspectionVariables.RECTIFICATION_DUE, InspectionVariables.dueAt(newDeadline));
    } else {
      rectification.fail(form.text("reason"), member.username(), now);
      inspection.setStatus(Inspection.Status.FAILED);
      inspection.setClosedAt(now);
      inspections.updateInspection(inspection);
    }
    inspections.updateRectification(rectification);
    return variables;
  }
}
