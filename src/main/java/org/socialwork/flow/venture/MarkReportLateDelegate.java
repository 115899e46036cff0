package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialwork.flow.system.ModelBean;

/** A report not in by its due date counts as failed (中期报告逾期视为不合格): recorded so, payment stops. */
@ModelBean("markReportLateDelegate")
class MarkReportLateDelegate implements JavaDelegate {

  static final String NOTE = "逾期未提交，视为不合格 / not submitted by its due date: failed";

  private final VentureMapper venture;
  private final Clock clock;

  MarkReportLateDelegate(VentureMapper venture, Clock clock) {
    this.venture = venture;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(VentureVariables.APPLICATION_ID)).longValue();
    String stage = VentureVariables.stageOf(execution.getCurrentActivityId());
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    venture.insertReport(new VentureMapper.Report(id, stage, venture.countReports(id, stage) + 1, today.minusDays(1),
        null, null, null, null, true, "FAIL", NOTE, null, now, null, null, null));
    venture.moveStatus(id, VentureApplication.IMPLEMENTING, VentureApplication.SUSPENDED);
    execution.setVariable(VentureVariables.STAGE, VentureVariables.MID.equals(stage) ? "mid" : "final");
  }
}
