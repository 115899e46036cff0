package org.socialwork.flow.inspection;

import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 检查评分: an inspector hands in their score sheet. The items are scored on the inspection page (one row per item,
 * with findings and evidence); this task completes only when the inspector has scored every item of the template.
 */
@Component
class InspectionScoring implements TaskFormHandler {

  private final InspectionMapper inspections;

  InspectionScoring(InspectionMapper inspections) {
    this.inspections = inspections;
  }

  @Override
  public String formId() {
    return "inspection-score";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    Inspection inspection = inspections.findByProcessInstance(task.processInstanceId()).orElseThrow();
    int items = inspections.findItems(inspection.getTemplateId()).size();
    if (inspections.countScoredItems(inspection.getId(), member.username()) < items) {
      new FormErrors().reject("summary", "inspection.error.unscored").throwIfAny(form.values());
    }
    if (!form.isBlank("summary")) {
      String line = form.text("summary") + "（" + member.fullName() + "）";
      String summary = inspection.getSummary() == null ? line : inspection.getSummary() + "\n" + line;
      inspection.setSummary(summary.length() > 2000 ? summary.substring(0, 2000) : summary);
      inspections.updateInspection(inspection);
    }
    return Map.of();
  }
}
