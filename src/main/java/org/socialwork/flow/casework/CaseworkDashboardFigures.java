package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialwork.flow.dashboard.DashboardFigures;
import org.socialwork.flow.dashboard.DashboardPeriod;
import org.socialwork.flow.dashboard.StationFigure;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/** Casework's columns of the dashboard's station table: open cases and overdue case tasks, in the reader's scope. */
@Component
class CaseworkDashboardFigures implements DashboardFigures {

  private final CaseMapper cases;
  private final Clock clock;

  CaseworkDashboardFigures(CaseMapper cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<StationFigure> stationFigures(StaffMember reader) {
    return List.of(
        new StationFigure("openCasesByStation", "dashboard.openCases", "open-cases", "/dashboard/cases",
            byStation(cases.countOpenCasesByStation(reader.scope()))),
        new StationFigure("overdueCaseTasksByStation", "dashboard.overdueTasks", "overdue-tasks",
            "/dashboard/cases?overdue=true",
            byStation(cases.countOverdueCaseTasksByStation(reader.scope(), LocalDateTime.now(clock)))));
  }

  /** The states above, then the cases registered and closed in the chosen period. */
  @Override
  public List<StationFigure> stationFigures(StaffMember reader, DashboardPeriod period) {
    LocalDateTime from = period.from().atStartOfDay();
    LocalDateTime to = period.to().atStartOfDay();
    List<StationFigure> figures = new ArrayList<>(stationFigures(reader));
    figures.add(new StationFigure("casesRegisteredByStation", "dashboard.casesRegistered", "registered-cases",
        "/cases", byStation(cases.countCasesRegisteredByStation(reader.scope(), from, to))));
    figures.add(new StationFigure("casesClosedByStation", "dashboard.casesClosed", "closed-cases",
        "/cases?stage=CLOSED", byStation(cases.countCasesClosedByStation(reader.scope(), from, to))));
    return figures;
  }

  /** The list behind a figure: the open cases, or the overdue case tasks, of a station (all in scope if null). */
  List<CaseMapper.FigureCase> list(StaffMember reader, String station, boolean overdue) {
    return overdue
        ? cases.findOverdueCaseTasks(reader.scope(), station, LocalDateTime.now(clock))
        : cases.findOpenCases(reader.scope(), station);
  }

  private static Map<String, Long> byStation(List<CaseMapper.StationCount> counts) {
    Map<String, Long> m = new TreeMap<>();
    counts.forEach(c -> m.put(c.stationCode(), c.n()));
    return m;
  }
}
