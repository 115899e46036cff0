package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/**
 * 计算总分与结论: once every inspector has scored, computes the total and pass/fail from the inspection's template
 * version, and, when something must be fixed, issues the rectification notice with its deadline. A demonstration
 * selection only ranks stations and issues no notice; a self-check issues it once the leading group confirms it.
 */
@ModelBean("computeInspectionResultDelegate")
class ComputeInspectionResultDelegate implements JavaDelegate {

  private final InspectionMapper inspections;
  private final Clock clock;

  ComputeInspectionResultDelegate(InspectionMapper inspections, Clock clock) {
    this.inspections = inspections;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = (Long) execution.getVariable(InspectionVariables.INSPECTION_ID);
    Inspection inspection = inspections.findInspection(id).orElseThrow();
    InspectionTemplate template = inspections.findTemplate(inspection.getTemplateId()).orElseThrow();
    InspectionResult result = InspectionResult.compute(inspections.findItems(template.id()),
        inspections.findScores(id), template.passThreshold());
    LocalDateTime now = LocalDateTime.now(clock);
    inspection.scored(result, now);
    boolean rectify = result.needsRectification() && !"demonstration".equals(inspection.getInspectionType());
    if (rectify) {
      LocalDate deadline = now.toLocalDate().plusDays(inspection.getRectificationDays());
      Rectification r = inspections.findRectificationOf(id).orElse(null);
      if (r == null) {
        inspections.insertRectification(Rectification.issue(inspection, result.notice(), deadline, now));
      } else {
        r.setNotice(result.notice());
        r.setDeadline(deadline);
        inspections.updateRectification(r);
      }
      execution.setVariable(InspectionVariables.RECTIFICATION_DUE, InspectionVariables.dueAt(deadline));
    } else {
      // a returned self-check scored again without findings: the notice of the first scoring is withdrawn
      inspections.deleteUnstartedRectification(id);
    }
    if (inspection.isSelfCheck()) {
      inspection.setStatus(Inspection.Status.REVIEW);
    } else {
      inspection.setStatus(rectify ? Inspection.Status.RECTIFYING : Inspection.Status.CLOSED);
      inspection.setClosedAt(rectify ? null : now);
    }
    inspections.updateInspection(inspection);
    execution.setVariable(InspectionVariables.NEEDS_RECTIFICATION, rectify);
  }
}
