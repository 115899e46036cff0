package org.socialwork.flow.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.socialwork.flow.problem.InvalidParameterException;

/**
 * Filters of the case list (page and {@code GET /api/cases}): a case number or the start of a client's name,
 * the stage, the risk level, the responsible worker, whether any of its tasks is overdue, the station (within the
 * reader's scope still) and the days of registration ({@code registeredFrom} to {@code registeredTo}, both
 * included). Blank means any.
 */
public record CaseFilter(String query, CaseStatus status, String risk, String worker, boolean overdue,
                         String station, LocalDate registeredFrom, LocalDate registeredTo) {

  public CaseFilter(String query, CaseStatus status, String risk, String worker, boolean overdue) {
    this(query, status, risk, worker, overdue, null, null, null);
  }

  public static CaseFilter of(String query, String status, String risk, String worker, Boolean overdue) {
    return of(query, status, risk, worker, overdue, null, null, null);
  }

  /**
   * From the request's text; a stage that does not exist is an {@link IllegalArgumentException}, a day that is not
   * {@code yyyy-MM-dd} or a {@code to} before {@code from} an {@link InvalidParameterException} naming it.
   */
  public static CaseFilter of(String query, String status, String risk, String worker, Boolean overdue,
                              String station, String from, String to) {
    LocalDate registeredFrom = day("from", from);
    LocalDate registeredTo = day("to", to);
    if (registeredFrom != null && registeredTo != null && registeredTo.isBefore(registeredFrom)) {
      throw new InvalidParameterException("to", "to must not be before from");
    }
    return new CaseFilter(blank(query), parse(status), blank(risk), blank(worker), Boolean.TRUE.equals(overdue),
        blank(station), registeredFrom, registeredTo);
  }

  /** The first moment of {@code registeredFrom}, for the SQL (a {@code <bind>}; null without it). */
  public LocalDateTime registeredSince() {
    return registeredFrom == null ? null : registeredFrom.atStartOfDay();
  }

  /** The first moment after {@code registeredTo}, for the SQL (null without it). */
  public LocalDateTime registeredBefore() {
    return registeredTo == null ? null : registeredTo.plusDays(1).atStartOfDay();
  }

  private static LocalDate day(String name, String value) {
    String v = blank(value);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, name + " must be a day as yyyy-MM-dd");
    }
  }

  private static CaseStatus parse(String status) {
    String s = blank(status);
    if (s == null) {
      return null;
    }
    try {
      return CaseStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown stage " + s);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
