package org.socialwork.flow.linkage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of the donation ledger: money (amount in yuan) or goods (what, how many, of which unit, an estimated
 * value when known) from a resource library entry, for a station, to a purpose (and a linkage subject when it went to
 * one), with its voucher. A reversing entry ({@code reversesId}) carries the negated amount and quantity and a reason.
 */
record Donation(Long id, Long resourceId, String donorName, String kind, BigDecimal amount, String goods,
                BigDecimal quantity, String unit, LocalDate donatedOn, String stationCode, String purpose,
                Long linkageId, String voucher, Long reversesId, String reason, String recordedBy,
                LocalDateTime recordedAt) {

  static final String MONEY = "MONEY";
  static final String GOODS = "GOODS";

  /** The entry that undoes this one, dated as this one so that the period it counted in is corrected. */
  Donation reversal(String why, String by, LocalDateTime at) {
    return new Donation(null, resourceId, donorName, kind, amount == null ? null : amount.negate(), goods,
        quantity == null ? null : quantity.negate(), unit, donatedOn, stationCode, purpose, linkageId, voucher, id,
        why, by, at);
  }

  boolean isReversal() {
    return reversesId != null;
  }
}
