package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 完成督办事项: the owner reports what was done; the item is closed. */
@Component
class ActionItemCompletion implements TaskFormHandler {

  private final ActionItemMapper items;
  private final SessionTasks sessionTasks;
  private final Clock clock;

  ActionItemCompletion(ActionItemMapper items, SessionTasks sessionTasks, Clock clock) {
    this.items = items;
    this.sessionTasks = sessionTasks;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "action-item";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    items.complete(sessionTasks.actionItemId(task), form.text("outcome"), LocalDateTime.now(clock));
    return Map.of();
  }
}
