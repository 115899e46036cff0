package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Engine and domain writes commit together or not at all: a failing engine call leaves no domain rows behind. */
@ApplicationTest
class OneTransactionTests {

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  @AfterEach
  void resetSpies() {
    reset(runtime, tasks);
  }

  @Test
  void aFailedProcessStartStoresNoClientNoCaseAndGivesTheCaseNumberBack() {
    IntakeFlow api = new IntakeFlow(port);
    String before = api.register("sjl-worker", Fixtures.anIntake("sjl"));

    doThrow(new ProcessEngineException("engine down")).when(runtime)
        .startProcessInstanceById(startsWith("intake:"), anyString(), anyMap());
    Map<String, Object> form = Fixtures.anIntake("sjl");
    form.put("clientName", "回滚测试居民");
    var failed = api.post("sjl-worker", "/api/processes/intake/start", form);
    assertThat(failed.getStatusCode().value()).isEqualTo(500);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE full_name = ?", Integer.class, "回滚测试居民"))
        .isZero();
    reset(runtime);

    String after = api.register("sjl-worker", Fixtures.anIntake("sjl"));
    assertThat(number(after)).isEqualTo(number(before) + 1);
  }

  @Test
  void aFailedTaskCompletionLeavesTheCaseAndItsDecisionsUntouched() {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("sjl-worker", Fixtures.anIntake("sjl"));
    String task = api.taskOf("sjl-worker", caseNo, "Task_ScreenIntake");

    doThrow(new ProcessEngineException("engine down")).when(tasks).complete(eq(task), anyMap());
    var failed = api.post("sjl-worker", "/api/tasks/" + task + "/complete",
        Map.of("decision", "refer", "receivingOrg", "区残联", "reason", "康复需求"));
    assertThat(failed.getStatusCode().value()).isEqualTo(500);

    Long caseId = jdbc.queryForObject("SELECT id FROM case_file WHERE case_no = ?", Long.class, caseNo);
    assertThat(jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, caseId))
        .isEqualTo("SCREENING");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_decision WHERE case_id = ?", Integer.class, caseId))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral WHERE case_id = ?", Integer.class, caseId))
        .isZero();
    reset(tasks);

    api.complete("sjl-worker", task, Map.of("decision", "refer", "receivingOrg", "区残联", "reason", "康复需求"));
    assertThat(jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, caseId))
        .isEqualTo("REFERRED");
  }

  private static int number(String caseNo) {
    return Integer.parseInt(caseNo.substring(caseNo.lastIndexOf('-') + 1));
  }
}
