package org.socialwork.flow.linkage;

import org.socialwork.flow.system.NotFoundException;

/** No such linkage or donation in the reader's scope: 404. */
class LinkageNotFoundException extends NotFoundException {

  LinkageNotFoundException(String what) {
    super("Not found: " + what);
  }
}
