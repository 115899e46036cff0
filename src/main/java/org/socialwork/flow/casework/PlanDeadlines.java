package org.socialwork.flow.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.socialwork.flow.system.ModelBean;

/**
 * {@code ${planDeadlines.due(caseId)}}, the due date of the intervention (服务介入) in casework.bpmn: the end of the
 * day of the service plan's latest objective deadline, or none when the plan names no objective. The intervention
 * is a phase of weeks or months; a fixed period after it starts would make every active case overdue.
 */
@ModelBean("planDeadlines")
public class PlanDeadlines {

  private final AssessmentMapper assessments;

  PlanDeadlines(AssessmentMapper assessments) {
    this.assessments = assessments;
  }

  /** The latest objective deadline of the case's current plan, at the end of that day; null for none. */
  public Date due(Object caseId) {
    if (caseId == null) {
      return null;
    }
    Long id = caseId instanceof Number n ? n.longValue() : Long.valueOf(caseId.toString());
    Optional<LocalDate> last = assessments.findLatestPlan(id).flatMap(p -> p.getObjectives().stream()
        .map(ServicePlan.Objective::deadline).filter(d -> d != null).max(LocalDate::compareTo));
    return last.map(d -> Date.from(d.plusDays(1).atStartOfDay(ZoneId.systemDefault()).minusSeconds(1).toInstant()))
        .orElse(null);
  }
}
