package org.socialwork.flow.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领导小组看板: what every module publishes as {@link DashboardFigures}, in the reader's scope. Reads no table itself;
 * the stations of the station table are those any figure counts, shown by name.
 */
@Component
class Dashboard {

  private final List<DashboardFigures> contributions;
  private final Stations stations;

  Dashboard(List<DashboardFigures> contributions, Stations stations) {
    this.contributions = contributions.stream().sorted(Comparator.comparingInt(DashboardFigures::order)).toList();
    this.stations = stations;
  }

  /**
   * The page: each module's section with its figures, then the station table: every active station the reader sees
   * (zeros included), and any other station a figure counts.
   */
  @Transactional(readOnly = true)
  Page page(StaffMember reader, DashboardPeriod period) {
    List<Section> sections = new ArrayList<>();
    List<StationFigure> columns = new ArrayList<>();
    for (DashboardFigures c : contributions) {
      if (c.section() != null) {
        sections.add(new Section(c.section(), c.figures(reader, period)));
      }
      columns.addAll(c.stationFigures(reader, period));
    }
    TreeSet<String> codes = new TreeSet<>();
    stations.active().stream().map(Station::code).filter(reader::sees).forEach(codes::add);
    columns.forEach(f -> codes.addAll(f.byStation().keySet()));
    Map<String, String> names = stations.names();
    List<StationRow> rows = codes.stream().map(code -> new StationRow(code, names.getOrDefault(code, code))).toList();
    return new Page(sections, columns, rows, period);
  }

  /** {@code GET /api/dashboard}: every module's figures and station figures as properties of one object. */
  @Transactional(readOnly = true)
  Map<String, Object> json(StaffMember reader, DashboardPeriod period) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("period", Map.of("kind", period.key(), "label", period.label(), "from", period.from().toString(),
        "to", period.to().toString()));
    List<String> shown = stations.active().stream().map(Station::code).filter(reader::sees).sorted().toList();
    json.put("stations", shown);
    for (DashboardFigures c : contributions) {
      c.figures(reader, period).forEach((name, value) -> put(json, name, value));
      c.stationFigures(reader, period).forEach(f -> {
        Map<String, Long> counts = new TreeMap<>(f.byStation());
        shown.forEach(code -> counts.putIfAbsent(code, 0L));
        put(json, f.name(), counts);
      });
    }
    return json;
  }

  private static void put(Map<String, Object> json, String name, Object value) {
    if (json.putIfAbsent(name, value) != null) {
      throw new IllegalStateException("two dashboard figures are named " + name);
    }
  }

  public record Page(List<Section> sections, List<StationFigure> columns, List<StationRow> stations,
                     DashboardPeriod period) {
  }

  /** A module's section: its template and the figures it renders. */
  public record Section(String template, Map<String, Object> figures) {
  }

  public record StationRow(String code, String name) {
  }
}
