package org.socialwork.flow.tasklist;

import org.socialwork.flow.system.NotFoundException;

/** No such task, or not one the caller may see: both answer 404, so nothing leaks about other stations. */
public class WorkItemNotFoundException extends NotFoundException {

  public WorkItemNotFoundException(String taskId) {
    super("No open task " + taskId + " for you");
  }
}
