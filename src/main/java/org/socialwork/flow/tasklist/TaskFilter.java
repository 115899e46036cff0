package org.socialwork.flow.tasklist;

/**
 * What an inbox tab or {@code /api/tasks} narrows to; every field optional. {@code overdue}: true = only overdue
 * tasks, false = only tasks not overdue. {@code search} matches the subject's number or label (substring).
 */
public record TaskFilter(String processKey, String taskKey, String businessKey, String station, Boolean overdue,
                         String search) {

  public static final TaskFilter NONE = new TaskFilter(null, null, null, null, null, null);

  public TaskFilter {
    processKey = blankToNull(processKey);
    taskKey = blankToNull(taskKey);
    businessKey = blankToNull(businessKey);
    station = blankToNull(station);
    search = blankToNull(search);
  }

  /** Whether any field narrows the tasks (the unclaimed pool then reads each task's row, otherwise only its index). */
  public boolean narrowing() {
    return processKey != null || taskKey != null || businessKey != null || station != null || overdue != null
        || search != null;
  }

  /** The search as a LIKE pattern, its wildcards escaped. */
  public String searchPattern() {
    return search == null ? null
        : "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
