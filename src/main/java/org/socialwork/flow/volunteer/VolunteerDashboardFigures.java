package org.socialwork.flow.volunteer;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialwork.flow.dashboard.DashboardFigures;
import org.socialwork.flow.dashboard.StationFigure;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Volunteer service on the leading group's dashboard: registered volunteers and this year's hours per station
 * (columns linking to the volunteer list), and a section with this year's totals against the 25-hour benchmark.
 */
@Component
class VolunteerDashboardFigures implements DashboardFigures {

  /** Civilised-city assessment: at least 25 hours per volunteer a year. */
  static final int BENCHMARK_HOURS = 25;

  private final VolunteerStats stats;
  private final Clock clock;

  VolunteerDashboardFigures(VolunteerStats stats, Clock clock) {
    this.stats = stats;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public List<StationFigure> stationFigures(StaffMember reader) {
    Map<String, Long> volunteers = new TreeMap<>();
    Map<String, Long> hours = new TreeMap<>();
    for (VolunteerStats.StationStats s : stats.year(Year.now(clock), reader).stations()) {
      volunteers.put(s.stationCode(), s.volunteers());
      hours.put(s.stationCode(), s.hours().setScale(0, RoundingMode.HALF_UP).longValue());
    }
    return List.of(
        new StationFigure("volunteersByStation", "volunteer.dashboard.volunteers", "volunteers",
            "/volunteer/volunteers", volunteers),
        new StationFigure("volunteerHoursByStation", "volunteer.dashboard.hours", "volunteer-hours",
            "/volunteer/volunteers", hours));
  }

  @Override
  public Map<String, Object> figures(StaffMember reader) {
    return Map.of("volunteerYear", stats.year(Year.now(clock), reader), "volunteerBenchmark", BENCHMARK_HOURS);
  }

  @Override
  public String section() {
    return "volunteer/dashboard-section";
  }
}
