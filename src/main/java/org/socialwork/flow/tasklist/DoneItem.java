package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;

/** A task the user completed, for the "done" tab. */
public record DoneItem(String id, String name, String caseNo, String clientName, LocalDateTime ended) {
}
