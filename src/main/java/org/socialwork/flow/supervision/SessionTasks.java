package org.socialwork.flow.supervision;

import org.camunda.bpm.engine.TaskService;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** The session or action item a task of mentor-supervision or action-item works on (its process variables). */
@Component
class SessionTasks {

  private final TaskService tasks;

  SessionTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  Long sessionId(WorkItem task) {
    return (Long) tasks.getVariable(task.id(), SupervisionVariables.SESSION_ID);
  }

  Long actionItemId(WorkItem task) {
    return (Long) tasks.getVariable(task.id(), SupervisionVariables.ACTION_ITEM_ID);
  }

  Long pairId(WorkItem task) {
    return (Long) tasks.getVariable(task.id(), SupervisionVariables.PAIR_ID);
  }
}
