package org.socialwork.flow.volunteer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 审核志愿活动: the station's supervisor publishes the activity (sign-up opens) or returns it with a comment. */
@Component
class ActivityReview implements TaskFormHandler {

  private final ActivityMapper activities;
  private final Clock clock;

  ActivityReview(ActivityMapper activities, Clock clock) {
    this.activities = activities;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "volunteer-activity-approve";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    boolean approve = "approve".equals(form.text("decision"));
    String comment = form.isBlank("comment") ? null : form.text("comment").trim();
    if (!approve && comment == null) {
      new FormErrors().reject("comment", "form.required").throwIfAny(form.values());
    }
    Activity a = activities.findByProcessInstance(task.processInstanceId()).orElseThrow();
    activities.lockById(a.id()).require(Activity.PROPOSED, "volunteer.activity.notProposed");
    if (approve) {
      activities.approve(a.id(), member.username(), LocalDateTime.now(clock).withNano(0), comment);
    } else {
      activities.markReturned(a.id(), comment);
    }
    return VolunteerVariables.reviewed(approve);
  }
}
