package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** 转介: the organisation a request was referred to, and why. */
public record Referral(Long caseId, String receivingOrg, String reason, String referredBy, LocalDateTime referredAt) {
}
