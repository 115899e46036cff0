package org.socialwork.flow.supervision;

import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 跟进逾期督办事项: the escalation group notes how it followed the overdue item up. */
@Component
class ActionItemFollowUp implements TaskFormHandler {

  private final ActionItemMapper items;
  private final SessionTasks sessionTasks;

  ActionItemFollowUp(ActionItemMapper items, SessionTasks sessionTasks) {
    this.items = items;
    this.sessionTasks = sessionTasks;
  }

  @Override
  public String formId() {
    return "action-item-follow-up";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    items.writeFollowUp(sessionTasks.actionItemId(task), member.username() + "：" + form.text("note"));
    return Map.of();
  }
}
