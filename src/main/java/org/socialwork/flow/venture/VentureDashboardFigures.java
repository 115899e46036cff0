package org.socialwork.flow.venture;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialwork.flow.dashboard.DashboardFigures;
import org.socialwork.flow.dashboard.StationFigure;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Micro-venture on the leading group's dashboard: funded projects per station (a column linking to the rounds) and a
 * section with applications, funded and closed projects, the amounts approved and paid, in the reader's scope.
 */
@Component
class VentureDashboardFigures implements DashboardFigures {

  private final VentureMapper venture;

  VentureDashboardFigures(VentureMapper venture) {
    this.venture = venture;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public List<StationFigure> stationFigures(StaffMember reader) {
    Map<String, Long> funded = new TreeMap<>();
    venture.countFundedByStation(reader.scope()).forEach(c -> funded.put(c.stationCode(), c.count()));
    return List.of(new StationFigure("ventureFundedByStation", "venture.dashboard.funded", "venture-funded",
        "/venture", funded));
  }

  @Override
  public Map<String, Object> figures(StaffMember reader) {
    return Map.of("venture", venture.figures(reader.scope()));
  }

  @Override
  public String section() {
    return "venture/dashboard-section";
  }
}
