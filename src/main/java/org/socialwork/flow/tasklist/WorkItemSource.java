package org.socialwork.flow.tasklist;

import java.util.List;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;

/**
 * Open tasks of processes that do not work on a case (inspections, meetings, …): the capability that owns the
 * process finds them in its own tables, scoped by the reader's stations in SQL. The task page, the task API and the
 * inbox fall back to these sources for tasks the case-based inbox does not know.
 */
public interface WorkItemSource {

  /** The task if the member may work on it (assigned to them or offered to one of their groups) and in scope. */
  Optional<WorkItem> findVisible(String taskId, StaffMember member);

  /** The member's open tasks of this source: assigned to them, then unclaimed ones offered to their groups. */
  List<WorkItem> open(StaffMember member);

  /** Whether the task was one of this source's, in the member's scope, and has been completed (409 rather than 404). */
  default boolean endedInScope(String taskId, StaffMember member) {
    return false;
  }
}
