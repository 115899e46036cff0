package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A volunteer service certificate (志愿服务证明): requested for a period, then issued (its hours, activities, issuer,
 * person in charge and handler frozen), rejected, or, once issued, revoked.
 */
public record Certificate(Long id, String certNo, Long volunteerId, String stationCode, LocalDate periodFrom,
                   LocalDate periodTo, String purpose, String status, BigDecimal hours, Integer activityCount,
                   String stationName, String personInCharge, String handlerName, String requestedBy,
                   LocalDateTime requestedAt, String decidedBy, LocalDateTime decidedAt, String decisionNote,
                   String revokedBy, LocalDateTime revokedAt) {

  static final String REQUESTED = "REQUESTED";
  static final String ISSUED = "ISSUED";
  static final String REJECTED = "REJECTED";
  static final String REVOKED = "REVOKED";

  /** One line of an issued certificate's content: an activity of the period, or (activityNo null) other entries. */
  public record Line(int lineNo, String activityNo, String title, LocalDate heldOn, BigDecimal hours) {
  }
}
