package org.socialwork.flow.volunteer;

import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 修改志愿活动: the proposer changes a returned activity and resubmits it, or withdraws it. */
@Component
class ActivityRevision implements TaskFormHandler {

  private final ActivityMapper activities;

  ActivityRevision(ActivityMapper activities) {
    this.activities = activities;
  }

  @Override
  public String formId() {
    return "volunteer-activity-revise";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    boolean resubmit = "resubmit".equals(form.text("decision"));
    Activity a = activities.findByProcessInstance(task.processInstanceId()).orElseThrow();
    activities.lockById(a.id()).require(Activity.RETURNED, "volunteer.activity.notReturned");
    if (resubmit) {
      activities.revise(a.id(), text(form, "title"), text(form, "content"), text(form, "place"),
          form.number("quota") == null ? null : form.number("quota").intValue());
    }
    activities.updateStatus(a.id(), Activity.RETURNED, resubmit ? Activity.PROPOSED : Activity.WITHDRAWN);
    return VolunteerVariables.revised(resubmit);
  }

  private static String text(FormData form, String key) {
    return form.isBlank(key) ? null : form.text(key).trim();
  }
}
