package org.socialwork.flow.care;

import java.time.LocalDateTime;
import java.time.Period;

/**
 * A visit tier (探访等级) as an administrator set it: how often its targets are visited and the window around each due
 * date. Planning a visit is the tier's rule: due one interval after the last visit (or registration), the window
 * opening {@code windowBeforeDays} before and closing {@code windowAfterDays} after the due date.
 */
public record CareTier(String code, String nameZh, String nameEn, String visitInterval, int windowBeforeDays,
                       int windowAfterDays, int sortOrder) {

  public VisitPlan planAfter(LocalDateTime last) {
    LocalDateTime due = last.plus(Period.parse(visitInterval));
    return new VisitPlan(due, due.minusDays(windowBeforeDays), due.plusDays(windowAfterDays));
  }

  public String name(boolean english) {
    return english ? nameEn : nameZh;
  }
}
