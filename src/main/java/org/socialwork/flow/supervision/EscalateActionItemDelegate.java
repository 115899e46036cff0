package org.socialwork.flow.supervision;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socialwork.flow.system.ModelBean;

/** 逾期升级: notes on the item that it went overdue and to whom it was escalated. */
@ModelBean("escalateActionItemDelegate")
class EscalateActionItemDelegate implements JavaDelegate {

  private final ActionItemMapper items;

  EscalateActionItemDelegate(ActionItemMapper items) {
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    items.escalate((Long) execution.getVariable(SupervisionVariables.ACTION_ITEM_ID),
        (String) execution.getVariable(SupervisionVariables.ESCALATION_GROUP),
        LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()));
  }
}
