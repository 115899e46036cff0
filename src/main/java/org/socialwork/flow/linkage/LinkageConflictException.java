package org.socialwork.flow.linkage;

import org.socialwork.flow.system.ConflictException;

/** Someone recorded or changed the same linkage meanwhile, or the donation was reversed already: 409. */
class LinkageConflictException extends ConflictException {

  LinkageConflictException(String code, String message) {
    super(code, message);
  }
}
