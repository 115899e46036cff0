package org.socialwork.flow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;

/** The dashboard shows what the modules publish: sections in order, one station table of every module's columns. */
class DashboardTests {

  private static final DashboardPeriod PERIOD = DashboardPeriod.of(null, null, java.time.YearMonth.of(2026, 12));

  private final StaffMember reader = new StaffMember("leader", "王建国", List.of());

  private static DashboardFigures contribution(int order, String section, Map<String, Object> figures,
                                               StationFigure... columns) {
    return new DashboardFigures() {
      @Override
      public int order() {
        return order;
      }

      @Override
      public List<StationFigure> stationFigures(StaffMember reader) {
        return List.of(columns);
      }

      @Override
      public Map<String, Object> figures(StaffMember reader) {
        return figures;
      }

      @Override
      public String section() {
        return section;
      }
    };
  }

  private static Stations stations() {
    Stations stations = mock(Stations.class);
    when(stations.names()).thenReturn(Map.of("xbhbl", "西坝河北里", "sjl", "尚家楼"));
    return stations;
  }

  @Test
  void aNewModuleAddsItsFiguresByPublishingOneBean() {
    DashboardFigures visits = contribution(40, null, Map.of(),
        new StationFigure("overdueVisitsByStation", "care.overdue", "overdue-visits", "/care/visits?overdue=true",
            Map.of("sjl", 2L)));
    DashboardFigures inspections = contribution(10, "inspection/dashboard-section", Map.of("openRectifications", 3),
        new StationFigure("openCasesByStation", "dashboard.openCases", "open-cases", "/dashboard/cases",
            Map.of("xbhbl", 5L)));
    Dashboard dashboard = new Dashboard(List.of(visits, inspections), stations());

    Dashboard.Page page = dashboard.page(reader, PERIOD);
    assertThat(page.sections()).extracting(Dashboard.Section::template).containsExactly("inspection/dashboard-section");
    assertThat(page.columns()).extracting(StationFigure::name)
        .as("columns in the modules' order").containsExactly("openCasesByStation", "overdueVisitsByStation");
    assertThat(page.stations()).extracting(Dashboard.StationRow::name).containsExactly("尚家楼", "西坝河北里");
    assertThat(page.columns().get(1).of("xbhbl")).isZero();
    assertThat(page.columns().get(1).link("sjl")).isEqualTo("/care/visits?overdue=true&station=sjl");
    assertThat(page.columns().get(0).link("sjl")).isEqualTo("/dashboard/cases?station=sjl");

    Map<String, Object> json = dashboard.json(reader, PERIOD);
    assertThat(json).containsEntry("openRectifications", 3)
        .containsEntry("openCasesByStation", Map.of("xbhbl", 5L))
        .containsEntry("overdueVisitsByStation", Map.of("sjl", 2L));
  }

  @Test
  void twoModulesMayNotPublishAFigureOfTheSameName() {
    DashboardFigures one = contribution(1, null, Map.of("open", 1));
    DashboardFigures two = contribution(2, null, Map.of("open", 2));
    assertThatThrownBy(() -> new Dashboard(List.of(one, two), stations()).json(reader, PERIOD))
        .hasMessageContaining("open");
  }
}
