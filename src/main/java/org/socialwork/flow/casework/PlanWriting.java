package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 制定服务计划: stores the plan with its objectives and sends it to the supervisor. */
@Component
class PlanWriting implements TaskFormHandler {

  private final AssessmentMapper assessments;
  private final CaseMapper cases;
  private final Clock clock;

  PlanWriting(AssessmentMapper assessments, CaseMapper cases, Clock clock) {
    this.assessments = assessments;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "service-plan";
  }

  /** A returned plan opens with what was written before. */
  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    Map<String, Object> values = new HashMap<>();
    assessments.findLatestPlan(task.caseId()).ifPresent(p -> {
      values.put("goal", p.getGoal());
      values.put("approach", p.getApproach());
      if (p.getResources() != null) {
        values.put("resources", p.getResources());
      }
      if (p.getProjectId() != null) {
        values.put("projectId", String.valueOf(p.getProjectId()));
      }
      // a returned plan reopens with its resource links ticked, so resubmitting does not drop them
      values.put("resourceLinks", assessments.findPlanResourceIds(p.getId()).stream().map(String::valueOf).toList());
      for (ServicePlan.Objective o : p.getObjectives()) {
        values.put("objective" + o.seqNo(), o.description());
        values.put("indicator" + o.seqNo(), o.indicator());
        values.put("deadline" + o.seqNo(), o.deadline());
      }
    });
    return values;
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    Assessment assessment = assessments.findLatestAssessment(task.caseId()).orElseThrow();
    ServicePlan plan = ServicePlan.write(task.caseId(), assessment.getId(), form, member.username(),
        LocalDateTime.now(clock));
    assessments.insertPlan(plan);
    plan.getObjectives().forEach(o -> assessments.insertObjective(plan.getId(), o));
    form.list("resourceLinks").forEach(id -> assessments.insertPlanResource(plan.getId(), Long.valueOf(id)));
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    caseFile.planSubmitted();
    cases.updateCase(caseFile);
    return Map.of();
  }
}
