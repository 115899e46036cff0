package org.socialwork.flow.care;

import java.time.Duration;
import java.time.LocalDateTime;

/** When a visit falls due and the window in which it counts as on time. */
public record VisitPlan(LocalDateTime dueAt, LocalDateTime windowOpens, LocalDateTime windowCloses) {

  /** A visit asked for at once after a major change: the window is open now and closes at the due time. */
  public static VisitPlan within(LocalDateTime now, Duration within) {
    LocalDateTime due = now.plus(within);
    return new VisitPlan(due, now, due);
  }
}
