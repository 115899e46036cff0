package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialwork.flow.dashboard.DashboardFigures;
import org.socialwork.flow.dashboard.StationFigure;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * The action items' columns of the dashboard's station table: open and overdue items of meetings and supervision
 * sessions, per station in the reader's scope (district items belong to no station and are not counted here).
 */
@Component
class ActionItemDashboardFigures implements DashboardFigures {

  private final ActionItemMapper items;
  private final Clock clock;

  ActionItemDashboardFigures(ActionItemMapper items, Clock clock) {
    this.items = items;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public List<StationFigure> stationFigures(StaffMember reader) {
    return List.of(
        new StationFigure("openActionItemsByStation", "dashboard.openActionItems", "open-items",
            "/dashboard/action-items", byStation(items.countOpenByStation(reader.scope(), null))),
        new StationFigure("overdueActionItemsByStation", "dashboard.overdueActionItems", "overdue-items",
            "/dashboard/action-items?overdue=true",
            byStation(items.countOpenByStation(reader.scope(), LocalDate.now(clock)))));
  }

  /** The list behind a figure: open (or open and overdue) items of a station, or of all in scope if null. */
  List<ActionItem> list(StaffMember reader, String station, boolean overdue) {
    return items.findInScope(reader.scope(), null, station, true, overdue ? LocalDate.now(clock) : null, 500, 0);
  }

  private static Map<String, Long> byStation(List<ActionItemMapper.StationCount> counts) {
    Map<String, Long> m = new TreeMap<>();
    counts.forEach(c -> m.put(c.stationCode(), c.n()));
    return m;
  }
}
