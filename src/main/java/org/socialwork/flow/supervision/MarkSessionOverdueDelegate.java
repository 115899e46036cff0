package org.socialwork.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** 标记记录逾期: the session was not recorded in time; it goes to the station's resident supervisors too. */
@ModelBean("markSessionOverdueDelegate")
class MarkSessionOverdueDelegate implements JavaDelegate {

  private final SupervisionMapper supervision;

  MarkSessionOverdueDelegate(SupervisionMapper supervision) {
    this.supervision = supervision;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supervision.markSessionOverdue((Long) execution.getVariable(SupervisionVariables.SESSION_ID));
  }
}
