package org.socialwork.flow.venture;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** Every reviewer has scored: the application's score is the mean of the reviews without a conflict. */
@ModelBean("scoreApplicationDelegate")
class ScoreApplicationDelegate implements JavaDelegate {

  private final VentureMapper venture;

  ScoreApplicationDelegate(VentureMapper venture) {
    this.venture = venture;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(VentureVariables.APPLICATION_ID)).longValue();
    venture.setScore(id, Scorecard.mean(venture.findReviews(id)));
  }
}
