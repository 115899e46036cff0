package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.organization.DemoData;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.system.NumberSequences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Lu'an demo data loads (it is off in the tests' shared context): 31 organisations with valid credit codes, a
 * finished round and one in review whose applications wait at the scoring. Rolled back at the end, so no other test
 * sees it.
 */
@ApplicationTest
@Transactional
class DemoVentureTests {

  @Autowired
  VentureMapper venture;

  @Autowired
  Stations stations;

  @Autowired
  NumberSequences numbers;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void loadsLuansOrganisationsAFinishedRoundAndOneInReview() {
    int organisations = count("venture_organization");
    int rounds = count("venture_round");
    new DemoVenture(venture, stations, numbers, runtime, Clock.systemDefaultZone(),
        DemoData.of(DemoData.District.TAIYANGGONG), true).load();
    assertThat(count("venture_organization")).isEqualTo(organisations + 31);
    assertThat(count("venture_round")).isEqualTo(rounds + 2);
    assertThat(jdbc.queryForList("SELECT credit_code FROM venture_organization ORDER BY id DESC LIMIT 31",
        String.class)).allMatch(CreditCode::isValid);
    Long inReview = jdbc.queryForObject("SELECT MAX(id) FROM venture_round", Long.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_application WHERE round_id = ? AND status = 'REVIEW'",
        Integer.class, inReview)).isEqualTo(12);
    assertThat(tasks.createTaskQuery().taskAssignee("mentor").taskDefinitionKey("Task_Score").count())
        .isGreaterThanOrEqualTo(12);
    Long finished = inReview - 1;
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_application WHERE round_id = ? AND status = 'CLOSED'",
        Integer.class, finished)).isEqualTo(10);
    assertThat(venture.findRound(finished).orElseThrow().committed()).isPositive();
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
