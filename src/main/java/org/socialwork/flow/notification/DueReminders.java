package org.socialwork.flow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notices no task change announces: my task overdue (checked every {@code socialwork.notification.overdue-every},
 * for tasks that fell due within {@code socialwork.notification.overdue-window}) and the daily digest of my tasks due
 * today ({@code socialwork.notification.daily-digest-cron}, 07:00). Both read the engine's open tasks by due date; the
 * notice's key ({@code overdue:<task>}, {@code due-today:<date>}) makes each once per person, on any number of nodes.
 */
@Component
class DueReminders {

  private static final Logger log = LoggerFactory.getLogger(DueReminders.class);
  private static final int PAGE = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final NotificationCentre centre;
  private final Clock clock;
  private final Duration window;
  private final NotificationMapper mapper;

  DueReminders(TaskService tasks, RuntimeService runtime, NotificationCentre centre, Clock clock,
               @Value("${socialwork.notification.overdue-window:P7D}") Duration window, NotificationMapper mapper) {
    this.mapper = mapper;
    this.tasks = tasks;
    this.runtime = runtime;
    this.centre = centre;
    this.clock = clock;
    this.window = window;
  }

  @Scheduled(fixedDelayString = "${socialwork.notification.overdue-every:PT15M}",
      initialDelayString = "${socialwork.notification.overdue-every:PT15M}")
  void checkOverdue() {
    int n = overdue();
    if (n > 0) {
      log.info("Told {} people of overdue tasks", n);
    }
  }

  @Scheduled(cron = "${socialwork.notification.daily-digest-cron:0 0 7 * * *}")
  void dailyDigest() {
    int n = dueToday(LocalDate.now(clock));
    if (n > 0) {
      log.info("Daily digest for {} people", n);
    }
  }

  /** Tells each assignee of a task overdue now (due within the window) once; returns the notices written. */
  int overdue() {
    LocalDateTime now = LocalDateTime.now(clock);
    int written = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> page = tasks.createTaskQuery().taskAssigned().dueAfter(date(now.minus(window)))
          .dueBefore(date(now)).orderByDueDate().asc().orderByTaskId().asc().listPage(first, PAGE);
      Map<String, String> keys = businessKeys(page);
      for (Task t : page) {
        String key = "overdue:" + t.getId();
        if (mapper.exists(t.getAssignee(), key)) {
          continue;
        }
        // the label as the projection described the task when it was created or assigned, else its number
        String subject = mapper.findSubjectOfTask(t.getId()).orElse(keys.get(t.getProcessInstanceId()));
        if (centre.notify(t.getAssignee(), NotificationKind.OVERDUE, key, t.getId(), t.getName(), subject,
            "/tasks/" + t.getId(), 0)) {
          written++;
        }
      }
      if (page.size() < PAGE) {
        return written;
      }
    }
  }

  /** The day's digest: one notice per person with tasks due that day (their count); returns the notices written. */
  int dueToday(LocalDate day) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Task t : dueOn(day, null)) {
      counts.merge(t.getAssignee(), 1, Integer::sum);
    }
    int written = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (centre.notify(e.getKey(), NotificationKind.DUE_TODAY, "due-today:" + day, null, null, day.toString(),
          "/tasks?tab=mine", e.getValue())) {
        written++;
      }
    }
    return written;
  }

  /** The open tasks due that day, of one assignee or (null) of all, by due time. */
  List<Task> dueOn(LocalDate day, String assignee) {
    LocalDateTime from = day.atStartOfDay();
    var query = tasks.createTaskQuery().taskAssigned().dueAfter(date(from.minusSeconds(1)))
        .dueBefore(date(from.plusDays(1)));
    if (assignee != null) {
      query = query.taskAssignee(assignee);
    }
    query = query.orderByDueDate().asc().orderByTaskId().asc();
    List<Task> out = new java.util.ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Task> page = query.listPage(first, PAGE);
      out.addAll(page);
      if (page.size() < PAGE) {
        return out;
      }
    }
  }

  Map<String, String> businessKeys(List<Task> page) {
    Set<String> ids = page.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    Map<String, String> keys = new HashMap<>();
    if (!ids.isEmpty()) {
      for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
        keys.put(p.getId(), p.getBusinessKey());
      }
    }
    return keys;
  }

  private static Date date(LocalDateTime t) {
    return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
  }
}
