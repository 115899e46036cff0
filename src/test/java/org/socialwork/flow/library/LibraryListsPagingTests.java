package org.socialwork.flow.library;

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

/**
 * The resource and project libraries come in pages (page, size, total) in one order, with labelled filters kept in
 * the pager links, the station by its name, and only what the reader's scope holds.
 */
@ApplicationTest
class LibraryListsPagingTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void resourcesArePagedFilteredAndShownWithTheStationsName() {
    IntakeFlow api = new IntakeFlow(port);
    String run = Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < 3; i++) {
      jdbc.update("INSERT INTO resource (dimension, name, description, contact, station_code, active, created_by,"
          + " created_at) VALUES ('place', ?, ?, NULL, 'xbhbl', TRUE, 'admin', CURRENT_TIMESTAMP)",
          "活动室" + run + "-" + i, "分页测试" + run);
    }
    String first = api.signedIn("xbhbl-worker").get().uri("/library/resources?size=2&q=" + run).retrieve()
        .body(String.class);
    assertThat(first).contains("共 3 条").contains("第 1 / 2 页").contains("活动室" + run + "-0")
        .contains("活动室" + run + "-1").doesNotContain("活动室" + run + "-2")
        .contains("<label class=\"filter\" for=\"filter-q\">")
        .contains("<label class=\"filter\" for=\"filter-dimension\">")
        .contains("<td>西坝河北里社区社工站</td>")
        .containsPattern("href=\"/library/resources\\?page=1&amp;q=" + run + "&amp;size=2\" rel=\"next\"");
    String second = api.signedIn("xbhbl-worker").get().uri("/library/resources?size=2&page=1&q=" + run).retrieve()
        .body(String.class);
    assertThat(second).contains("活动室" + run + "-2").doesNotContain("活动室" + run + "-0").contains("rel=\"prev\"");
    String otherStation = api.signedIn("sjl-worker").get().uri("/library/resources?q=" + run).retrieve()
        .body(String.class);
    assertThat(otherStation).contains("共 0 条").doesNotContain("活动室" + run);
    ResponseEntity<String> bad = api.signedIn("xbhbl-worker").get().uri("/library/resources?size=0").retrieve()
        .toEntity(String.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody()).doesNotContain("Exception");
  }

  @Test
  void projectsArePagedInTheApiAndOnThePage() {
    IntakeFlow api = new IntakeFlow(port);
    String run = Long.toString(System.nanoTime(), 36);
    String category = "other";
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = "分页项目" + run + "-" + i;
      jdbc.update("INSERT INTO project (name, category, period_start, period_end, targets, responsible_org, status,"
          + " created_by, created_at, updated_at) VALUES (?, ?, DATE '2099-01-01', DATE '2099-12-31', 'x', 'x',"
          + " 'running', 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", name, category);
      Long id = jdbc.queryForObject("SELECT id FROM project WHERE name = ?", Long.class, name);
      ids.add(id);
      jdbc.update("INSERT INTO project_station (project_id, station_code) VALUES (?, 'xbhbl')", id);
    }
    try {
      JsonNode page0 = IntakeFlow.json(api.get("xbhbl-worker", "/api/projects?size=2&category=" + category));
      JsonNode page1 = IntakeFlow.json(api.get("xbhbl-worker", "/api/projects?size=2&page=1&category=" + category));
      assertThat(page0.get("total").asLong()).isGreaterThanOrEqualTo(3);
      assertThat(page0.get("items")).hasSize(2);
      // the newest period first, then the newest project: this run's three lead, the last made first
      assertThat(page0.at("/items/0/name").asText()).isEqualTo("分页项目" + run + "-2");
      assertThat(page0.at("/items/1/name").asText()).isEqualTo("分页项目" + run + "-1");
      assertThat(page1.at("/items/0/name").asText()).isEqualTo("分页项目" + run + "-0");
      assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/projects?size=200&category=" + category))
          .findValuesAsText("name")).noneMatch(n -> n.startsWith("分页项目" + run));
      ResponseEntity<String> bad = api.get("xbhbl-worker", "/api/projects?size=201");
      assertThat(bad.getStatusCode().value()).isEqualTo(400);
      assertThat(IntakeFlow.json(bad).get("errors").has("size")).isTrue();

      String html = api.signedIn("xbhbl-worker").get().uri("/library/projects?size=2&category=" + category)
          .retrieve().body(String.class);
      assertThat(html).contains("分页项目" + run + "-2").doesNotContain("分页项目" + run + "-0")
          .contains("<label class=\"filter\" for=\"filter-category\">")
          .containsPattern("href=\"/library/projects\\?page=1&amp;category=" + category + "&amp;size=2\" rel=\"next\"");
    } finally {
      for (Long id : ids) {
        jdbc.update("DELETE FROM project_station WHERE project_id = ?", id);
        jdbc.update("DELETE FROM project WHERE id = ?", id);
      }
    }
  }
}
