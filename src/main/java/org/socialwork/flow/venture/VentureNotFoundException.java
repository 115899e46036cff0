package org.socialwork.flow.venture;

import org.socialwork.flow.system.NotFoundException;

/** No such organisation, round or application, or not in the caller's scope: 404. */
public class VentureNotFoundException extends NotFoundException {

  public VentureNotFoundException(String what) {
    super("Not found: " + what);
  }
}
