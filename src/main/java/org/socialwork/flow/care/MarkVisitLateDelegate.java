package org.socialwork.flow.care;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** The visit window closed with no record: the visit counts as late and goes to the station's supervisors. */
@ModelBean("markVisitLateDelegate")
class MarkVisitLateDelegate implements JavaDelegate {

  private final CareMapper care;

  MarkVisitLateDelegate(CareMapper care) {
    this.care = care;
  }

  @Override
  public void execute(DelegateExecution execution) {
    care.markLate(((Number) execution.getVariable(CareVariables.VISIT_ID)).longValue());
  }
}
