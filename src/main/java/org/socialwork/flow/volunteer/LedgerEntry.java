package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One line of the hours or the points ledger (amount: hours or points, negative for reversals and redemptions). */
public record LedgerEntry(Long id, BigDecimal amount, String source, Long activityId, String activityNo, Long reversesId,
                   String reason, String recordedBy, LocalDateTime recordedAt) {

  static final String ACTIVITY = "ACTIVITY";
  static final String CORRECTION = "CORRECTION";
  static final String REDEMPTION = "REDEMPTION";
  static final String REFERRAL = "REFERRAL";
}
