package org.socialwork.flow.tasklist;

/** No such task, or not one the caller may see: both answer 404, so nothing leaks about other stations. */
public class WorkItemNotFoundException extends RuntimeException {

  public WorkItemNotFoundException(String taskId) {
    super("No open task " + taskId + " for you");
  }
}
