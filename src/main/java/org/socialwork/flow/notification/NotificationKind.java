package org.socialwork.flow.notification;

/**
 * What a notification tells a person. Each kind has its own preference ({@link Channel}); {@link #OFFERED} is mailed
 * as a digest per quarter hour, {@link #DUE_TODAY} is the daily digest, the others are mailed one by one.
 */
public enum NotificationKind {
  /** a task was assigned to me (by someone else or by the process) */
  ASSIGNED,
  /** a task was offered to a group I belong to (unassigned, candidate group of my role at my station) */
  OFFERED,
  /** an overdue task was escalated to a group I belong to */
  ESCALATED,
  /** a task assigned to me is past its due date */
  OVERDUE,
  /** work I submitted came back to me (an approver returned it) */
  RETURNED,
  /** the daily digest: my tasks due today */
  DUE_TODAY,
  /** something I signed up for (a volunteer activity) was cancelled by its organiser, with the reason */
  CANCELLED;

  static NotificationKind parse(String value) {
    for (NotificationKind k : values()) {
      if (k.name().equalsIgnoreCase(value) || k.name().replace('_', '-').equalsIgnoreCase(value)) {
        return k;
      }
    }
    return null;
  }
}
