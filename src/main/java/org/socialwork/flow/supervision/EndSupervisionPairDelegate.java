package org.socialwork.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** 结束督导关系: the pair's end date has come; sessions still open run to their sign-off. */
@ModelBean("endSupervisionPairDelegate")
class EndSupervisionPairDelegate implements JavaDelegate {

  private final SupervisionMapper supervision;

  EndSupervisionPairDelegate(SupervisionMapper supervision) {
    this.supervision = supervision;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supervision.updatePairStatus((Long) execution.getVariable(SupervisionVariables.PAIR_ID), SupervisionPair.ENDED);
  }
}
