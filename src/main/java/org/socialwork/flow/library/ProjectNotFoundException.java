package org.socialwork.flow.library;

/** No such project, or not one the caller may see or edit: 404. */
public class ProjectNotFoundException extends RuntimeException {

  public ProjectNotFoundException(Long id) {
    super("No project " + id + " for you");
  }
}
