package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 撰写督导反思: a supervisee's reflection (受督导者反思) on the session. */
@Component
class ReflectionWriting implements TaskFormHandler {

  private final SupervisionMapper supervision;
  private final SessionTasks sessionTasks;
  private final Clock clock;

  ReflectionWriting(SupervisionMapper supervision, SessionTasks sessionTasks, Clock clock) {
    this.supervision = supervision;
    this.sessionTasks = sessionTasks;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "supervision-reflection";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    supervision.writeReflection(sessionTasks.sessionId(task), task.assignee() == null ? member.username()
        : task.assignee(), form.text("reflection"), LocalDateTime.now(clock));
    return Map.of();
  }
}
