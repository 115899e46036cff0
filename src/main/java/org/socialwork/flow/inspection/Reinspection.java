package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 复查整改: the lead inspector accepts the rectification (closed) or sends it back with what is still missing. */
@Component
class Reinspection implements TaskFormHandler {

  private final InspectionMapper inspections;
  private final Clock clock;

  Reinspection(InspectionMapper inspections, Clock clock) {
    this.inspections = inspections;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "reinspection";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    boolean accepted = "accept".equals(form.text("decision"));
    if (!accepted && form.isBlank("comment")) {
      new FormErrors().reject("comment", "form.required").throwIfAny(form.values());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Inspection inspection = inspections.findByProcessInstance(task.processInstanceId()).orElseThrow();
    Rectification rectification = inspections.findRectificationOf(inspection.getId()).orElseThrow();
    rectification.review(accepted, form.text("comment"), member.username(), now);
    inspections.updateRectification(rectification);
    inspection.setStatus(accepted ? Inspection.Status.RECTIFIED : Inspection.Status.RECTIFYING);
    inspection.setClosedAt(accepted ? now : null);
    inspections.updateInspection(inspection);
    return Map.of(InspectionVariables.ACCEPTED, accepted);
  }
}
