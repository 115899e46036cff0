package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 中期评估 / 结项评估: the officer evaluates the report (documents, calls, site visits). Pass: the next tranche (mid-term)
 * or the tranches left and 结项 (final). Fail: payment stops and the leading group decides.
 */
@Component
class EvaluationHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;
  private final Clock clock;

  EvaluationHandler(VentureMapper venture, Applications applications, Clock clock) {
    this.venture = venture;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "venture-evaluation";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    String stage = VentureVariables.stageOf(task.taskKey());
    boolean pass = "pass".equals(data.text("result"));
    Applications.moved(venture.evaluateReport(a.id(), stage, pass ? "PASS" : "FAIL", data.text("note"),
        member.username(), LocalDateTime.now(clock)), a);
    if (!pass) {
      Applications.moved(venture.moveStatus(a.id(), VentureApplication.IMPLEMENTING, VentureApplication.SUSPENDED), a);
    }
    Map<String, Object> v = new HashMap<>();
    v.put(VentureVariables.EVALUATION, pass ? "pass" : "fail");
    v.put(VentureVariables.STAGE, VentureVariables.MID.equals(stage) ? "mid" : "final");
    v.put(VentureVariables.TRANCHES_LEFT, Tranches.left(venture.findLedger(a.id())));
    return v;
  }
}
