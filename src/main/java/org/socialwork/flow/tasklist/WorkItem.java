package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;

/**
 * An open task as the tasklist shows it: the engine's task joined to the case it works on.
 * Read through {@link InboxMapper}, never loaded outside the reader's scope.
 */
public record WorkItem(String id, String name, String taskKey, String processInstanceId,
                       String processDefinitionId, String processKey,
                       String assignee, LocalDateTime created, LocalDateTime due, Long caseId, String caseNo,
                       String stationCode, String clientName) {

  public boolean overdueAt(LocalDateTime now) {
    return due != null && due.isBefore(now);
  }
}
