package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an activity's confirmed hours are credited (rows of {@code volunteer_points_rule}, default: 1 hour = 1 point,
 * at most 2 hours of an activity earn points, +2 for referring a new volunteer).
 *
 * @param hoursCap       most hours one activity credits to the hours ledger, null: only the activity's duration
 * @param pointsHoursCap most hours of one activity that earn points, null: all of them
 */
record PointsRule(String code, String name, BigDecimal pointsPerHour, BigDecimal hoursCap, BigDecimal pointsHoursCap,
                  BigDecimal referralPoints) {

  /** The hours credited for what the organiser confirmed: never negative, never over the duration or the cap. */
  BigDecimal creditedHours(BigDecimal confirmed, BigDecimal duration) {
    BigDecimal h = confirmed.max(BigDecimal.ZERO).min(duration);
    if (hoursCap != null) {
      h = h.min(hoursCap);
    }
    return h.setScale(2, RoundingMode.DOWN);
  }

  /** The points of an activity's credited hours. */
  BigDecimal points(BigDecimal hours) {
    BigDecimal counted = pointsHoursCap == null ? hours : hours.min(pointsHoursCap);
    return counted.multiply(pointsPerHour).setScale(2, RoundingMode.DOWN);
  }
}
