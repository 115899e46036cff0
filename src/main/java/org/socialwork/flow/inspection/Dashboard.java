package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.socialwork.flow.inspection.InspectionMapper.Figure;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领导小组看板: the figures of inspections, rectifications and casework in the reader's scope, each counted in SQL
 * from the domain and engine tables. The list of overdue rectifications holds the 100 most overdue
 * ({@code /api/rectifications?overdue=true} has them all). Meeting action items (issue 4) are not in this branch's
 * schema yet.
 */
@Component
public class Dashboard {

  private final InspectionMapper inspections;
  private final Clock clock;

  Dashboard(InspectionMapper inspections, Clock clock) {
    this.inspections = inspections;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Transactional(readOnly = true)
  public Figures figures(StaffMember member) {
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
    Map<String, Long> openCases = toMap(inspections.openCasesByStation(member.scope()));
    Map<String, Long> overdueTasks = toMap(inspections.overdueCaseTasksByStation(member.scope(),
        LocalDateTime.now(clock)));
    Map<String, Long> openItems = toMap(inspections.openActionItemsByStation(member.scope(), null));
    Map<String, Long> overdueItems = toMap(inspections.openActionItemsByStation(member.scope(), today));
    return new Figures(byStatus, byType, openCount, overdueCount, byStation, overdue,
        latest, new ArrayList<>(months), series, openCases, overdueTasks, openItems, overdueItems);
  }

  private static Map<String, Long> toMap(List<Figure> figures) {
    Map<String, Long> m = new TreeMap<>();
    figures.forEach(f -> m.put(f.k1(), f.n().longValue()));
    return m;
  }

  /** The dashboard in one object (also the JSON of {@code GET /api/dashboard}). */
  public record Figures(Map<String, Long> inspectionsByStatus, Map<String, Long> inspectionsByType,
                       int openRectifications, int overdueRectifications,
                       List<StationRectifications> rectificationsByStation, List<OverdueRectification> overdue,
                       List<StationScore> latestScores, List<String> trendMonths,
                       Map<String, Map<String, BigDecimal>> trendByStation, Map<String, Long> openCasesByStation,
                       Map<String, Long> overdueCaseTasksByStation, Map<String, Long> openActionItemsByStation,
                       Map<String, Long> overdueActionItemsByStation) {
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
