package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;

/**
 * An open task as the tasklist shows it, read from the task projection ({@code task_item}) through
 * {@link TaskItemMapper}, never outside the reader's scope. {@code caseNo} is the subject's number (the business
 * key: case no., pair no., meeting month, inspection no.), {@code clientName} the subject's label, {@code caseId}
 * the case id for case tasks (null for other kinds), {@code kind} the subject kind, {@code link} its page.
 */
public record WorkItem(String id, String name, String taskKey, String processInstanceId,
                       String processDefinitionId, String processKey,
                       String assignee, LocalDateTime created, LocalDateTime due, Long caseId, String caseNo,
                       String stationCode, String clientName, String kind, String link, String escalatedTo) {

  public boolean overdueAt(LocalDateTime now) {
    return due != null && due.isBefore(now);
  }
}
