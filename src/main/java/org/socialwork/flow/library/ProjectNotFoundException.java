package org.socialwork.flow.library;

import org.socialwork.flow.system.NotFoundException;

/** No such project, or not one the caller may see or edit: 404. */
public class ProjectNotFoundException extends NotFoundException {

  public ProjectNotFoundException(Long id) {
    super("No project " + id + " for you");
  }
}
