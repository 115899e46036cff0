package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.socialwork.flow.system.ConflictException;

/** A volunteer activity and where it stands; it guards its own steps ({@link #require}). */
record Activity(Long id, String activityNo, String title, String content, String recipients, String place,
                String stationCode, Long teamId, String organiser, LocalDateTime startsAt, LocalDateTime endsAt,
                LocalDateTime signupDeadline, int quota, int confirmedCount, boolean insuranceRequired,
                String insuredBy, String ruleCode, String status, String processInstanceId, String checkCode,
                LocalDateTime codeExpiresAt, String reviewComment, String approvedBy, LocalDateTime approvedAt,
                String hoursConfirmedBy, LocalDateTime hoursConfirmedAt, LocalDateTime postingEndsAt,
                LocalDateTime closedAt, String proposedBy, LocalDateTime proposedAt) {

  static final String PROPOSED = "PROPOSED";
  static final String RETURNED = "RETURNED";
  static final String PUBLISHED = "PUBLISHED";
  static final String POSTING = "POSTING";
  static final String CLOSED = "CLOSED";
  static final String WITHDRAWN = "WITHDRAWN";
  /** Published, then cancelled before it started (ActivityCancellation). */
  static final String CANCELLED = "CANCELLED";

  /** 409 unless the activity is in that state (the message key names what the caller tried). */
  Activity require(String wanted, String code) {
    if (!wanted.equals(status)) {
      throw new ConflictException(code, "Activity " + activityNo + " is " + status + ", not " + wanted);
    }
    return this;
  }

  /** Whether volunteers may see it (published or later, also once cancelled: they were told and follow the link). */
  boolean visibleToVolunteers() {
    return PUBLISHED.equals(status) || POSTING.equals(status) || CLOSED.equals(status) || CANCELLED.equals(status);
  }

  /** Check-in opens this long before the start, but not before the activity's day begins. */
  LocalDateTime checkInOpens(Duration before) {
    LocalDateTime dayStarts = startsAt.toLocalDate().atStartOfDay();
    LocalDateTime opens = startsAt.minus(before);
    return opens.isBefore(dayStarts) ? dayStarts : opens;
  }

  /** Check-out closes this long after the end, but not after the activity's (last) day ends. */
  LocalDateTime checkOutCloses(Duration after) {
    LocalDateTime dayEnds = endsAt.toLocalDate().atTime(LocalTime.MAX).withNano(0);
    LocalDateTime closes = endsAt.plus(after);
    return closes.isAfter(dayEnds) ? dayEnds : closes;
  }

  /** The activity's length in hours (two decimals): no one's hours may exceed it. */
  BigDecimal durationHours() {
    return BigDecimal.valueOf(Duration.between(startsAt, endsAt).toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN);
  }

  /**
   * The time a person actually served by their check-in and check-out, within the activity's hours (arriving early or
   * staying late counts nothing; travel is not service time). Zero without both.
   */
  BigDecimal servedHours(LocalDateTime checkIn, LocalDateTime checkOut) {
    if (checkIn == null || checkOut == null) {
      return BigDecimal.ZERO;
    }
    LocalDateTime from = checkIn.isBefore(startsAt) ? startsAt : checkIn;
    LocalDateTime to = checkOut.isAfter(endsAt) ? endsAt : checkOut;
    if (!to.isAfter(from)) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(Duration.between(from, to).toMinutes()).divide(BigDecimal.valueOf(60), 2,
        RoundingMode.DOWN);
  }
}
