package org.socialwork.flow.tasklist;

/** The task was completed meanwhile or is held by someone else: 409. */
public class WorkItemConflictException extends RuntimeException {

  private final String code;

  public WorkItemConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** Message key: task.conflict.completed or task.conflict.claimed. */
  public String code() {
    return code;
  }
}
