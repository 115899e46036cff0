package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the dashboard's statements and the Excel export over many inspections. Not part of {@code mvn test} (its
 * name matches no surefire pattern); run it by name, on a database of its own:
 * {@code mvn test -Dtest=DashboardScaleProbe -Dprobe.n=5000} (add the mysql profile and DB_URL for MariaDB).
 */
@ApplicationTest
class DashboardScaleProbe {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  InspectionDashboardFigures dashboard;

  @Autowired
  ExcelExport export;

  @Autowired
  StaffDirectory staff;

  @Autowired
  InspectionMapper mapper;

  @Test
  void timesTheDashboardOverManyInspections() {
    int n = Integer.getInteger("probe.n", 5000);
    Long template = jdbc.queryForObject("SELECT id FROM inspection_template WHERE code = 'five-haves' AND version = 1",
        Long.class);
    List<String> stations = jdbc.queryForList("SELECT code FROM station", String.class);
    String[] statuses = {"CLOSED", "RECTIFYING", "REINSPECTING", "RECTIFIED", "FAILED", "SCORING"};
    Random random = new Random(1);
    LocalDate today = LocalDate.now();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String status = statuses[random.nextInt(statuses.length)];
      rows.add(new Object[] {"PROBE-" + i, "station", stations.get(i % stations.size()), template,
          today.minusDays(random.nextInt(365)), "leader", 30, status,
          "SCORING".equals(status) ? null : 60 + random.nextInt(40), 100, LocalDateTime.now()});
    }
    jdbc.batchUpdate("INSERT INTO inspection (inspection_no, inspection_type, station_code, template_id, planned_on,"
        + " planned_by, rectification_days, status, total_score, max_score, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows);
    jdbc.update("INSERT INTO rectification (inspection_id, station_code, notice, deadline, status, extended, created_at)"
        + " SELECT id, station_code, '整改', planned_on, CASE WHEN status IN ('RECTIFYING', 'REINSPECTING') THEN 'OPEN'"
        + " ELSE 'ACCEPTED' END, FALSE, created_at FROM inspection WHERE inspection_no LIKE 'PROBE-%'"
        + " AND status NOT IN ('CLOSED', 'SCORING')");
    StaffMember leader = staff.find("leader").orElseThrow();
    StaffMember supervisor = staff.find("xbhbl-supervisor").orElseThrow();

    InspectionDashboardFigures.Figures figures = dashboard.inspectionFigures(leader);
    assertThat(figures.openRectifications()).isEqualTo(jdbc.queryForObject(
        "SELECT COUNT(*) FROM rectification WHERE status IN ('OPEN', 'SUBMITTED')", Integer.class));
    assertThat(figures.overdueRectifications()).isEqualTo(jdbc.queryForObject(
        "SELECT COUNT(*) FROM rectification WHERE status IN ('OPEN', 'SUBMITTED') AND deadline < ?", Integer.class,
        today));
    System.out.println("PROBE inspections " + n + ", open rectifications " + figures.openRectifications());
    for (int i = 0; i < 5; i++) {
      dashboard.figures(leader);
    }
    time("dashboard (inspection), leading group", () -> dashboard.figures(leader));
    time("dashboard (inspection), one station's supervisor", () -> dashboard.figures(supervisor));
    time("  by status and type", () -> mapper.countInspectionsByStatusAndType(leader.scope()));
    time("  latest score per station", () -> mapper.latestScoresByStation(leader.scope()));
    time("  monthly trend", () -> mapper.averageScoreByMonth(leader.scope()));
    time("  rectifications per station", () -> mapper.countOpenRectificationsByStation(leader.scope(), today));
    time("Excel export, leading group", () -> export.workbook(leader, Locale.CHINA));
  }

  private static void time(String what, Runnable run) {
    long[] micros = new long[30];
    for (int i = 0; i < micros.length; i++) {
      long start = System.nanoTime();
      run.run();
      micros[i] = (System.nanoTime() - start) / 1000;
    }
    Arrays.sort(micros);
    System.out.printf("PROBE %-36s p50 %7.1f ms  p95 %7.1f ms%n", what, micros[15] / 1000.0, micros[28] / 1000.0);
  }
}
