package org.socialwork.flow.supervision;

import java.time.LocalDateTime;

/** A supervisee of a session with their reflection (反思), once written. */
public record Supervisee(Long sessionId, String username, String fullName, String reflection,
                         LocalDateTime reflectedAt) {
}
