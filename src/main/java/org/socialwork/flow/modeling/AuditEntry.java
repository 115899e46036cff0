package org.socialwork.flow.modeling;

import java.time.LocalDateTime;

/** One line of the model audit: who did what (DEPLOY, MIGRATE, DOWNLOAD) to which process version, when. */
public record AuditEntry(Long id, LocalDateTime at, String username, String action, String processKey,
                         Integer version, String subject, String channel, String detail) {
}
