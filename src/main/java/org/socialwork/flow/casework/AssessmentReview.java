package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 导师审阅评估: the mentor of a mentored case approves the assessment or returns it with reflections. */
@Component
class AssessmentReview implements TaskFormHandler {

  private final AssessmentMapper assessments;
  private final CaseMapper cases;
  private final Clock clock;

  AssessmentReview(AssessmentMapper assessments, CaseMapper cases, Clock clock) {
    this.assessments = assessments;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "assessment-review";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    boolean approve = "approve".equals(form.text("decision"));
    FormErrors errors = new FormErrors();
    if (!approve) {
      CaseFile.requireText(errors, "comment", form.text("comment"));
    }
    errors.throwIfAny(form.values());
    Assessment assessment = assessments.findLatestAssessment(task.caseId()).orElseThrow();
    assessment.reviewed(approve);
    assessments.updateAssessment(assessment);
    cases.insertDecision(new CaseDecision(task.caseId(), CaseDecision.ASSESSMENT_REVIEW, form.text("decision"),
        form.text("comment"), member.username(), LocalDateTime.now(clock)));
    return Map.of(NeedsAssessmentVariables.REVIEW_APPROVED, approve);
  }
}
