package org.socialwork.flow.audit;

import java.time.LocalDateTime;

/** One row of the audit log: who did what to which subject through which channel. */
public record AuditEntry(long id, LocalDateTime at, String username, String action, String subject, String channel) {
}
