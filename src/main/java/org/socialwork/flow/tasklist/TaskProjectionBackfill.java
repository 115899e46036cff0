package org.socialwork.flow.tasklist;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, makes the projection match the engine: open tasks without a row get one (the same code as the
 * listener, {@link TaskProjection#sync}, inside an engine command), rows of tasks that ended go, old
 * {@code task_escalation} rows are carried into the rows, and the engine's history of completed tasks is copied to
 * {@code task_done} once (when it is empty). It publishes NO {@link TaskEvent}: tasks that existed before are not
 * announced as created, so a notification module does not tell everyone about old work.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskProjectionBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskProjectionBackfill.class);
  private static final int BATCH = 500;

  private final TaskItemMapper items;
  private final TaskProjection projection;
  private final ProcessEngine engine;
  private final TransactionTemplate tx;

  TaskProjectionBackfill(TaskItemMapper items, TaskProjection projection, ProcessEngine engine,
                         TransactionTemplate tx) {
    this.items = items;
    this.projection = projection;
    this.engine = engine;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    int written = backfill();
    if (written > 0) {
      log.info("Task projection: back-filled {} open tasks", written);
    }
  }

  /** Returns how many open tasks got a row. */
  int backfill() {
    tx.executeWithoutResult(s -> {
      items.deleteRowsOfEndedTasks();
      items.deleteCandidatesOfEndedTasks();
    });
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    int written = 0;
    List<String> ids;
    java.util.Set<String> failed = new java.util.HashSet<>();
    while (!(ids = items.findOpenTaskIdsWithoutRow(BATCH + failed.size())).isEmpty()) {
      int before = written;
      for (String id : ids) {
        if (failed.contains(id)) {
          continue;
        }
        try {
          Boolean done = config.getCommandExecutorTxRequired().execute(ctx -> {
            TaskEntity task = ctx.getTaskManager().findTaskById(id);
            if (task == null) {
              return false;
            }
            projection.sync(task, false);
            return true;
          });
          if (Boolean.TRUE.equals(done)) {
            written++;
          } else {
            failed.add(id);
          }
        } catch (DuplicateKeyException writtenMeanwhile) {
          // the listener wrote it in the meantime
        } catch (RuntimeException e) {
          log.warn("Task projection: task {} could not be back-filled: {}", id, e.toString());
          failed.add(id);
        }
      }
      if (written == before && failed.containsAll(ids)) {
        break;
      }
    }
    tx.executeWithoutResult(s -> {
      items.carryOldEscalations();
      if (items.countAllDone() == 0) {
        items.copyDoneFromHistory();
      }
    });
    return written;
  }
}
