package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.socialwork.flow.system.ParseListeners;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one writer of the task projection ({@code task_item}, {@code task_item_candidate}, {@code task_done}): an
 * engine plugin whose parse listener adds this task listener to every user task of every process for create,
 * assignment, update, complete and delete. It runs inside the engine's command, so the row commits or rolls back
 * with the task. Camunda 7.24 fires {@code update} for property changes through the API (due date, name) and for
 * candidate changes (AddIdentityLinkCmd / DeleteIdentityLinkCmd call triggerUpdateEvent); the candidates are read from
 * the task's identity links minus those deleted in the current command. What a task is about comes from the
 * capability's {@link SubjectDescriber}, asked once when the row is written. Each change is published as a
 * {@link TaskEvent}; the start-up back-fill ({@link TaskProjectionBackfill}) writes rows without publishing.
 */
@Component
public class TaskProjection extends AbstractProcessEnginePlugin implements TaskListener {

  private static final List<String> EVENTS = List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE,
      EVENTNAME_COMPLETE, EVENTNAME_DELETE);

  private final TaskItemMapper items;
  private final ObjectProvider<SubjectDescriber> describers;
  private final ApplicationEventPublisher events;
  private volatile Map<String, SubjectDescriber> byProcess;

  TaskProjection(@Lazy TaskItemMapper items, ObjectProvider<SubjectDescriber> describers,
                 ApplicationEventPublisher events) {
    this.items = items;
    this.describers = describers;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener self = this;
    ParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          EVENTS.forEach(event -> behavior.getTaskDefinition().addTaskListener(event, self));
        }
      }
    });
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_COMPLETE -> remove(task, true);
      case EVENTNAME_DELETE -> remove(task, false);
      default -> sync(task, true);
    }
  }

  /**
   * Writes the task's row as it stands now: a new row (describer asked) or only what changed. {@code publish}:
   * false for the back-fill, which must not announce old tasks as created.
   */
  void sync(DelegateTask task, boolean publish) {
    if (task.getProcessDefinitionId() == null) {
      return; // a task outside any process: not shown by this application
    }
    List<TaskItemRow.Candidate> candidates = candidatesOf(task);
    LocalDateTime due = time(task.getDueDate());
    Map<String, Written> written = writtenInThisTransaction();
    Written known = written.get(task.getId());
    Optional<TaskItemRow> existing = known != null ? Optional.of(known.row()) : items.findRow(task.getId());
    if (existing.isEmpty()) {
      TaskItemRow row = newRow(task, due);
      items.insertRow(row);
      candidates.forEach(c -> items.insertCandidate(row.taskId(), c, row));
      written.put(row.taskId(), new Written(row, candidates));
      if (publish) {
        publish(TaskEvent.Type.CREATED, row, candidates);
      }
      return;
    }
    TaskItemRow row = existing.get();
    if (!equal(row.assignee(), task.getAssignee())) {
      items.updateAssignee(row.taskId(), task.getAssignee());
      items.updateCandidatesAssignee(row.taskId(), task.getAssignee());
      row = with(row, task.getAssignee(), row.due());
      publish(TaskEvent.Type.ASSIGNED, row, candidates);
    }
    if (!equal(row.due(), due)) {
      items.updateDue(row.taskId(), due, TaskItemRow.dueSort(due));
      items.updateCandidatesDue(row.taskId(), TaskItemRow.dueSort(due));
      row = with(row, row.assignee(), due);
      publish(TaskEvent.Type.DUE_CHANGED, row, candidates);
    }
    boolean renamed = task.getName() != null && !task.getName().equals(row.name());
    if (renamed) {
      items.updateName(row.taskId(), task.getName());
    }
    List<TaskItemRow.Candidate> stored = known != null ? known.candidates() : items.findCandidates(row.taskId());
    if (!stored.equals(candidates)) {
      items.deleteCandidates(row.taskId());
      TaskItemRow current = row;
      candidates.forEach(c -> items.insertCandidate(current.taskId(), c, current));
      publish(TaskEvent.Type.CANDIDATES_CHANGED, row, candidates);
    }
    if (renamed) {
      written.remove(row.taskId());  // read again if asked once more: the kept row has the old name
    } else {
      written.put(row.taskId(), new Written(row, candidates));
    }
  }

  /** A task's row and candidates as this transaction wrote or read them. */
  private record Written(TaskItemRow row, List<TaskItemRow.Candidate> candidates) { }

  /**
   * The rows this transaction has written, so that the engine's second and third event on one task in one command
   * (created, then assigned, then updated) do not read back what was just written: two queries less per new task.
   * Outside a Spring transaction (none in this application, but the engine could run without one) nothing is kept.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Written> writtenInThisTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new HashMap<>();
    }
    Object key = this;
    Map<String, Written> map = (Map<String, Written>) TransactionSynchronizationManager.getResource(key);
    if (map == null) {
      Map<String, Written> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(key, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
      map = fresh;
    }
    return map;
  }

  private void remove(DelegateTask task, boolean completed) {
    writtenInThisTransaction().remove(task.getId());
    Optional<TaskItemRow> row = items.findRow(task.getId());
    items.deleteCandidates(task.getId());
    items.deleteDraftsOf(task.getId());
    int deleted = items.deleteRow(task.getId());
    if (row.isEmpty() || deleted == 0) {
      return; // the delete event after completion, or a task this projection never saw
    }
    if (completed && task.getAssignee() != null) {
      items.insertDone(row.get(), task.getAssignee(), LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }
    publish(completed ? TaskEvent.Type.COMPLETED : TaskEvent.Type.DELETED, with(row.get(), task.getAssignee(),
        row.get().due()), List.of());
  }

  private TaskItemRow newRow(DelegateTask task, LocalDateTime due) {
    String processKey = task instanceof TaskEntity entity && entity.getProcessDefinition() != null
        ? entity.getProcessDefinition().getKey() : task.getProcessDefinitionId().split(":")[0];
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    SubjectDescriber.TaskFacts facts = new SubjectDescriber.TaskFacts(processKey, task.getTaskDefinitionKey(),
        businessKey, task::getVariable);
    SubjectDescriber describer = describers().get(processKey);
    TaskSubject subject = Optional.ofNullable(describer).flatMap(d -> d.describe(facts))
        .orElseGet(() -> new TaskSubject("process", businessKey, null,
            task.getVariable("stationCode") instanceof String s ? s : null, null));
    LocalDateTime created = Optional.ofNullable(time(task.getCreateTime()))
        .orElse(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    return new TaskItemRow(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(),
        task.getProcessInstanceId(), task.getProcessDefinitionId(), subject.kind(),
        subject.subjectKey() != null ? subject.subjectKey() : businessKey, subject.subjectId(), subject.label(),
        subject.stationCode(), subject.link(), task.getAssignee(), created, due, TaskItemRow.dueSort(due));
  }

  /** The task's candidates: its identity links of type candidate, minus those deleted in the running command. */
  static List<TaskItemRow.Candidate> candidatesOf(DelegateTask task) {
    List<TaskItemRow.Candidate> out = new ArrayList<>();
    if (task instanceof TaskEntity entity) {
      CommandContext ctx = Context.getCommandContext();
      for (IdentityLinkEntity link : entity.getIdentityLinks()) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())
            || (ctx != null && ctx.getDbEntityManager().getDbEntityCache().isDeleted(link))) {
          continue;
        }
        TaskItemRow.Candidate c = link.getGroupId() != null
            ? new TaskItemRow.Candidate("G", link.getGroupId()) : new TaskItemRow.Candidate("U", link.getUserId());
        if (c.candidate() != null && !out.contains(c)) {
          out.add(c);
        }
      }
    } else {
      task.getCandidates().forEach(l -> out.add(l.getGroupId() != null
          ? new TaskItemRow.Candidate("G", l.getGroupId()) : new TaskItemRow.Candidate("U", l.getUserId())));
    }
    out.sort(java.util.Comparator.comparing(TaskItemRow.Candidate::type)
        .thenComparing(TaskItemRow.Candidate::candidate));
    return out;
  }

  private void publish(TaskEvent.Type type, TaskItemRow row, List<TaskItemRow.Candidate> candidates) {
    events.publishEvent(new TaskEvent(type, row.taskId(), row.processKey(), row.taskKey(), row.name(),
        new TaskSubject(row.subjectKind(), row.businessKey(), row.label(), row.stationCode(), row.link(),
            row.subjectId()),
        row.assignee(),
        candidates.stream().filter(c -> c.type().equals("G")).map(TaskItemRow.Candidate::candidate).toList(),
        candidates.stream().filter(c -> c.type().equals("U")).map(TaskItemRow.Candidate::candidate).toList(),
        row.due()));
  }

  private Map<String, SubjectDescriber> describers() {
    Map<String, SubjectDescriber> map = byProcess;
    if (map == null) {
      map = new HashMap<>();
      for (SubjectDescriber d : describers.orderedStream().toList()) {
        for (String key : d.processKeys()) {
          map.putIfAbsent(key, d);
        }
      }
      byProcess = map;
    }
    return map;
  }

  private static TaskItemRow with(TaskItemRow r, String assignee, LocalDateTime due) {
    return new TaskItemRow(r.taskId(), r.name(), r.processKey(), r.taskKey(), r.processInstanceId(),
        r.processDefinitionId(), r.subjectKind(), r.businessKey(), r.subjectId(), r.label(), r.stationCode(),
        r.link(), assignee, r.created(), due, TaskItemRow.dueSort(due));
  }

  /** Engine dates in the JVM's zone, whole seconds (the MySQL schema keeps no fractions). */
  static LocalDateTime time(Date date) {
    return date == null ? null
        : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS);
  }

  private static boolean equal(Object a, Object b) {
    return a == null ? b == null : a.equals(b);
  }
}
