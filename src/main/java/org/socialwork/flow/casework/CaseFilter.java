package org.socialwork.flow.casework;

/**
 * Filters of the case list (page and {@code GET /api/cases}): a case number or the start of a client's name,
 * the stage, the risk level, the responsible worker, whether any of its tasks is overdue, and the station (within the
 * reader's scope still). Blank means any.
 */
public record CaseFilter(String query, CaseStatus status, String risk, String worker, boolean overdue,
                         String station) {

  public CaseFilter(String query, CaseStatus status, String risk, String worker, boolean overdue) {
    this(query, status, risk, worker, overdue, null);
  }

  public static CaseFilter of(String query, String status, String risk, String worker, Boolean overdue) {
    return of(query, status, risk, worker, overdue, null);
  }

  public static CaseFilter of(String query, String status, String risk, String worker, Boolean overdue,
                              String station) {
    return new CaseFilter(blank(query), parse(status), blank(risk), blank(worker), Boolean.TRUE.equals(overdue),
        blank(station));
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
