package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inspection and rectification lists are paged (page, size, total) in one order, filtered by station, on the page and in the API. */
@ApplicationTest
class InspectionListsPagingTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void inspectionsAndRectificationsComeInPagesWithTheirTotalAndWithoutRepeats() {
    IntakeFlow api = new IntakeFlow(port);
    // a station of this run with three rectifications (one inspection each), so the totals are this run's own
    String run = Long.toString(System.nanoTime(), 36);
    String station = "r" + run;
    jdbc.update("INSERT INTO station (code, district_code, name, community, demonstration, active)"
        + " SELECT ?, MIN(code), ?, ?, FALSE, TRUE FROM district", station, "整改站" + run, "整改" + run);
    try {
      for (int i = 0; i < 3; i++) {
        jdbc.update("INSERT INTO inspection (inspection_no, inspection_type, station_code, template_id, planned_on,"
            + " planned_by, status, rectification_days, created_at) SELECT ?, 'station', ?, MIN(id), CURRENT_DATE,"
            + " 'leader', 'RECTIFYING', 14, CURRENT_TIMESTAMP FROM inspection_template", "RX-" + run + "-" + i, station);
        jdbc.update("INSERT INTO rectification (inspection_id, station_code, notice, deadline, status, extended,"
            + " created_at) SELECT id, ?, ?, CURRENT_DATE, 'OPEN', FALSE, CURRENT_TIMESTAMP FROM inspection"
            + " WHERE inspection_no = ?", station, "整改通知" + i, "RX-" + run + "-" + i);
      }
      JsonNode first = IntakeFlow.json(api.get("leader", "/api/rectifications?size=2&station=" + station));
      JsonNode second = IntakeFlow.json(api.get("leader", "/api/rectifications?size=2&page=1&station=" + station));
      assertThat(first.get("total").asLong()).isEqualTo(3);
      assertThat(first.get("items")).hasSize(2);
      assertThat(second.get("items")).hasSize(1);
      List<String> shown = new ArrayList<>();
      first.get("items").forEach(r -> shown.add(r.get("inspectionNo").asText()));
      second.get("items").forEach(r -> shown.add(r.get("inspectionNo").asText()));
      assertThat(shown).containsExactly("RX-" + run + "-0", "RX-" + run + "-1", "RX-" + run + "-2");
      assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/rectifications?station=" + station)).get("total")
          .asLong()).isZero();
      JsonNode newest = IntakeFlow.json(api.get("leader", "/api/inspections?size=2&station=" + station));
      JsonNode oldest = IntakeFlow.json(api.get("leader", "/api/inspections?size=2&page=1&station=" + station));
      assertThat(newest.get("total").asLong()).isEqualTo(3);
      List<String> inspections = new ArrayList<>();
      newest.get("items").forEach(i -> inspections.add(i.get("inspectionNo").asText()));
      oldest.get("items").forEach(i -> inspections.add(i.get("inspectionNo").asText()));
      assertThat(inspections).containsExactly("RX-" + run + "-2", "RX-" + run + "-1", "RX-" + run + "-0");
      String list = api.signedIn("leader").get().uri("/inspections?size=2&station=" + station).retrieve()
          .body(String.class);
      assertThat(list).contains("共 3 条").contains("<label class=\"filter\" for=\"filter-station\">")
          .contains("整改站" + run).containsPattern("href=\"/inspections\\?page=1&amp;station=" + station
              + "&amp;size=2\" rel=\"next\"");
      ResponseEntity<String> bad = api.get("leader", "/api/rectifications?size=500");
      assertThat(bad.getStatusCode().value()).isEqualTo(400);
      assertThat(IntakeFlow.json(bad).get("errors").has("size")).isTrue();

      String html = api.signedIn("leader").get().uri("/inspections/rectifications?size=2&station=" + station)
          .retrieve().body(String.class);
      assertThat(html).contains("共 3 条").contains("第 1 / 2 页").contains("<label class=\"filter\" for=\"filter-station\">")
          .containsPattern("href=\"/inspections/rectifications\\?page=1&amp;station=" + station + "&amp;size=2\" rel=\"next\"");
    } finally {
      jdbc.update("UPDATE station SET active = FALSE WHERE code = ?", station);
    }
  }
}
