package org.socialwork.flow.tasklist;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
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

  private final TaskItemMapper items;
  private final TaskForms forms;
  private final FormValidator validator;
  private final TaskService tasks;
  private final Map<String, TaskFormHandler> handlers;

  public TaskCompletion(TaskItemMapper items, TaskForms forms, FormValidator validator, TaskService tasks,
                        List<TaskFormHandler> handlers) {
    this.items = items;
    this.forms = forms;
    this.validator = validator;
    this.tasks = tasks;
    this.handlers = handlers.stream().collect(Collectors.toMap(TaskFormHandler::formId, Function.identity()));
  }

  /** The task if the member may see it; 404 otherwise, 409 if it was completed meanwhile. */
  @Transactional(readOnly = true)
  public WorkItem find(String taskId, StaffMember member) {
    return items.findVisible(taskId, member.username(), member.groups(), member.scope())
        .orElseThrow(() -> {
          if (items.countDoneInScope(taskId, member.scope()) > 0) {
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
    translated(taskId, () -> takeOver(task, member));
  }

  @Transactional
  public void unclaim(String taskId, StaffMember member) {
    WorkItem task = find(taskId, member);
    if (!member.username().equals(task.assignee())) {
      throw new WorkItemConflictException("task.conflict.claimed", "Task " + taskId + " is not yours to release");
    }
    translated(taskId, () -> tasks.setAssignee(taskId, null));
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
    translated(taskId, () -> {
      if (!member.username().equals(task.assignee())) {
        takeOver(task, member);
      }
      Map<String, Object> variables = handler.complete(task, data, member);
      tasks.complete(taskId, variables);
    });
  }

  private void takeOver(WorkItem task, StaffMember member) {
    if (task.assignee() != null) {
      throw new WorkItemConflictException("task.conflict.claimed", "Task " + task.id() + " is claimed by someone else");
    }
    tasks.claim(task.id(), member.username());
  }

  /**
   * Runs a step on the engine task and turns what a concurrent claim or completion of the same task causes into 409:
   * the engine's optimistic lock or "already claimed", the task gone meanwhile (NullValueException), a duplicate key
   * of a row written once per task, a lock wait timeout or a deadlock. The transaction rolls back either way.
   */
  private void translated(String taskId, Runnable step) {
    try {
      step.run();
    } catch (WorkItemConflictException e) {
      throw e;
    } catch (TaskAlreadyClaimedException e) {
      throw new WorkItemConflictException("task.conflict.claimed", "Task " + taskId + " is claimed by someone else");
    } catch (OptimisticLockingException | NullValueException e) {
      throw conflict(taskId, e);
    } catch (RuntimeException e) {
      if (isRace(e)) {
        throw conflict(taskId, e);
      }
      throw e;
    }
  }

  private static WorkItemConflictException conflict(String taskId, RuntimeException cause) {
    WorkItemConflictException e = new WorkItemConflictException("task.conflict.changed",
        "Task " + taskId + " changed meanwhile: someone else claimed or completed it");
    e.initCause(cause);
    return e;
  }

  /** Duplicate key, lock wait timeout, deadlock or a lost optimistic lock anywhere in the cause chain. */
  public static boolean isRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DuplicateKeyException || t instanceof PessimisticLockingFailureException
          || t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException
          || t instanceof NullValueException || t instanceof SQLIntegrityConstraintViolationException
          || t instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        int code = sql.getErrorCode();
        // 23xxx integrity (duplicate key), 40001 serialization/deadlock, MySQL 1205 lock wait, 1213 deadlock
        if (state != null && (state.startsWith("23") || state.equals("40001")) || code == 1205 || code == 1213) {
          return true;
        }
      }
    }
    return false;
  }

  /** The values the task's form opens with. */
  public Map<String, Object> currentValues(WorkItem task) {
    TaskFormHandler handler = handlers.get(formOf(task).id());
    return handler == null ? Map.of() : handler.currentValues(task);
  }
}
