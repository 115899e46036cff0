package org.socialwork.flow.care;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** Keeps the colour level child-risk-level gave a child's visit on the visit. */
@ModelBean("recordChildLevelDelegate")
class RecordChildLevelDelegate implements JavaDelegate {

  private final CareMapper care;

  RecordChildLevelDelegate(CareMapper care) {
    this.care = care;
  }

  @Override
  public void execute(DelegateExecution execution) {
    care.setChildLevel(((Number) execution.getVariable(CareVariables.VISIT_ID)).longValue(),
        (String) execution.getVariable(CareVariables.CHILD_LEVEL));
  }
}
