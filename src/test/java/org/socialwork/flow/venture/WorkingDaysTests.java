package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/** Working days skip Saturdays and Sundays; dates computed from today, so the tests hold on any date. */
class WorkingDaysTests {

  static LocalDate next(DayOfWeek day) {
    return LocalDate.now().with(TemporalAdjusters.next(day));
  }

  @Test
  void fiveWorkingDaysFromAFridayEndOnTheNextFriday() {
    LocalDate friday = next(DayOfWeek.FRIDAY);
    assertThat(WorkingDays.plus(friday, 5)).isEqualTo(friday.plusDays(7));
    assertThat(WorkingDays.periodEnd(friday.atTime(15, 30), 5)).isEqualTo(friday.plusDays(8).atStartOfDay());
  }

  @Test
  void fiveWorkingDaysFromAWednesdayCrossTheWeekend() {
    LocalDate wednesday = next(DayOfWeek.WEDNESDAY);
    assertThat(WorkingDays.plus(wednesday, 5)).isEqualTo(wednesday.plusDays(7));
    assertThat(WorkingDays.plus(wednesday, 2)).isEqualTo(wednesday.plusDays(2));
    assertThat(WorkingDays.plus(wednesday, 3)).isEqualTo(wednesday.plusDays(5));
  }

  @Test
  void aPeriodStartedOnTheWeekendCountsFromMonday() {
    LocalDate saturday = next(DayOfWeek.SATURDAY);
    assertThat(WorkingDays.plus(saturday, 1)).isEqualTo(saturday.plusDays(2));
    assertThat(WorkingDays.plus(saturday.plusDays(1), 5)).isEqualTo(saturday.plusDays(6));
    LocalDateTime end = WorkingDays.periodEnd(saturday.atTime(10, 0), 5);
    assertThat(end.toLocalDate().minusDays(1).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
  }

  @Test
  void fifteenWorkingDaysAreThreeWeeks() {
    LocalDate monday = next(DayOfWeek.MONDAY);
    assertThat(WorkingDays.plus(monday, 15)).isEqualTo(monday.plusDays(21));
    assertThat(WorkingDays.isWorkingDay(monday.plusDays(5))).isFalse();
    assertThat(WorkingDays.isWorkingDay(monday.plusDays(4))).isTrue();
  }
}
