package org.socialwork.flow.tasklist;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the open tasks of one capability's processes are about, for the task projection ({@code task_item}) that
 * the inbox, the task page, {@code /api/tasks}, escalation and task counts read. Each capability publishes one
 * (a Spring bean) for the process keys it owns; it is the only thing a capability tells the tasklist about its
 * tasks. The projection's engine listener calls it inside the engine's transaction when a task is created and
 * when the projection is back-filled or refreshed, so it must be a few indexed reads at most.
 */
public interface SubjectDescriber {

  /** The process definition keys whose tasks this describer explains (e.g. {@code care-visit}). */
  Set<String> processKeys();

  /** What the task is about; empty when the describer cannot tell (the task is then listed by its business key). */
  Optional<TaskSubject> describe(TaskFacts task);

  /**
   * What the projection knows of a task when it asks: its process and task keys, the process instance's business
   * key and the task's process variables (ids and routing flags, e.g. {@code stationCode}, {@code caseId}).
   */
  record TaskFacts(String processKey, String taskKey, String businessKey, Function<String, Object> variable) {
  }
}
