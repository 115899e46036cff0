package org.socialwork.flow.volunteer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** The public posting is over: the activity's confirmed hours and their points enter the ledgers; it closes. */
@ModelBean("postVolunteerHoursDelegate")
class PostVolunteerHoursDelegate implements JavaDelegate {

  private final Ledgers ledgers;

  PostVolunteerHoursDelegate(Ledgers ledgers) {
    this.ledgers = ledgers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledgers.postActivity(((Number) execution.getVariable(VolunteerVariables.ACTIVITY_ID)).longValue());
  }
}
