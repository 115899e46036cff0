package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.socialwork.flow.inspection.InspectionMapper.Figure;
import org.socialwork.flow.dashboard.DashboardFigures;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Inspection's part of the leading group's dashboard: inspections by status and type, open and overdue rectifications
 * (by station, and the 100 most overdue; {@code /api/rectifications?overdue=true} has them all), each station's latest
 * score and the monthly score trend, each counted in SQL within the reader's scope.
 */
@Component
class InspectionDashboardFigures implements DashboardFigures {

  private final InspectionMapper inspections;
  private final Clock clock;

  InspectionDashboardFigures(InspectionMapper inspections, Clock clock) {
    this.inspections = inspections;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String section() {
    return "inspection/dashboard-section";
  }

  @Override
  public Map<String, Object> figures(StaffMember member) {
    Figures f = inspectionFigures(member);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inspectionsByStatus", f.inspectionsByStatus());
    m.put("inspectionsByType", f.inspectionsByType());
    m.put("openRectifications", f.openRectifications());
    m.put("overdueRectifications", f.overdueRectifications());
    m.put("rectificationsByStation", f.rectificationsByStation());
    m.put("overdue", f.overdue());
    m.put("latestScores", f.latestScores());
    m.put("trendMonths", f.trendMonths());
    m.put("trendByStation", f.trendByStation());
    return m;
  }

  Figures inspectionFigures(StaffMember member) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Long> byStatus = new TreeMap<>();
    Map<String, Long> byType = new TreeMap<>();
    for (Figure f : inspections.countInspectionsByStatusAndType(member.scope())) {
      byStatus.merge(f.k1(), f.n().longValue(), Long::sum);
      byType.merge(f.k2(), f.n().longValue(), Long::sum);
    }
    List<StationRectifications> byStation = new ArrayList<>();
    int openCount = 0;
    int overdueCount = 0;
    for (InspectionMapper.StationRectificationCount c : inspections.countOpenRectificationsByStation(member.scope(),
        today)) {
      long days = c.earliestDeadline().isBefore(today) ? ChronoUnit.DAYS.between(c.earliestDeadline(), today) : 0;
      byStation.add(new StationRectifications(c.stationCode(), c.stationName(), (int) c.openCount(),
          (int) c.overdueCount(), days));
      openCount += (int) c.openCount();
      overdueCount += (int) c.overdueCount();
    }
    List<OverdueRectification> overdue = inspections.findRectifications(member.scope(), true, today, null, 100)
        .stream().map(r -> new OverdueRectification(r.getInspectionNo(), r.getStationCode(), r.getStationName(),
            r.getDeadline(), r.daysOverdue(today)))
        .toList();
    List<StationScore> latest = inspections.latestScoresByStation(member.scope()).stream()
        .map(f -> new StationScore(f.k1(), f.k2(), f.n())).toList();
    List<Figure> trendRows = inspections.averageScoreByMonth(member.scope());
    TreeSet<String> months = new TreeSet<>();
    Map<String, Map<String, BigDecimal>> series = new TreeMap<>();
    for (Figure f : trendRows) {
      String month = f.k2().substring(0, 4) + "-" + f.k2().substring(4);
      months.add(month);
      series.computeIfAbsent(f.k1(), k -> new LinkedHashMap<>()).put(month, f.n());
    }
    return new Figures(byStatus, byType, openCount, overdueCount, byStation, overdue,
        latest, new ArrayList<>(months), series);
  }

  /** Inspection's figures in one object. */
  public record Figures(Map<String, Long> inspectionsByStatus, Map<String, Long> inspectionsByType,
                       int openRectifications, int overdueRectifications,
                       List<StationRectifications> rectificationsByStation, List<OverdueRectification> overdue,
                       List<StationScore> latestScores, List<String> trendMonths,
                       Map<String, Map<String, BigDecimal>> trendByStation) {
  }

  public record StationRectifications(String stationCode, String stationName, int open, int overdue,
                                      long maxDaysOverdue) {
  }

  public record OverdueRectification(String inspectionNo, String stationCode, String stationName, LocalDate deadline,
                                     long daysOverdue) {
  }

  public record StationScore(String stationCode, String stationName, BigDecimal percent) {
  }
}
