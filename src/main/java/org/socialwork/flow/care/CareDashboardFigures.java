package org.socialwork.flow.care;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialwork.flow.dashboard.DashboardFigures;
import org.socialwork.flow.dashboard.DashboardPeriod;
import org.socialwork.flow.dashboard.StationFigure;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Care visits on the leading group's dashboard: this month's visit rate and missed visits per station (columns of the
 * station table, linking to the coverage view) and a coverage section with a bar per station.
 */
@Component
class CareDashboardFigures implements DashboardFigures {

  private final CareMapper care;
  private final Clock clock;

  CareDashboardFigures(CareMapper care, Clock clock) {
    this.care = care;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 60;
  }

  private List<CareMapper.StationCoverage> coverage(StaffMember reader) {
    return coverage(reader, YearMonth.now(clock));
  }

  /** Visit coverage is a monthly measure: the chosen month's (of a quarter or year, the month chosen in it). */
  private List<CareMapper.StationCoverage> coverage(StaffMember reader, YearMonth month) {
    return care.coverage(reader.scope(), month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay(),
        LocalDateTime.now(clock));
  }

  @Override
  public List<StationFigure> stationFigures(StaffMember reader) {
    return stationFigures(coverage(reader));
  }

  private static List<StationFigure> stationFigures(List<CareMapper.StationCoverage> coverage) {
    Map<String, Long> rate = new TreeMap<>();
    Map<String, Long> missed = new TreeMap<>();
    for (CareMapper.StationCoverage c : coverage) {
      rate.put(c.stationCode(), (long) c.rate());
      missed.put(c.stationCode(), c.missed());
    }
    return List.of(
        new StationFigure("careVisitRateByStation", "care.dashboard.rate", "care-rate", "/care/coverage", rate),
        new StationFigure("careMissedVisitsByStation", "care.dashboard.missed", "care-missed", "/care/targets?due=overdue",
            missed));
  }

  @Override
  public Map<String, Object> figures(StaffMember reader) {
    return Map.of("careCoverage", coverage(reader), "careMonth", YearMonth.now(clock).toString());
  }

  @Override
  public List<StationFigure> stationFigures(StaffMember reader, DashboardPeriod period) {
    return stationFigures(coverage(reader, period.month()));
  }

  @Override
  public Map<String, Object> figures(StaffMember reader, DashboardPeriod period) {
    return Map.of("careCoverage", coverage(reader, period.month()), "careMonth", period.month().toString());
  }

  @Override
  public String section() {
    return "care/dashboard-section";
  }
}
