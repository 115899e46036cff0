package org.socialwork.flow.notification;

import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell of every page's header ({@code templates/notification/bell.ftlh}, included by the layout): the signed-in
 * person's unread count, counted only when a page renders it (one indexed count on idx_notification_unread).
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationBell {

  private final NotificationCentre centre;

  NotificationBell(NotificationCentre centre) {
    this.centre = centre;
  }

  /** What the template reads: {@code notificationBell.unread()}. */
  public static final class Count {
    private final NotificationCentre centre;
    private final String username;
    private Integer unread;

    Count(NotificationCentre centre, String username) {
      this.centre = centre;
      this.username = username;
    }

    public int unread() {
      if (unread == null) {
        unread = centre.unread(username);
      }
      return unread;
    }
  }

  @ModelAttribute("notificationBell")
  Count bell() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof StaffMember m ? new Count(centre, m.username()) : null;
  }
}
