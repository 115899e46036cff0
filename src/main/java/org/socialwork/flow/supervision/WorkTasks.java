package org.socialwork.flow.supervision;

import java.util.List;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.DoneItem;
import org.socialwork.flow.tasklist.WorkItem;
import org.socialwork.flow.tasklist.WorkItemSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The inbox's view of the supervision, meeting and action-item tasks (see {@link WorkTaskMapper}). */
@Component
@Transactional(readOnly = true)
class WorkTasks implements WorkItemSource {

  private final WorkTaskMapper tasks;

  WorkTasks(WorkTaskMapper tasks) {
    this.tasks = tasks;
  }

  @Override
  public List<WorkItem> assignedTo(StaffMember member) {
    return tasks.findAssigned(member.username(), member.scope());
  }

  @Override
  public List<WorkItem> unclaimedFor(StaffMember member) {
    return tasks.findUnclaimed(member.username(), member.groups(), member.scope());
  }

  @Override
  public Optional<WorkItem> findVisible(String taskId, StaffMember member) {
    return tasks.findVisible(taskId, member.username(), member.groups(), member.scope());
  }

  @Override
  public List<DoneItem> doneBy(StaffMember member, int limit) {
    return tasks.findDone(member.username(), member.scope(), limit);
  }

  @Override
  public boolean ended(String taskId, StaffMember member) {
    return tasks.countEnded(taskId, member.scope()) > 0;
  }
}
