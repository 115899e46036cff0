package org.socialwork.flow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.ParallelRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 汇报提前截止: the leading group closes a month's reporting before the deadline; the open reports end as not
 * reported, the agenda step opens, and ten parallel closes give one 200 and nine 409, never 500.
 */
@ApplicationTest
class ReportingClosureTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theLeadingGroupClosesReportingOnceAndTheAgendaOpens() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String month = freeMonth();
    assertThat(api.post("leader", "/api/meetings/open?month=" + month, Map.of()).getStatusCode().value())
        .isEqualTo(201);
    String instance = jdbc.queryForObject("SELECT process_instance_id FROM meeting WHERE meeting_month = ?",
        String.class, month);
    assertThat(openTasks(instance, "Task_StationReport")).isPositive();
    assertThat(api.signedIn("leader").get().uri("/meetings/" + month).retrieve().body(String.class))
        .contains("id=\"close-reporting-button\"").contains("提前截止汇报");
    assertThat(api.signedIn("xbhbl-supervisor").get().uri("/meetings/" + month).retrieve().body(String.class))
        .doesNotContain("close-reporting-button");
    assertThat(api.post("xbhbl-supervisor", "/api/meetings/" + month + "/close-reporting", Map.of())
        .getStatusCode().value()).isEqualTo(403);
    assertThat(openTasks(instance, "Task_StationReport")).isPositive();

    List<ResponseEntity<String>> answers = ParallelRequests.race(10,
        i -> api.post(i % 2 == 0 ? "leader" : "admin", "/api/meetings/" + month + "/close-reporting", Map.of()));
    List<Integer> codes = answers.stream().map(r -> r.getStatusCode().value()).toList();
    assertThat(codes).as("status codes").doesNotContain(500);
    assertThat(codes.stream().filter(c -> c == 200).count()).as("200s in " + codes).isEqualTo(1);
    assertThat(codes.stream().filter(c -> c == 409).count()).as("409s in " + codes).isEqualTo(9);
    ResponseEntity<String> conflict = answers.stream().filter(r -> r.getStatusCode().value() == 409).findFirst()
        .orElseThrow();
    assertThat(IntakeFlow.json(conflict).get("error").asText()).isEqualTo("conflict");
    assertThat(IntakeFlow.json(conflict).get("message").asText()).isEqualTo("本月例会的汇报已经截止");

    assertThat(openTasks(instance, "Task_StationReport")).isZero();
    assertThat(openTasks(instance, "Task_DraftAgenda")).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_report r JOIN meeting m ON m.id = r.meeting_id"
        + " WHERE m.meeting_month = ? AND r.filed_at IS NOT NULL", Integer.class, month)).isZero();
    assertThat(api.signedIn("leader").get().uri("/meetings/" + month).retrieve().body(String.class))
        .doesNotContain("close-reporting-button");
    assertThat(api.post("leader", "/api/meetings/" + month + "/close-reporting", Map.of()).getStatusCode().value())
        .isEqualTo(409);
  }

  @Test
  void aMonthWithoutAMeetingIsNotFound() {
    IntakeFlow api = new IntakeFlow(port);
    assertThat(api.post("leader", "/api/meetings/" + freeMonth() + "/close-reporting", Map.of()).getStatusCode()
        .value()).isEqualTo(404);
    assertThat(api.post("leader", "/api/meetings/2026-13/close-reporting", Map.of()).getStatusCode().value())
        .isEqualTo(404);
  }

  private int openTasks(String instance, String taskKey) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? AND TASK_DEF_KEY_ = ?",
        Integer.class, instance, taskKey);
  }

  /** A far month no other run has opened (the opening race test uses the years 2200–2899). */
  private String freeMonth() {
    while (true) {
      String month = String.format("%d-%02d", 2900 + ThreadLocalRandom.current().nextInt(1000),
          1 + ThreadLocalRandom.current().nextInt(12));
      if (jdbc.queryForObject("SELECT COUNT(*) FROM meeting WHERE meeting_month = ?", Integer.class, month) == 0) {
        return month;
      }
    }
  }
}
