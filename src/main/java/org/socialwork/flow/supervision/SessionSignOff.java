package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 导师签认督导记录: the mentor signs the record off once the reflections are in. */
@Component
class SessionSignOff implements TaskFormHandler {

  private final SupervisionMapper supervision;
  private final SessionTasks sessionTasks;
  private final Clock clock;

  SessionSignOff(SupervisionMapper supervision, SessionTasks sessionTasks, Clock clock) {
    this.supervision = supervision;
    this.sessionTasks = sessionTasks;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "supervision-sign-off";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    supervision.signSession(sessionTasks.sessionId(task), form.text("comment"), member.username(),
        LocalDateTime.now(clock));
    return Map.of();
  }
}
