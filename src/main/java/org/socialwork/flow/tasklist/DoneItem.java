package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;

/**
 * A task the user completed, for the "done" tab: {@code caseNo} is the number of what it worked on (a case, a
 * supervision pair, a meeting, an inspection), {@code link} that record's page when there is one to show.
 */
public record DoneItem(String id, String name, String caseNo, String clientName, LocalDateTime ended, String link,
                       String processKey, String taskKey) {
}
