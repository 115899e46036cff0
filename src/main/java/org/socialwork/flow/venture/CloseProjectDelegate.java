package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** 结项: the final evaluation passed and every tranche is paid; the project is closed and kept as an archive. */
@ModelBean("closeProjectDelegate")
class CloseProjectDelegate implements JavaDelegate {

  private final VentureMapper venture;
  private final Clock clock;

  CloseProjectDelegate(VentureMapper venture, Clock clock) {
    this.venture = venture;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(VentureVariables.APPLICATION_ID)).longValue();
    venture.end(id, VentureApplication.IMPLEMENTING, VentureApplication.CLOSED, LocalDate.now(clock), "结项");
  }
}
