package org.socialwork.flow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.ParallelRequests.race;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.organization.IdentityMirror;
import org.socialwork.flow.organization.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real parallel HTTP on one task (a latch releases all requests at once): exactly one succeeds, every other answers
 * 409 with a message, none 500, and the domain holds one row. Runs on H2 and, with the mysql profile, MariaDB.
 */
@ApplicationTest
class TaskRaceTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityMirror identities;

  @Test
  void fiftyParallelCompletionsOfOneTask() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");

    List<ResponseEntity<String>> answers = race(50, i -> api.post("xbhbl-worker",
        "/api/tasks/" + task + "/complete", Map.of("decision", "accept")));

    assertOneWinner(answers, 204);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_decision d JOIN case_file c ON c.id = d.case_id "
        + "WHERE c.case_no = ? AND d.step = 'SCREENING'", Integer.class, caseNo)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_done WHERE task_id = ?", Integer.class, task))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_item WHERE task_id = ?", Integer.class, task))
        .isZero();
  }

  @Test
  void thirtyParallelClaimsByDifferentUsers() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    assertThat(api.post("xbhbl-worker", "/api/tasks/" + task + "/unclaim", Map.of()).getStatusCode().value())
        .isEqualTo(204);

    // thirty workers of the station, made for this run (unique names, so the test runs again on the same database)
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<String> workers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String username = "race-" + run + "-" + i;
      LocalDateTime now = LocalDateTime.now().withNano(0);
      jdbc.update("INSERT INTO person (username, full_name, active, created_at) VALUES (?, ?, TRUE, ?)",
          username, "并发测试" + i, now);
      jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES (?, 'WORKER', 'xbhbl')", username);
      identities.ensureUser(new Person(username, "并发测试" + i, null, true, now), "demo");
      workers.add(username);
    }

    List<ResponseEntity<String>> answers = race(30, i -> api.post(workers.get(i), "/api/tasks/" + task + "/claim",
        Map.of()));

    assertOneWinner(answers, 204);
    String assignee = jdbc.queryForObject("SELECT assignee FROM task_item WHERE task_id = ?", String.class, task);
    assertThat(workers).contains(assignee);
    assertThat(jdbc.queryForObject("SELECT ASSIGNEE_ FROM ACT_RU_TASK WHERE ID_ = ?", String.class, task))
        .isEqualTo(assignee);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_item_candidate WHERE task_id = ? AND unassigned = 1",
        Integer.class, task)).isZero();
  }


  private static void assertOneWinner(List<ResponseEntity<String>> answers, int success) {
    List<Integer> codes = answers.stream().map(a -> a.getStatusCode().value()).toList();
    assertThat(codes).as("status codes").doesNotContain(500);
    assertThat(codes.stream().filter(c -> c == success).count()).as("winners in " + codes).isEqualTo(1);
    assertThat(codes.stream().filter(c -> c == 409).count()).as("409s in " + codes).isEqualTo(answers.size() - 1);
    answers.stream().filter(a -> a.getStatusCode().value() == 409)
        .forEach(a -> assertThat(a.getBody()).contains("\"message\""));
  }
}
