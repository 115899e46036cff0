package org.socialwork.flow.tasklist;

import org.socialwork.flow.system.ConflictException;

/** The task was completed meanwhile or is held by someone else: 409. */
public class WorkItemConflictException extends ConflictException {

  /** Code: task.conflict.completed or task.conflict.claimed. */
  public WorkItemConflictException(String code, String message) {
    super(code, message);
  }
}
