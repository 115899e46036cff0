package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A supervisor hands one worker's open cases to a colleague; tasks and routing follow. */
@ApplicationTest
class CaseReassignmentTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  org.socialwork.flow.organization.IdentityMirror identity;

  @Autowired
  ManagementService management;

  @Autowired
  RuntimeService runtime;

  @LocalServerPort
  int port;

  @AfterEach
  void resetSpies() {
    reset(runtime);
  }

  private void ensureSecondWorker() {
    if (jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE username = 'nwm-worker2'", Integer.class) == 0) {
      jdbc.update("INSERT INTO person (username, full_name, active, created_at) VALUES ('nwm-worker2', '牛王庙社工二', TRUE, CURRENT_TIMESTAMP)");
      jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES ('nwm-worker2', 'WORKER', 'nwm')");
    }
    identity.ensureUser(new org.socialwork.flow.organization.Person("nwm-worker2", "牛王庙社工二", null, true,
        java.time.LocalDateTime.now()), "demo");
    identity.synchronize();
  }

  private String openedCaseOf(IntakeFlow api, String worker) {
    String caseNo = api.register("nwm-worker", Fixtures.anIntake("nwm"));
    api.complete("nwm-worker", api.taskOf("nwm-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    api.complete("nwm-supervisor", api.taskOf("nwm-supervisor", caseNo, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", worker));
    return caseNo;
  }

  @Test
  void openCasesAndTheirTasksMoveToTheColleague() throws Exception {
    ensureSecondWorker();
    IntakeFlow api = new IntakeFlow(port);
    String first = openedCaseOf(api, "nwm-worker");
    String second = openedCaseOf(api, "nwm-worker");

    mvc.perform(get("/cases/reassign").with(Staff.as(staff, "nwm-worker"))).andExpect(status().isForbidden());
    mvc.perform(post("/cases/reassign").with(Staff.as(staff, "xbhbl-supervisor")).with(csrf())
        .param("station", "nwm").param("fromWorker", "nwm-worker").param("toWorker", "nwm-worker2"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/cases/reassign").with(Staff.as(staff, "nwm-supervisor")).with(csrf())
        .param("station", "nwm").param("fromWorker", "nwm-worker").param("toWorker", "nwm-worker"))
        .andExpect(status().isUnprocessableEntity());

    String location = mvc.perform(post("/cases/reassign").with(Staff.as(staff, "nwm-supervisor")).with(csrf())
            .param("station", "nwm").param("fromWorker", "nwm-worker").param("toWorker", "nwm-worker2"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    assertThat(statusOf(id)).as("recorded, its first batch waiting for a job executor").isEqualTo("RUNNING");
    // the tests' application runs no job executor: the test runs the hand-over's jobs as a node's executor would
    List<String> jobs = handOverJobs(id);
    assertThat(jobs).hasSize(1);
    for (int i = 0; i < 100 && !jobs.isEmpty(); i++) {
      jobs.forEach(management::executeJob);
      jobs = handOverJobs(id);
    }
    assertThat(statusOf(id)).isEqualTo("DONE");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reassignment_case WHERE reassignment_id = ?", Integer.class,
        id)).isEqualTo(jdbc.queryForObject("SELECT done FROM reassignment WHERE id = ?", Integer.class, id));
    assertThat(jdbc.queryForObject("SELECT done FROM reassignment WHERE id = ?", Integer.class, id))
        .isGreaterThanOrEqualTo(2);
    String progress = mvc.perform(get(location).with(Staff.as(staff, "nwm-supervisor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(progress).contains("已完成");

    for (String caseNo : new String[] {first, second}) {
      assertThat(jdbc.queryForObject("SELECT responsible_worker FROM case_file WHERE case_no = ?", String.class, caseNo))
          .isEqualTo("nwm-worker2");
      api.taskOf("nwm-worker2", caseNo, "Task_RecordAssessment");
    }
    assertThat(api.get("nwm-worker", "/api/tasks").getBody()).doesNotContain(first).doesNotContain(second);
  }

  @Test
  void aBatchFailingOnItsLastRetryMovesNothingAndMarksTheHandOverFailed() throws Exception {
    ensureSecondWorker();
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = openedCaseOf(api, "nwm-worker2");
    int open = jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE responsible_worker = 'nwm-worker2' AND "
        + "status NOT IN ('CLOSED', 'REFERRED', 'NOT_OPENED')", Integer.class);
    String location = mvc.perform(post("/cases/reassign").with(Staff.as(staff, "nwm-supervisor")).with(csrf())
            .param("station", "nwm").param("fromWorker", "nwm-worker2").param("toWorker", "nwm-worker"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

    doThrow(new ProcessEngineException("engine down")).when(runtime)
        .getVariable(anyString(), eq("responsibleWorker"));
    List<String> jobs = handOverJobs(id);
    assertThat(jobs).hasSize(1);
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(statusOf(id)).as("still running before attempt %d (the engine retries)", attempt)
          .isEqualTo("RUNNING");
      String job = jobs.get(0);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(job))
          .hasStackTraceContaining("engine down");
    }
    assertThat(statusOf(id)).isEqualTo("FAILED");
    assertThat(jdbc.queryForObject("SELECT message FROM reassignment WHERE id = ?", String.class, id))
        .contains("engine down");
    assertThat(jdbc.queryForObject("SELECT done FROM reassignment WHERE id = ?", Integer.class, id)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reassignment_case WHERE reassignment_id = ?",
        Integer.class, id)).isZero();
    assertThat(jdbc.queryForObject("SELECT responsible_worker FROM case_file WHERE case_no = ?", String.class,
        caseNo)).as("the failed batch rolled back").isEqualTo("nwm-worker2");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE responsible_worker = 'nwm-worker2' AND "
        + "status NOT IN ('CLOSED', 'REFERRED', 'NOT_OPENED')", Integer.class)).isEqualTo(open);
    assertThat(management.createJobQuery().jobId(jobs.get(0)).singleResult().getRetries())
        .as("the failed job stays, without retries, for Cockpit").isZero();
    String page = mvc.perform(get(location).with(Staff.as(staff, "nwm-supervisor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("移交中断");

    // an administrator deletes the failed job (Cockpit): nothing of the hand-over is left to run
    management.deleteJob(jobs.get(0));
    assertThat(handOverJobs(id)).isEmpty();
  }

  private List<String> handOverJobs(Long id) {
    return jdbc.queryForList("SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'socialwork-case-handover' "
        + "AND HANDLER_CFG_ = ?", String.class, String.valueOf(id));
  }

  private String statusOf(Long id) {
    return jdbc.queryForObject("SELECT status FROM reassignment WHERE id = ?", String.class, id);
  }
}
