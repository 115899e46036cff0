package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;

/** One row of {@code task_item} as {@link TaskProjection} writes it. */
public record TaskItemRow(String taskId, String name, String processKey, String taskKey, String processInstanceId,
                          String processDefinitionId, String subjectKind, String businessKey, Long subjectId,
                          String label, String stationCode, String link, String assignee, LocalDateTime created,
                          LocalDateTime due, LocalDateTime dueSort) {

  /** Tasks without a due date sort after every dated task. */
  public static final LocalDateTime NO_DUE = LocalDateTime.of(9999, 12, 31, 0, 0);

  public static LocalDateTime dueSort(LocalDateTime due) {
    return due == null ? NO_DUE : due;
  }

  /** A candidate: type {@code G} (group) or {@code U} (user). */
  public record Candidate(String type, String candidate) {
  }
}
