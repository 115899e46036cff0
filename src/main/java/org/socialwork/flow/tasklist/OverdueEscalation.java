package org.socialwork.flow.tasklist;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates tasks that stay overdue for {@code socialwork.escalation.after} (default 2 days past their due date):
 * the station's supervisors become candidates of the task and see it under 逾期升级. One row per task in
 * {@code task_escalation} makes it happen once, however many nodes run the check.
 */
@Component
public class OverdueEscalation {

  private static final Logger log = LoggerFactory.getLogger(OverdueEscalation.class);
  private static final int BATCH = 200;

  private final InboxMapper inbox;
  private final TaskService tasks;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration after;

  public OverdueEscalation(InboxMapper inbox, TaskService tasks, TransactionTemplate tx, Clock clock,
                           @Value("${socialwork.escalation.after:P2D}") Duration after) {
    this.inbox = inbox;
    this.tasks = tasks;
    this.tx = tx;
    this.clock = clock;
    this.after = after;
  }

  @Scheduled(fixedDelayString = "${socialwork.escalation.check-every:PT15M}",
      initialDelayString = "${socialwork.escalation.check-every:PT15M}")
  public void run() {
    int escalated = escalate();
    if (escalated > 0) {
      log.info("Escalated {} overdue tasks to their stations' supervisors", escalated);
    }
  }

  /** Escalates what is due now; returns how many tasks this call escalated. */
  public int escalate() {
    LocalDateTime now = LocalDateTime.now(clock);
    int count = 0;
    for (WorkItem task : inbox.findOverdueUnescalated(now.minus(after), BATCH)) {
      String group = "station-" + task.stationCode() + "-supervisor";
      Boolean done = tx.execute(status -> {
        try {
          inbox.insertEscalation(task.id(), task.caseId(), group, now);
        } catch (DuplicateKeyException anotherNode) {
          return false;
        }
        tasks.addCandidateGroup(task.id(), group);
        return true;
      });
      if (Boolean.TRUE.equals(done)) {
        count++;
      }
    }
    return count;
  }
}
