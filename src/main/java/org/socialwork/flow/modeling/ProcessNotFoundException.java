package org.socialwork.flow.modeling;

import org.socialwork.flow.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No process definition, version or batch by that key or id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProcessNotFoundException extends NotFoundException {

  public ProcessNotFoundException(String what) {
    super("Not found: " + what);
  }
}
