package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One volunteer's place on an activity's roster (or its waiting list). */
record Signup(Long id, Long activityId, Long volunteerId, String volunteerNo, String fullName, String status,
              boolean walkIn, String signedUpBy, LocalDateTime signedUpAt, LocalDateTime cancelledAt,
              LocalDateTime promotedAt, LocalDateTime checkInAt, LocalDateTime checkOutAt, BigDecimal hours,
              Integer rating) {

  static final String CONFIRMED = "CONFIRMED";
  static final String WAITLISTED = "WAITLISTED";
  static final String CANCELLED = "CANCELLED";

  boolean active() {
    return !CANCELLED.equals(status);
  }
}
