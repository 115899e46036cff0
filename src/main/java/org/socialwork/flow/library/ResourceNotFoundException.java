package org.socialwork.flow.library;

/** No such resource, or not one the caller may edit: 404. */
public class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(Long id) {
    super("No resource " + id + " for you");
  }
}
