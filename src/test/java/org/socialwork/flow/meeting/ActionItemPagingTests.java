package org.socialwork.flow.meeting;

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

/** {@code GET /api/action-items} comes in pages, due first, within the reader's stations. */
@ApplicationTest
class ActionItemPagingTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void actionItemsComeInPagesDueFirstWithinScope() {
    IntakeFlow api = new IntakeFlow(port);
    String run = Long.toString(System.nanoTime(), 36);
    // done items due long ago: first in the order, and nothing escalates or notifies about them
    for (int i = 0; i < 3; i++) {
      jdbc.update("INSERT INTO action_item (source, station_code, title, owner, due_on, status, created_at)"
          + " VALUES ('MEETING', 'xbhbl', ?, 'xbhbl-worker', DATE '1900-01-0" + (i + 1) + "', 'DONE', CURRENT_TIMESTAMP)",
          "分页事项" + run + "-" + i);
    }
    try {
      JsonNode first = IntakeFlow.json(api.get("xbhbl-worker", "/api/action-items?size=2"));
      JsonNode second = IntakeFlow.json(api.get("xbhbl-worker", "/api/action-items?size=2&page=1"));
      assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3);
      assertThat(first.get("size").asInt()).isEqualTo(2);
      List<String> titles = new ArrayList<>();
      first.get("items").forEach(a -> titles.add(a.get("title").asText()));
      second.get("items").forEach(a -> titles.add(a.get("title").asText()));
      assertThat(titles.subList(0, 3)).containsExactly("分页事项" + run + "-0", "分页事项" + run + "-1",
          "分页事项" + run + "-2");
      assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/action-items?open=true&size=200"))
          .findValuesAsText("title")).noneMatch(t -> t.startsWith("分页事项" + run));
      assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/action-items?size=200")).findValuesAsText("title"))
          .noneMatch(t -> t.startsWith("分页事项" + run));
      ResponseEntity<String> bad = api.get("xbhbl-worker", "/api/action-items?page=x");
      assertThat(bad.getStatusCode().value()).isEqualTo(400);
      assertThat(IntakeFlow.json(bad).get("errors").has("page")).isTrue();
    } finally {
      jdbc.update("DELETE FROM action_item WHERE title LIKE ?", "分页事项" + run + "%");
    }
  }
}
