package org.socialwork.flow.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.socialwork.flow.problem.InvalidParameterException;

/**
 * The period the dashboard counts "in the period" figures for: a chosen month, or the quarter or the year that
 * month falls in. {@link #from()} inclusive, {@link #to()} exclusive. Figures of a state ("open now", "overdue now")
 * do not depend on it.
 */
public record DashboardPeriod(Kind kind, YearMonth month) {

  /** How far back a month may be chosen. */
  static final YearMonth EARLIEST = YearMonth.of(2000, 1);

  public enum Kind {
    MONTH, QUARTER, YEAR
  }

  /**
   * From the request: {@code period} month (default), quarter or year; {@code month} yyyy-MM (default this month),
   * not after this month. A wrong value is a 400 naming the parameter.
   */
  public static DashboardPeriod of(String period, String month, YearMonth current) {
    Kind kind;
    try {
      kind = period == null || period.isBlank() ? Kind.MONTH : Kind.valueOf(period.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("period", "period must be month, quarter or year");
    }
    YearMonth chosen = current;
    if (month != null && !month.isBlank()) {
      if (!month.trim().matches("\\d{4}-\\d{2}")) {
        throw new InvalidParameterException("month", "month must be yyyy-MM");
      }
      try {
        chosen = YearMonth.parse(month.trim());
      } catch (java.time.format.DateTimeParseException e) {
        throw new InvalidParameterException("month", "month must be yyyy-MM");
      }
      if (chosen.isAfter(current) || chosen.isBefore(EARLIEST)) {
        throw new InvalidParameterException("month", "month must be between " + EARLIEST + " and " + current);
      }
    }
    return new DashboardPeriod(kind, chosen);
  }

  /** The first day counted. */
  public LocalDate from() {
    return switch (kind) {
      case MONTH -> month.atDay(1);
      case QUARTER -> YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1).atDay(1);
      case YEAR -> LocalDate.of(month.getYear(), 1, 1);
    };
  }

  /** The first day no longer counted. */
  public LocalDate to() {
    return switch (kind) {
      case MONTH -> from().plusMonths(1);
      case QUARTER -> from().plusMonths(3);
      case YEAR -> from().plusYears(1);
    };
  }

  /** The last day counted. */
  public LocalDate lastDay() {
    return to().minusDays(1);
  }

  /** {@code 2026-11}, {@code 2026-Q4} or {@code 2026}: how the page and the JSON name the period. */
  public String label() {
    return switch (kind) {
      case MONTH -> month.toString();
      case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(month.getYear());
    };
  }

  /** The request parameter's value: month, quarter or year. */
  public String key() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
