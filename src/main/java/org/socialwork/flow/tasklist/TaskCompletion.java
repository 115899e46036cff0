package org.socialwork.flow.tasklist;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claiming, releasing and completing tasks. Completion validates the submission against the task's form,
 * lets the form's handler store the answers in the domain tables, and completes the engine task, all in
 * one transaction: an error anywhere stores nothing.
 */
@Component
public class TaskCompletion {

  private final InboxMapper inbox;
  private final TaskForms forms;
  private final FormValidator validator;
  private final TaskService tasks;
  private final Map<String, TaskFormHandler> handlers;
  private final List<WorkItemSource> sources;

  public TaskCompletion(InboxMapper inbox, TaskForms forms, FormValidator validator, TaskService tasks,
                        List<TaskFormHandler> handlers, List<WorkItemSource> sources) {
    this.inbox = inbox;
    this.sources = sources;
    this.forms = forms;
    this.validator = validator;
    this.tasks = tasks;
    this.handlers = handlers.stream().collect(Collectors.toMap(TaskFormHandler::formId, Function.identity()));
  }

  /** The task if the member may see it; 404 otherwise, 409 if it was completed meanwhile. */
  @Transactional(readOnly = true)
  public WorkItem find(String taskId, StaffMember member) {
    return inbox.findVisible(taskId, member.username(), member.groups(), member.scope())
        .or(() -> sources.stream().map(s -> s.findVisible(taskId, member)).flatMap(java.util.Optional::stream)
            .findFirst())
        .orElseThrow(() -> {
          if (inbox.countEndedInScope(taskId, member.scope()) > 0
              || sources.stream().anyMatch(s -> s.endedInScope(taskId, member))) {
            return new WorkItemConflictException("task.conflict.completed", "Task " + taskId + " is already completed");
          }
          return new WorkItemNotFoundException(taskId);
        });
  }

  public FormSchema formOf(WorkItem task) {
    return forms.taskForm(task.id(), task.processDefinitionId(), task.taskKey());
  }

  @Transactional
  public void claim(String taskId, StaffMember member) {
    WorkItem task = find(taskId, member);
    if (member.username().equals(task.assignee())) {
      return;
    }
    takeOver(task, member);
  }

  @Transactional
  public void unclaim(String taskId, StaffMember member) {
    WorkItem task = find(taskId, member);
    if (!member.username().equals(task.assignee())) {
      throw new WorkItemConflictException("task.conflict.claimed", "Task " + taskId + " is not yours to release");
    }
    tasks.setAssignee(taskId, null);
  }

  @Transactional
  public void complete(String taskId, Map<String, Object> submitted, StaffMember member) {
    WorkItem task = find(taskId, member);
    FormSchema schema = formOf(task);
    FormData data = validator.validate(schema, submitted, new FormContext(member.username(), task.stationCode()));
    TaskFormHandler handler = handlers.get(schema.id());
    if (handler == null) {
      throw new IllegalStateException("No handler for form " + schema.id());
    }
    if (!member.username().equals(task.assignee())) {
      takeOver(task, member);
    }
    Map<String, Object> variables = handler.complete(task, data, member);
    try {
      tasks.complete(taskId, variables);
    } catch (OptimisticLockingException e) {
      throw new WorkItemConflictException("task.conflict.completed", "Task " + taskId + " changed meanwhile");
    }
  }

  private void takeOver(WorkItem task, StaffMember member) {
    if (task.assignee() != null) {
      throw new WorkItemConflictException("task.conflict.claimed", "Task " + task.id() + " is claimed by someone else");
    }
    try {
      tasks.claim(task.id(), member.username());
    } catch (TaskAlreadyClaimedException e) {
      throw new WorkItemConflictException("task.conflict.claimed", e.getMessage());
    }
  }

  /** The values the task's form opens with. */
  public Map<String, Object> currentValues(WorkItem task) {
    TaskFormHandler handler = handlers.get(formOf(task).id());
    return handler == null ? Map.of() : handler.currentValues(task);
  }
}
