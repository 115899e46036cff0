package org.socialwork.flow.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** 记录风险等级: writes the decision table's risk level and re-assessment period to the assessment and the case. */
@ModelBean("recordRiskLevelDelegate")
class RecordRiskLevelDelegate implements JavaDelegate {

  private final CaseMapper cases;
  private final AssessmentMapper assessments;

  RecordRiskLevelDelegate(CaseMapper cases, AssessmentMapper assessments) {
    this.cases = cases;
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = ((Number) execution.getVariable(NeedsAssessmentVariables.CASE_ID)).longValue();
    Object decision = execution.getVariable(NeedsAssessmentVariables.RISK_DECISION);
    String level = NeedsAssessmentVariables.riskLevel(decision);
    Assessment assessment = assessments.findLatestAssessment(caseId).orElseThrow();
    assessment.rate(level, NeedsAssessmentVariables.reassessAfter(decision));
    assessments.updateAssessment(assessment);
    CaseFile caseFile = cases.findCase(caseId).orElseThrow();
    caseFile.recordRisk(level);
    cases.updateCase(caseFile);
  }
}
