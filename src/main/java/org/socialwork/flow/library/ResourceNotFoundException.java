package org.socialwork.flow.library;

import org.socialwork.flow.system.NotFoundException;

/** No such resource, or not one the caller may edit: 404. */
public class ResourceNotFoundException extends NotFoundException {

  public ResourceNotFoundException(Long id) {
    super("No resource " + id + " for you");
  }
}
