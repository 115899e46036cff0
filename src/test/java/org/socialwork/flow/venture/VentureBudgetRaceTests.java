package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.venture.VentureApi.created;
import static org.socialwork.flow.venture.VentureApi.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The budget guard: 20 applications of one round, each approved with 10,000 at the same moment by real parallel HTTP
 * requests against a budget of 100,000. Exactly ten win (204), the other ten are told 409 and store nothing; the round
 * is committed to exactly its budget, never more.
 */
@ApplicationTest
class VentureBudgetRaceTests {

  static final int APPLICATIONS = 20;

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void twentyConcurrentApprovalsNeverOverCommitTheRound() throws Exception {
    VentureApi api = new VentureApi(port);
    String reviewer = api.person("rev", "钱评审", "mentor");
    Map<String, Object> org = api.organization(VentureApi.unique("霍邱县邻里守望服务中心"), "xbhbl");
    String login = (String) org.get("username");
    long round = created(api.post("leader", "/api/venture/rounds",
        VentureApi.aRound("leader", List.of(reviewer), List.of(), 100000))).get("id").asLong();
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      String no = api.submit(login, VentureApi.anApplication(round, "xbhbl", "活动物资=12000"));
      api.completed("leader", no, "Task_Screen", Map.of("outcome", "pass", "note", "通过"));
      api.completed(reviewer, no, "Task_Score", Map.of("scores", "need=80, feasible=80, budget=80"));
      numbers.add(no);
    }
    List<String> taskIds = numbers.stream().map(no -> api.taskOf("leader", no, "Task_Determine")).toList();

    CyclicBarrier start = new CyclicBarrier(APPLICATIONS);
    ExecutorService pool = Executors.newFixedThreadPool(APPLICATIONS);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    try {
      for (String taskId : taskIds) {
        answers.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return api.complete("leader", taskId, Map.of("decision", "approve", "amount", 10000))
              .getStatusCode().value();
        }, pool));
      }
      List<Integer> codes = answers.stream().map(CompletableFuture::join).toList();
      assertThat(codes).containsOnly(204, 409);
      assertThat(codes.stream().filter(c -> c == 204).count()).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
    var after = json(api.get("leader", "/api/venture/rounds/" + round));
    assertThat(after.get("committed").decimalValue()).isEqualByComparingTo("100000");
    assertThat(after.get("left").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_application WHERE round_id = ? AND status = 'POSTING'",
        Integer.class, round)).isEqualTo(10);
    assertThat(jdbc.queryForObject("SELECT SUM(l.amount) FROM venture_ledger l JOIN venture_application a"
        + " ON a.id = l.application_id WHERE a.round_id = ? AND l.kind = 'APPROVED'", BigDecimal.class, round))
        .isEqualByComparingTo("100000");
    // the losers still wait for the leading group (reserve or reject), their task intact
    long waiting = numbers.stream().filter(no -> !api.tasksOf("leader", no, "Task_Determine").isEmpty()).count();
    assertThat(waiting).isEqualTo(10);
  }
}
