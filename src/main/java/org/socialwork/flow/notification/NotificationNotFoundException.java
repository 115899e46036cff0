package org.socialwork.flow.notification;

import org.socialwork.flow.system.NotFoundException;

/** No notification of that id for the caller (none, or another person's: the same answer). */
class NotificationNotFoundException extends NotFoundException {

  NotificationNotFoundException(long id) {
    super("No notification " + id);
  }
}
