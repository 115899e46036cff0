package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.UploadedFile;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 整改并提交整改报告: the station supervisor reports what was fixed; at least one evidence file must be attached. */
@Component
class RectificationReporting implements TaskFormHandler {

  private final InspectionMapper inspections;
  private final EvidenceUpload evidence;
  private final Clock clock;

  RectificationReporting(InspectionMapper inspections, EvidenceUpload evidence, Clock clock) {
    this.inspections = inspections;
    this.evidence = evidence;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "rectification-report";
  }

  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    return inspections.findByProcessInstance(task.processInstanceId())
        .flatMap(i -> inspections.findRectificationOf(i.getId()))
        .filter(r -> r.getReport() != null)
        .map(r -> Map.<String, Object>of("report", r.getReport()))
        .orElse(Map.of());
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    Inspection inspection = inspections.findByProcessInstance(task.processInstanceId()).orElseThrow();
    Rectification rectification = inspections.findRectificationOf(inspection.getId()).orElseThrow();
    // files chosen in the form itself are evidence of this rectification, stored in the same transaction
    Object files = form.values().get("evidence");
    if (files instanceof java.util.List<?> list) {
      for (Object o : list) {
        if (o instanceof UploadedFile file) {
          try {
            evidence.upload(inspection.getInspectionNo(), file.originalName(), file.content(), member);
          } catch (EvidenceRejectedException e) {
            new FormErrors().reject("evidence", e.code()).throwIfAny(form.values());
          }
        }
      }
    }
    if (inspections.countRectificationEvidence(rectification.getId()) == 0) {
      new FormErrors().reject("evidence", "inspection.error.evidenceRequired").throwIfAny(form.values());
    }
    rectification.report(form.text("report"), LocalDateTime.now(clock));
    inspections.updateRectification(rectification);
    inspection.setStatus(Inspection.Status.REINSPECTING);
    inspections.updateInspection(inspection);
    return Map.of();
  }
}
