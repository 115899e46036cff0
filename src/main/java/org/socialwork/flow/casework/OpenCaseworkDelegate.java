package org.socialwork.flow.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.socialwork.flow.system.ModelBean;

/** 已开案 (intake's message end event): starts the case's casework process, keyed by the case number. */
@ModelBean("openCaseworkDelegate")
class OpenCaseworkDelegate implements JavaDelegate {

  private final CaseMapper cases;
  private final String followUpFirst;
  private final String followUpSecond;

  OpenCaseworkDelegate(CaseMapper cases,
                       @Value("${socialwork.casework.follow-up-first:P1M}") String followUpFirst,
                       @Value("${socialwork.casework.follow-up-second:P2M}") String followUpSecond) {
    this.cases = cases;
    this.followUpFirst = followUpFirst;
    this.followUpSecond = followUpSecond;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = ((Number) execution.getVariable(IntakeVariables.CASE_ID)).longValue();
    CaseFile caseFile = cases.findCase(caseId).orElseThrow();
    execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
        CaseworkVariables.MESSAGE_CASE_OPENED, caseFile.getCaseNo(),
        CaseworkVariables.atStart(caseFile, followUpFirst, followUpSecond));
  }
}
