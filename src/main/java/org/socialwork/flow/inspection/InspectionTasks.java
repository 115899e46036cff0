package org.socialwork.flow.inspection;

import java.util.List;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.DoneItem;
import org.socialwork.flow.tasklist.WorkItem;
import org.socialwork.flow.tasklist.WorkItemSource;
import org.springframework.stereotype.Component;

/** The open tasks of inspections, for the task page, the task API and the inbox; scoped by station in SQL. */
@Component
class InspectionTasks implements WorkItemSource {

  private static final int LIMIT = 100;

  private final InspectionMapper inspections;

  InspectionTasks(InspectionMapper inspections) {
    this.inspections = inspections;
  }

  @Override
  public Optional<WorkItem> findVisible(String taskId, StaffMember member) {
    return inspections.findVisibleTask(taskId, member.username(), member.groups(), member.scope());
  }

  @Override
  public List<WorkItem> assignedTo(StaffMember member) {
    return inspections.findOpenTasks(member.username(), member.groups(), member.scope(), true, LIMIT);
  }

  @Override
  public List<WorkItem> unclaimedFor(StaffMember member) {
    return inspections.findOpenTasks(member.username(), member.groups(), member.scope(), false, LIMIT);
  }

  @Override
  public List<DoneItem> doneBy(StaffMember member, int limit) {
    return inspections.findDoneTasks(member.username(), member.scope(), limit);
  }

  @Override
  public boolean ended(String taskId, StaffMember member) {
    return inspections.countEndedTaskInScope(taskId, member.scope()) > 0;
  }

  /** The member's open inspection tasks: assigned to them first, then those offered to their groups (at most 100). */
  public List<WorkItem> open(StaffMember member) {
    return inspections.findOpenTasks(member.username(), member.groups(), member.scope(), null, LIMIT);
  }
}
