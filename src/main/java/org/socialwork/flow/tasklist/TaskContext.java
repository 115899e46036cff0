package org.socialwork.flow.tasklist;

import java.util.List;
import java.util.Locale;
import org.socialwork.flow.organization.StaffMember;

/**
 * What the task page shows beside the form about the record the task works on (the case, for casework).
 * Implemented by the capability that owns the record.
 */
public interface TaskContext {

  List<Line> describe(WorkItem task, StaffMember member, Locale locale);

  /** The page of the record the task works on, when it is not a case file (e.g. {@code /inspections/JC-2026-0001}). */
  default java.util.Optional<String> recordLink(WorkItem task) {
    return java.util.Optional.empty();
  }

  /** A labelled line; {@code label} is already in the reader's language. */
  record Line(String label, String value) {
  }
}
