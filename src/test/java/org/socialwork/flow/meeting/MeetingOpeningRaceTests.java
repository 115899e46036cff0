package org.socialwork.flow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Twenty parallel "open this month's meeting" calls: one 201, the others 200 with the same meeting, never 500. */
@ApplicationTest
class MeetingOpeningRaceTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void twentyParallelOpensOfOneMonth() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    // a month of its own per run, so the test runs again on the same database
    long t = System.currentTimeMillis() / 1000;
    String month = String.format("%d-%02d", 2200 + (int) (t / 12 % 700), 1 + (int) (t % 12));
    int n = 20;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          go.await();
          return api.post("leader", "/api/meetings/open?month=" + month, Map.of());
        }));
      }
      go.countDown();
      List<Integer> codes = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (Future<ResponseEntity<String>> f : futures) {
        ResponseEntity<String> r = f.get(120, TimeUnit.SECONDS);
        codes.add(r.getStatusCode().value());
        if (r.getStatusCode().is2xxSuccessful()) {
          JsonNode m = IntakeFlow.json(r);
          assertThat(m.get("meetingMonth").asText()).isEqualTo(month);
          ids.add(m.get("id").asText());
        }
      }
      assertThat(codes).as("status codes").doesNotContain(500);
      assertThat(codes.stream().filter(c -> c == 201).count()).as("201s in " + codes).isEqualTo(1);
      assertThat(codes.stream().filter(c -> c == 200).count()).as("200s in " + codes).isEqualTo(n - 1);
      assertThat(ids.stream().distinct().count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting WHERE meeting_month = ?", Integer.class, month))
        .isEqualTo(1);
    assertThat(IntakeFlow.json(api.post("leader", "/api/meetings/open?month=" + month, Map.of())).get("meetingMonth")
        .asText()).isEqualTo(month);
  }
}
