package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 评估不合格处理: the leading group decides a failed or late report. Rectify: the same report again by a new date,
 * payments resume after it passes. Terminate: the project ends; funds to be returned are booked (at most what was
 * paid); a breach of the agreement debars the organisation for {@code socialwork.venture.debarment} (P3Y).
 */
@Component
class FailureHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;
  private final RuntimeService runtime;
  private final VentureSettings settings;
  private final Clock clock;

  FailureHandler(VentureMapper venture, Applications applications, RuntimeService runtime, VentureSettings settings,
                 Clock clock) {
    this.venture = venture;
    this.applications = applications;
    this.runtime = runtime;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "venture-failure";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    String action = data.text("action");
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    FormErrors errors = new FormErrors();
    BigDecimal returned = data.number("returned");
    BigDecimal paid = venture.paidSum(a.id());
    if ("rectify".equals(action) && data.date("rectifyDue") == null) {
      errors.reject("rectifyDue", "form.required");
    }
    if (returned != null && returned.compareTo(paid) > 0) {
      errors.reject("returned", "venture.payment.overpaid", paid);
    }
    errors.throwIfAny(data.values());
    Map<String, Object> v = new HashMap<>();
    v.put(VentureVariables.FAILURE, action);
    if ("rectify".equals(action)) {
      Applications.moved(venture.moveStatus(a.id(), VentureApplication.SUSPENDED, VentureApplication.IMPLEMENTING), a);
      String stage = (String) runtime.getVariable(task.processInstanceId(), VentureVariables.STAGE);
      v.put("mid".equals(stage) ? VentureVariables.MID_TERM_DUE : VentureVariables.FINAL_DUE,
          VentureVariables.endOf(data.date("rectifyDue")));
      return v;
    }
    Applications.moved(venture.end(a.id(), VentureApplication.SUSPENDED, VentureApplication.TERMINATED, today,
        data.text("note")), a);
    if (returned != null && returned.signum() > 0) {
      venture.insertLedger(a.id(), "RETURNED", null, returned, today, null, member.username(), now);
    }
    if (data.flag("debar")) {
      venture.debar(a.organizationId(), today.plus(settings.debarment()), data.text("note"));
    }
    return v;
  }
}
