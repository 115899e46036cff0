package org.socialwork.flow.venture;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Working days (工作日) for the posting period and payment deadlines: Monday to Friday. Public holidays and the
 * working weekends that make up for them are set by the State Council each year and are not modelled.
 */
public final class WorkingDays {

  private WorkingDays() {
  }

  public static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The day {@code days} working days after {@code from} (which itself does not count). */
  public static LocalDate plus(LocalDate from, int days) {
    LocalDate d = from;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * When a period of {@code days} working days that starts at {@code start} ends: at the end of the last working
   * day (midnight after it). A posting published on Friday with 5 days ends at the end of the next Friday.
   */
  public static LocalDateTime periodEnd(LocalDateTime start, int days) {
    return plus(start.toLocalDate(), days).plusDays(1).atStartOfDay();
  }
}
