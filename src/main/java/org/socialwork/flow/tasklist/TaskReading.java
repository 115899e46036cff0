package org.socialwork.flow.tasklist;

import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening one task (page or API): a task of a case shows the client's data, so the read is recorded against the
 * case number in the read's transaction; a task the reader may not see (or that does not exist) is recorded as a
 * refusal in a transaction of its own.
 */
@Component
public class TaskReading {

  private final TaskCompletion completion;
  private final AuditTrail audit;

  public TaskReading(TaskCompletion completion, AuditTrail audit) {
    this.completion = completion;
    this.audit = audit;
  }

  @Transactional
  public WorkItem read(String taskId, StaffMember member, String channel) {
    WorkItem task;
    try {
      task = completion.find(taskId, member);
    } catch (WorkItemNotFoundException e) {
      audit.recordAlone(member.username(), "READ_TASK_REFUSED", AuditTrail.subject(taskId), channel);
      throw e;
    }
    if (task.caseNo() != null) {
      audit.record(member.username(), "READ_TASK", task.caseNo(), channel);
    }
    return task;
  }
}
