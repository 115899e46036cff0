package org.socialwork.flow.casework;

/**
 * Filters of the case list (page and {@code GET /api/cases}): a case number or the start of a client's name,
 * the stage, the risk level, the responsible worker, and whether any of its tasks is overdue. Blank means any.
 */
public record CaseFilter(String query, CaseStatus status, String risk, String worker, boolean overdue) {

  public static CaseFilter of(String query, String status, String risk, String worker, Boolean overdue) {
    return new CaseFilter(blank(query), parse(status), blank(risk), blank(worker), Boolean.TRUE.equals(overdue));
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
