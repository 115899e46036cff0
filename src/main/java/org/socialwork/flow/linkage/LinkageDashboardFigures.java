package org.socialwork.flow.linkage;

import java.util.Map;
import org.socialwork.flow.dashboard.DashboardFigures;
import org.socialwork.flow.dashboard.DashboardPeriod;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * 五社联动 on the leading group's dashboard: a section with the total of the reader's scope for the dashboard's period
 * (linkages, by force, volunteer hours, money and goods donated), linking to the view of the same period. Nothing for
 * readers who are not the district's staff (volunteers, organisations).
 */
@Component
class LinkageDashboardFigures implements DashboardFigures {

  private final LinkageFigures figures;

  LinkageDashboardFigures(LinkageFigures figures) {
    this.figures = figures;
  }

  @Override
  public int order() {
    return 80;
  }

  @Override
  public Map<String, Object> figures(StaffMember reader, DashboardPeriod period) {
    if (!reader.staff()) {
      return Map.of();
    }
    return Map.of("linkage", figures.of(reader, period));
  }

  @Override
  public String section() {
    return "linkage/dashboard-section";
  }
}
