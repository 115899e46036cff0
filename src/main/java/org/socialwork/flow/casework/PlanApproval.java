package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 审批服务计划: the station supervisor approves or returns the plan; nobody approves a plan of their own case. */
@Component
class PlanApproval implements TaskFormHandler {

  private final AssessmentMapper assessments;
  private final CaseMapper cases;
  private final Clock clock;

  PlanApproval(AssessmentMapper assessments, CaseMapper cases, Clock clock) {
    this.assessments = assessments;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "plan-approve";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    boolean approve = caseFile.supervisorApproves(form, member.username(), "plan.selfApproval");

    ServicePlan plan = assessments.findLatestPlan(task.caseId()).orElseThrow();
    plan.decided(approve);
    assessments.updatePlanStatus(plan);
    if (approve) {
      caseFile.planApproved();
    } else {
      caseFile.planReturned();
    }
    cases.updateCase(caseFile);
    cases.insertDecision(new CaseDecision(caseFile.getId(), CaseDecision.PLAN_APPROVAL, form.text("decision"),
        form.text("comment"), member.username(), LocalDateTime.now(clock)));
    return Map.of(NeedsAssessmentVariables.PLAN_APPROVED, approve);
  }
}
