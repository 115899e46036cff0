package org.socialwork.flow.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An action item (督办事项) from a supervision session or a meeting: an owner and a due date, tracked by an
 * {@code action-item} process instance. OPEN until the owner completes it (DONE); overdue once its due date
 * has passed, escalated to {@code escalatedTo} then.
 */
public record ActionItem(Long id, String source, Long sessionId, Long meetingId, String stationCode, String title,
                         String owner, LocalDate dueOn, String status, String escalatedTo, LocalDateTime escalatedAt,
                         String outcome, LocalDateTime doneAt, String followUpNote, String processInstanceId,
                         LocalDateTime createdAt, String ownerName, String meetingMonth) {

  public static final String OPEN = "OPEN";
  public static final String DONE = "DONE";
  public static final String FROM_SESSION = "SESSION";
  public static final String FROM_MEETING = "MEETING";

  /** Overdue: still open after its due day. */
  public boolean overdueOn(LocalDate today) {
    return OPEN.equals(status) && dueOn.isBefore(today);
  }
}
