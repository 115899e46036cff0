package org.socialwork.flow.dashboard;

import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.springframework.stereotype.Component;

/**
 * The organisation at the top of the dashboard: stations, demonstration stations, certified workers and resident
 * supervisors in the reader's scope, and the same per county for a city's districts and counties (Lu'an's 140
 * township stations over seven). Counted by the organisation module ({@link Stations#figures}); states, not periods.
 */
@Component
class OrganizationDashboardFigures implements DashboardFigures {

  private final Stations stations;

  OrganizationDashboardFigures(Stations stations) {
    this.stations = stations;
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public Map<String, Object> figures(StaffMember reader) {
    return Map.of("organization", stations.figures(reader));
  }

  @Override
  public String section() {
    return "dashboard/organization-section";
  }
}
