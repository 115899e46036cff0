package org.socialwork.flow.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialwork.flow.tasklist.TaskEvent;
import org.socialwork.flow.tasklist.TaskSubject;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns the task projection's {@link TaskEvent}s into notifications: a task assigned to me, a task offered to my
 * group (unassigned; the people holding the group's role at its station), an escalation to my group, my submitted
 * work returned to me.
 *
 * <p>The rows are written in the engine's own transaction, just before it commits: a notification exists exactly when
 * the task change it tells of committed (nothing for a rolled-back completion, nothing lost between a commit and a
 * listener after it), and mail goes out later from the rows (the outbox, {@link MailDispatch}), never from inside a
 * transaction. The events of one transaction are looked at together, so an escalation (which adds the supervisors
 * as candidates and then announces the escalation) is told as an escalation, not also as an offer, and a task
 * created and assigned at once is told as assigned. A failure here is logged and never fails the task change.
 */
@Component
class TaskNotifications {

  private static final Logger log = LoggerFactory.getLogger(TaskNotifications.class);

  private final NotificationCentre centre;
  private final GroupMembers members;
  private final HistoryService history;
  private final NotificationMapper mapper;

  TaskNotifications(NotificationCentre centre, GroupMembers members, HistoryService history,
                    NotificationMapper mapper) {
    this.centre = centre;
    this.members = members;
    this.history = history;
    this.mapper = mapper;
  }

  /** One event with what is known only when it happens: who did it and whether it brings work back. */
  record Seen(TaskEvent event, String actor, boolean returned) {
  }

  @EventListener
  void on(TaskEvent event) {
    try {
      Batch batch = currentBatch();
      String actor = actor();
      boolean returned = batch != null && isReturn(event, actor, batch.seen);
      Seen seen = new Seen(event, actor, returned);
      if (batch == null) {
        handle(List.of(seen));
      } else {
        batch.seen.add(seen);
      }
    } catch (RuntimeException e) {
      log.warn("Notification of {} {} not written: {}", event.type(), event.taskId(), e.toString());
    }
  }

  /**
   * Work comes back when a task is created for (or given to) a person in a transaction in which someone else (the
   * one acting, an approver) completed a task of the same subject, and that person completed this very task (same
   * task key, same subject) before: the approval went back to the one who submitted it.
   */
  private boolean isReturn(TaskEvent event, String actor, List<Seen> before) {
    if (event.assignee() == null || event.subject() == null || event.subject().subjectKey() == null
        || event.assignee().equals(actor)
        || (event.type() != TaskEvent.Type.CREATED && event.type() != TaskEvent.Type.ASSIGNED)) {
      return false;
    }
    boolean completedByAnother = before.stream().map(Seen::event)
        .anyMatch(e -> e.type() == TaskEvent.Type.COMPLETED && !event.assignee().equals(e.assignee())
            && e.subject() != null && event.subject().subjectKey().equals(e.subject().subjectKey()));
    return completedByAnother && history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(event.subject().subjectKey()).taskDefinitionKey(event.taskKey())
        .taskAssignee(event.assignee()).finished().count() > 0;
  }

  void handle(List<Seen> all) {
    Map<String, String> finalAssignee = new HashMap<>();
    Set<String> ended = new HashSet<>();
    Map<String, Set<String>> escalatedTo = new HashMap<>();
    for (Seen s : all) {
      TaskEvent e = s.event();
      finalAssignee.put(e.taskId(), e.assignee());
      if (e.type() == TaskEvent.Type.COMPLETED || e.type() == TaskEvent.Type.DELETED) {
        ended.add(e.taskId());
      }
      if (e.type() == TaskEvent.Type.ESCALATED) {
        escalatedTo.computeIfAbsent(e.taskId(), k -> new LinkedHashSet<>()).addAll(members.of(e.candidateGroups()));
      }
    }
    for (Seen s : all) {
      TaskEvent e = s.event();
      switch (e.type()) {
        case CREATED, ASSIGNED, CANDIDATES_CHANGED -> {
          if (ended.contains(e.taskId())) {
            continue;
          }
          if (e.assignee() != null) {
            mapper.dropPendingOffers(e.taskId());
            if (e.type() != TaskEvent.Type.CANDIDATES_CHANGED && e.assignee().equals(finalAssignee.get(e.taskId()))
                && !e.assignee().equals(s.actor())) {
              NotificationKind kind = s.returned() ? NotificationKind.RETURNED : NotificationKind.ASSIGNED;
              centre.notify(e.assignee(), kind, kind.name().toLowerCase() + ":" + e.taskId(), e.taskId(),
                  e.taskName(), subjectText(e.subject()), "/tasks/" + e.taskId(), 0);
            }
          } else if (finalAssignee.get(e.taskId()) == null) {
            Set<String> offered = new LinkedHashSet<>(members.of(e.candidateGroups()));
            offered.addAll(e.candidateUsers());
            offered.removeAll(escalatedTo.getOrDefault(e.taskId(), Set.of()));
            offered.remove(s.actor());
            for (String person : offered) {
              centre.notify(person, NotificationKind.OFFERED, "offered:" + e.taskId(), e.taskId(), e.taskName(),
                  subjectText(e.subject()), "/tasks/" + e.taskId(), 0);
            }
          }
        }
        case ESCALATED -> {
          for (String person : members.of(e.candidateGroups())) {
            centre.notify(person, NotificationKind.ESCALATED, "escalated:" + e.taskId(), e.taskId(), e.taskName(),
                subjectText(e.subject()), "/tasks/" + e.taskId(), 0);
          }
        }
        case COMPLETED, DELETED -> mapper.dropPendingOffers(e.taskId());
        default -> { }
      }
    }
  }

  /** "王秀英 · XBHBL-2026-0001", or what there is of it. */
  static String subjectText(TaskSubject subject) {
    if (subject == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (subject.label() != null && !subject.label().isBlank()) {
      parts.add(subject.label());
    }
    if (subject.subjectKey() != null && !subject.subjectKey().isBlank()) {
      parts.add(subject.subjectKey());
    }
    return String.join(" · ", parts);
  }

  private static String actor() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null ? null : a.getName();
  }

  /** The current transaction's batch (registered with it on its first event), or null outside a transaction. */
  private Batch currentBatch() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof Batch b && b.owner == this) {
        return b;
      }
    }
    Batch batch = new Batch(this);
    TransactionSynchronizationManager.registerSynchronization(batch);
    return batch;
  }

  /** The events of one transaction, handled together just before it commits (still inside it). */
  private static final class Batch implements TransactionSynchronization, Ordered {
    private final TaskNotifications owner;
    private final List<Seen> seen = new ArrayList<>();

    Batch(TaskNotifications owner) {
      this.owner = owner;
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      try {
        owner.handle(seen);
      } catch (RuntimeException e) {
        log.warn("Notifications of {} task events not written: {}", seen.size(), e.toString());
      }
    }
  }
}
