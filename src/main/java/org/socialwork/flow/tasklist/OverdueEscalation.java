package org.socialwork.flow.tasklist;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import java.util.List;
import org.camunda.bpm.engine.exception.NullValueException;
import org.socialwork.flow.organization.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates tasks of every process that stay overdue for {@code socialwork.escalation.after} (default 2 days past
 * their due date): a station's task goes to that station's supervisors ({@link Role#SUPERVISOR}), a district task
 * (no station) to the leading group ({@link Role#LEADER}); they become candidates of the task and see it under
 * 逾期升级. Reads the projection on idx_task_item_escalated (escalated_to IS NULL, due_sort range); the conditional
 * UPDATE of the row ({@code escalated_to IS NULL}) makes it happen once, however many nodes run the check.
 */
@Component
public class OverdueEscalation {

  private static final Logger log = LoggerFactory.getLogger(OverdueEscalation.class);
  private static final int BATCH = 200;

  private final TaskItemMapper items;
  private final TaskService tasks;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration after;
  private final ApplicationEventPublisher events;

  public OverdueEscalation(TaskItemMapper items, TaskService tasks, TransactionTemplate tx, Clock clock,
                           @Value("${socialwork.escalation.after:P2D}") Duration after,
                           ApplicationEventPublisher events) {
    this.items = items;
    this.tasks = tasks;
    this.tx = tx;
    this.clock = clock;
    this.after = after;
    this.events = events;
  }

  @Scheduled(fixedDelayString = "${socialwork.escalation.check-every:PT15M}",
      initialDelayString = "${socialwork.escalation.check-every:PT15M}")
  public void run() {
    int escalated = escalate();
    if (escalated > 0) {
      log.info("Escalated {} overdue tasks", escalated);
    }
  }

  /** The group an overdue task goes to. */
  static String groupFor(WorkItem task) {
    return task.stationCode() == null ? Role.LEADER.group(null) : Role.SUPERVISOR.group(task.stationCode());
  }

  /** Escalates what is due now; returns how many tasks this call escalated. */
  public int escalate() {
    LocalDateTime now = LocalDateTime.now(clock);
    int count = 0;
    List<WorkItem> due;
    int inBatch;
    do {
      inBatch = 0;
      due = items.findOverdueUnescalated(now.minus(after), BATCH);
      for (WorkItem task : due) {
        String group = groupFor(task);
        Boolean done = tx.execute(status -> {
          if (items.markEscalated(task.id(), group, now) == 0) {
            return false; // another node did it
          }
          try {
            tasks.addCandidateGroup(task.id(), group);
          } catch (NullValueException ended) {
            status.setRollbackOnly();
            return false;
          }
          events.publishEvent(new TaskEvent(TaskEvent.Type.ESCALATED, task.id(), task.processKey(), task.taskKey(),
              task.name(), new TaskSubject(task.kind(), task.caseNo(), task.clientName(), task.stationCode(),
              task.link(), task.caseId()), task.assignee(), List.of(group), List.of(), task.due()));
          return true;
        });
        if (Boolean.TRUE.equals(done)) {
          count++;
          inBatch++;
        }
      }
    } while (due.size() == BATCH && inBatch > 0);
    return count;
  }
}
