package org.socialwork.flow.venture;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 资格审查: the round's officer passes the application to the reviewers, returns it for more information by a due
 * date (required then), or refuses it with the note as reason. */
@Component
class ScreeningHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;

  ScreeningHandler(VentureMapper venture, Applications applications) {
    this.venture = venture;
    this.applications = applications;
  }

  @Override
  public String formId() {
    return "venture-screening";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    String outcome = data.text("outcome");
    Map<String, Object> v = new HashMap<>();
    v.put(VentureVariables.SCREENING, outcome);
    switch (outcome) {
      case "pass" -> Applications.moved(venture.moveStatus(a.id(), VentureApplication.SCREENING,
          VentureApplication.REVIEW), a);
      case "more" -> {
        LocalDate due = data.date("moreInfoDue");
        if (due == null) {
          new FormErrors().reject("moreInfoDue", "form.required").throwIfAny(data.values());
        }
        Applications.moved(venture.requestMoreInfo(a.id(), due, data.text("note")), a);
        v.put(VentureVariables.MORE_INFO_DUE, VentureVariables.date(due.plusDays(1).atStartOfDay()));
      }
      default -> Applications.moved(venture.refuse(a.id(), VentureApplication.SCREENING, data.text("note")), a);
    }
    return v;
  }
}
