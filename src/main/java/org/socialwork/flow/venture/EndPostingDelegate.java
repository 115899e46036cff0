package org.socialwork.flow.venture;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** The posting period ended with no upheld objection: the agreement is to be signed. */
@ModelBean("endPostingDelegate")
class EndPostingDelegate implements JavaDelegate {

  private final VentureMapper venture;

  EndPostingDelegate(VentureMapper venture) {
    this.venture = venture;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(VentureVariables.APPLICATION_ID)).longValue();
    venture.moveStatus(id, VentureApplication.POSTING, VentureApplication.SIGNING);
  }
}
