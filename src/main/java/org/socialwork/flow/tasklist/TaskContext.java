package org.socialwork.flow.tasklist;

import java.util.List;
import java.util.Locale;
import org.socialwork.flow.form.FormDocument;
import org.socialwork.flow.organization.StaffMember;

/**
 * What the task page shows beside the form about the record the task works on (the case, for casework).
 * Implemented by the capability that owns the record.
 */
public interface TaskContext {

  List<Line> describe(WorkItem task, StaffMember member, Locale locale);

  /**
   * The documents the task decides on or works from, shown whole beside the form (and returned by
   * {@code GET /api/tasks/{id}}): the plan for a plan approval, the closure report for a closure approval, the
   * session record and reflections for a sign-off, the evidence for a re-inspection, and the earlier rounds'
   * decisions when the task came back. One mechanism for every capability: each says what its tasks show.
   */
  default List<FormDocument> documents(WorkItem task, StaffMember member, Locale locale) {
    return List.of();
  }

  /** The page of the record the task works on, when it is not a case file (e.g. {@code /inspections/JC-2026-0001}). */
  default java.util.Optional<String> recordLink(WorkItem task) {
    return java.util.Optional.empty();
  }

  /** A labelled line; {@code label} is already in the reader's language. */
  record Line(String label, String value) {
  }
}
