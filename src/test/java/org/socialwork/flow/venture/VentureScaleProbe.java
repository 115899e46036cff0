package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the ranked list and the dashboard over a round of many applications (default 300, 31 organisations). Not part
 * of {@code mvn test} (its name matches no surefire pattern); run it by name:
 * {@code mvn test -Dtest=VentureScaleProbe -Dprobe.n=300} (add the mysql profile and DB_URL for MariaDB).
 */
@ApplicationTest
class VentureScaleProbe {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void timesTheRankedListAndTheDashboard() {
    int n = Integer.getInteger("probe.n", 300);
    VentureApi api = new VentureApi(port);
    long round = VentureApi.created(api.post("leader", "/api/venture/rounds",
        VentureApi.aRound("leader", List.of("mentor"), List.of(), n * 20000))).get("id").asLong();
    List<String> stations = jdbc.queryForList("SELECT code FROM station", String.class);
    List<Long> organisations = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      organisations.add(VentureApi.created(api.post("leader", "/api/organizations", VentureApi.anOrganization(
          VentureApi.unique("六安社工机构"), CreditCodeTests.aCreditCode(), stations.get(i % stations.size()))))
          .get("id").asLong());
    }
    Random random = new Random(1);
    String[] statuses = {"REVIEW", "DETERMINATION", "POSTING", "IMPLEMENTING", "CLOSED", "REJECTED"};
    List<Object[]> rows = new ArrayList<>();
    String prefix = VentureApi.unique("P");
    for (int i = 0; i < n; i++) {
      String status = statuses[random.nextInt(statuses.length)];
      rows.add(new Object[] {prefix + "-" + i, round, organisations.get(i % 31), stations.get(i % stations.size()),
          "项目 " + i, "为老", new BigDecimal(5000 + random.nextInt(15000)), status,
          "REVIEW".equals(status) ? null : new BigDecimal(60 + random.nextInt(40)),
          "REVIEW".equals(status) || "DETERMINATION".equals(status) || "REJECTED".equals(status) ? null
              : new BigDecimal("10000"), "leader", LocalDateTime.now()});
    }
    jdbc.batchUpdate("INSERT INTO venture_application (application_no, round_id, organization_id, station_code,"
        + " project_name, track, requested_amount, status, score, approved_amount, submitted_by, submitted_at)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    jdbc.update("INSERT INTO venture_ledger (application_id, kind, tranche, amount, on_date, recorded_by, recorded_at)"
        + " SELECT id, 'PAID', 1, 5000, ?, 'leader', ? FROM venture_application WHERE round_id = ?"
        + " AND status IN ('IMPLEMENTING', 'CLOSED')", LocalDate.now(), LocalDateTime.now(), round);
    for (String path : List.of("/api/venture/rounds/" + round, "/api/dashboard")) {
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        assertThat(api.get("leader", path).getStatusCode().value()).isEqualTo(200);
        best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
      }
      System.out.println("PROBE " + n + " applications: GET " + path + " best of 5 = " + best + " ms");
    }
  }
}
