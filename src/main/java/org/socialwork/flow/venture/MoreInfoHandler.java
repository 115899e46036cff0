package org.socialwork.flow.venture;

import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 补充申报材料: the organisation adds what the officer asked for; the application goes back to screening. */
@Component
class MoreInfoHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;

  MoreInfoHandler(VentureMapper venture, Applications applications) {
    this.venture = venture;
    this.applications = applications;
  }

  @Override
  public String formId() {
    return "venture-more-info";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    Applications.moved(venture.answerMoreInfo(a.id(), data.text("note")), a);
    return Map.of();
  }
}
