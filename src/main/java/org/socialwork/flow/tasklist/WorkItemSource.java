package org.socialwork.flow.tasklist;

import java.util.List;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;

/**
 * Open tasks of processes that do not work on a case (supervision, meetings, action items), offered by the
 * capability that owns them. The inbox adds them to the first page of its tabs, the task page and the
 * {@code /api/tasks} endpoints find, claim and complete them like case tasks. Each method filters by the
 * member's scope in SQL; these pools are small (a person's sessions and reports), so they are read whole.
 */
public interface WorkItemSource {

  /** Open tasks assigned to the member. */
  List<WorkItem> assignedTo(StaffMember member);

  /** Unassigned open tasks the member is a candidate of (by group or by name). */
  List<WorkItem> unclaimedFor(StaffMember member);

  /** A task the member may work on: assigned to them or a candidate; in scope. */
  Optional<WorkItem> findVisible(String taskId, StaffMember member);

  /** The member's most recently completed tasks of this source, newest first, at most {@code limit}. */
  default List<DoneItem> doneBy(StaffMember member, int limit) {
    return List.of();
  }

  /** Whether the task is one of this source's and has ended (409 rather than 404). */
  default boolean ended(String taskId, StaffMember member) {
    return false;
  }
}
