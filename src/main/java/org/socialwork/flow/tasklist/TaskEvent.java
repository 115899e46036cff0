package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Published (a Spring application event, synchronously, inside the engine's transaction) by the task projection
 * whenever an open user task's row changes, so other modules (notifications, say) can react without an engine
 * listener of their own. Listeners that send anything outside the database should wait for the commit
 * ({@code @TransactionalEventListener}).
 *
 * @param type            what happened
 * @param taskId          the engine's task id
 * @param processKey      the process definition key
 * @param taskKey         the task definition key (BPMN id)
 * @param taskName        the task's name as the model gives it
 * @param subject         what the task is about (kind, number, label, station, link)
 * @param assignee        the assignee after the change, {@code null} when unassigned
 * @param candidateGroups the candidate groups after the change
 * @param candidateUsers  the candidate users after the change
 * @param due             the due date, {@code null} when none
 */
public record TaskEvent(Type type, String taskId, String processKey, String taskKey, String taskName,
                        TaskSubject subject, String assignee, List<String> candidateGroups,
                        List<String> candidateUsers, LocalDateTime due) {

  public enum Type { CREATED, ASSIGNED, CANDIDATES_CHANGED, DUE_CHANGED, ESCALATED, COMPLETED, DELETED }
}
