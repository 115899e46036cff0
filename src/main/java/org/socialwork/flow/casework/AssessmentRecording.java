package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 记录需求评估: stores the assessment and its needs; hands the decision table its inputs. */
@Component
class AssessmentRecording implements TaskFormHandler {

  private final AssessmentMapper assessments;
  private final Clock clock;

  AssessmentRecording(AssessmentMapper assessments, Clock clock) {
    this.assessments = assessments;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "needs-assessment";
  }

  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    return assessments.findLatestAssessment(task.caseId()).map(a -> Map.<String, Object>ofEntries(
        Map.entry("assessedOn", a.getAssessedOn()), Map.entry("health", a.getHealth()),
        Map.entry("selfCare", a.getSelfCare()), Map.entry("familySupport", a.getFamilySupport()),
        Map.entry("socialSupport", a.getSocialSupport()), Map.entry("individualSystem", a.getIndividualSystem()),
        Map.entry("familySystem", a.getFamilySystem()), Map.entry("socialSystem", a.getSocialSystem()),
        Map.entry("priority", a.getPriority()), Map.entry("summary", a.getSummary())))
        .orElse(Map.of("assessedOn", java.time.LocalDate.now(clock)));
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    Assessment assessment = Assessment.record(task.caseId(), form, member.username(), LocalDateTime.now(clock));
    assessments.insertAssessment(assessment);
    assessment.getNeeds().forEach(code -> assessments.insertNeed(assessment.getId(), code));
    return NeedsAssessmentVariables.assessed(assessment);
  }
}
