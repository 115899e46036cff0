package org.socialwork.flow.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socialwork.flow.system.ModelBean;

/** 安排督导会谈: a session of the pair, dated the day its timer fired; its id is local to the session. */
@ModelBean("scheduleSessionDelegate")
class ScheduleSessionDelegate implements JavaDelegate {

  private final SupervisionMapper supervision;

  ScheduleSessionDelegate(SupervisionMapper supervision) {
    this.supervision = supervision;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long pairId = (Long) execution.getVariable(SupervisionVariables.PAIR_ID);
    SupervisionPair pair = supervision.findPair(pairId).orElseThrow();
    SupervisionMapper.SessionRow row = new SupervisionMapper.SessionRow();
    row.pairId = pairId;
    row.stationCode = pair.stationCode();
    row.scheduledOn = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    row.status = SupervisionSession.SCHEDULED;
    supervision.insertSession(row);
    if (pair.supervisee() != null) {
      supervision.insertSupervisee(row.id, pair.supervisee());
    }
    execution.setVariableLocal(SupervisionVariables.SESSION_ID, row.id);
  }
}
