package org.socialwork.flow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.problem.InvalidParameterException;

/** The dashboard's period: a chosen month, or its quarter or year; bad values named. */
class DashboardPeriodTests {

  private static final YearMonth NOW = YearMonth.of(2026, 12);

  @Test
  void aMonthItsQuarterAndItsYear() {
    DashboardPeriod month = DashboardPeriod.of("month", "2026-08", NOW);
    assertThat(month.from()).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(month.to()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(month.lastDay()).isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(month.label()).isEqualTo("2026-08");
    DashboardPeriod quarter = DashboardPeriod.of("quarter", "2026-08", NOW);
    assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(quarter.label()).isEqualTo("2026-Q3");
    assertThat(DashboardPeriod.of("QUARTER", "2026-12", NOW).label()).isEqualTo("2026-Q4");
    assertThat(DashboardPeriod.of("quarter", "2026-01", NOW).from()).isEqualTo(LocalDate.of(2026, 1, 1));
    DashboardPeriod year = DashboardPeriod.of("year", "2025-02", NOW);
    assertThat(year.from()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.label()).isEqualTo("2025");
  }

  @Test
  void withoutParametersItIsThisMonth() {
    DashboardPeriod p = DashboardPeriod.of(null, "", NOW);
    assertThat(p.kind()).isEqualTo(DashboardPeriod.Kind.MONTH);
    assertThat(p.month()).isEqualTo(NOW);
    assertThat(p.key()).isEqualTo("month");
  }

  @Test
  void aWrongPeriodOrMonthIsNamed() {
    for (String[] bad : new String[][] {{"week", null, "period"}, {"month", "2026-13", "month"},
        {"month", "2027-01", "month"}, {"month", "1999-12", "month"}, {"month", "2026-1", "month"},
        {"month", "2026-11garbage", "month"}}) {
      assertThatThrownBy(() -> DashboardPeriod.of(bad[0], bad[1], NOW)).as(String.join(" ", bad[0], "" + bad[1]))
          .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo(bad[2]));
    }
  }
}
