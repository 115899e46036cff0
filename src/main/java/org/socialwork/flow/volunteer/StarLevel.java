package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.util.List;

/** A star level and the total hours that reach it (rows of {@code volunteer_star_level}: 100/300/600/1000/1500 h). */
record StarLevel(int stars, BigDecimal minHours) {

  /** The stars reached with these total hours: the highest level whose threshold they meet, 0 below the first. */
  static int reached(List<StarLevel> levels, BigDecimal hours) {
    int stars = 0;
    for (StarLevel l : levels) {
      if (hours.compareTo(l.minHours()) >= 0 && l.stars() > stars) {
        stars = l.stars();
      }
    }
    return stars;
  }

  /** The hours of the next level above these, null at the top. */
  static BigDecimal next(List<StarLevel> levels, BigDecimal hours) {
    BigDecimal next = null;
    for (StarLevel l : levels) {
      if (hours.compareTo(l.minHours()) < 0 && (next == null || l.minHours().compareTo(next) < 0)) {
        next = l.minHours();
      }
    }
    return next;
  }
}
