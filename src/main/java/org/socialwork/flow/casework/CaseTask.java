package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** An open engine task of one of a case's processes, with who holds it (the case page's open tasks). */
public record CaseTask(String id, String name, String taskKey, String assignee, LocalDateTime created,
                       LocalDateTime due, String processKey) {
}
