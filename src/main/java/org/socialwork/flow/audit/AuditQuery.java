package org.socialwork.flow.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.socialwork.flow.problem.InvalidParameterException;

/**
 * A search of the audit log; blank parts match everything, {@code from}/{@code to} are whole days (both included).
 */
public record AuditQuery(String subject, String user, LocalDate from, LocalDate to, int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The query of request parameters; a wrong one is refused naming it (400 in the API, in place on the page). */
  public static AuditQuery of(String subject, String user, String from, String to, String page, String size) {
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      throw new InvalidParameterException("to", "to must not be before from");
    }
    int p = number("page", page, 0, 0, 100_000);
    int s = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    return new AuditQuery(text("subject", subject), text("user", user), fromDate, toDate, p, s);
  }

  private static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > 64 || v.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidParameterException(name, name + " must be at most 64 printable characters");
    }
    return v;
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!DATE.matcher(value.strip()).matches()) {
      throw new InvalidParameterException(name, name + " must be a date yyyy-MM-dd");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, name + " must be a date yyyy-MM-dd");
    }
  }

  private static int number(String name, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidParameterException(name, name + " must be a whole number from " + min + " to " + max);
  }

  public int offset() {
    return page * size;
  }
}
