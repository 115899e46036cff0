package org.socialwork.flow.venture;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** The information asked for was not given by its due date: the application is refused. */
@ModelBean("refuseLateApplicationDelegate")
class RefuseLateApplicationDelegate implements JavaDelegate {

  static final String REASON = "补充材料逾期未提交 / more information not given by the due date";

  private final VentureMapper venture;

  RefuseLateApplicationDelegate(VentureMapper venture) {
    this.venture = venture;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(VentureVariables.APPLICATION_ID)).longValue();
    venture.refuse(id, VentureApplication.MORE_INFO, REASON);
  }
}
