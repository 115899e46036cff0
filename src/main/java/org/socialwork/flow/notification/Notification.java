package org.socialwork.flow.notification;

import java.time.LocalDateTime;

/**
 * One notice to one person, as the centre lists it. {@code taskName} and {@code subject} are stored as the task had
 * them; the sentence people read is composed from the kind in the reader's language ({@code notification.text.<KIND>}).
 */
public record Notification(long id, String recipient, NotificationKind kind, String taskId, String taskName,
                           String subject, String link, int itemCount, LocalDateTime createdAt,
                           LocalDateTime readAt) {

  public boolean unread() {
    return readAt == null;
  }

  /** The arguments of the kind's sentence: task name, subject, count. */
  public Object[] textArgs() {
    return new Object[] {taskName == null ? "" : taskName, subject == null ? "" : subject, itemCount};
  }
}
