package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.tasklist.OverdueEscalation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A task overdue beyond the escalation period reaches its station's supervisors, once. */
@ApplicationTest
class OverdueEscalationTests {

  @Autowired
  OverdueEscalation escalation;

  @Autowired
  TaskService tasks;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @LocalServerPort
  int port;

  @Test
  void aLongOverdueTaskIsEscalatedToTheStationsSupervisorsOnce() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    assertThat(api.get("xbhbl-supervisor", "/api/tasks/" + task).getStatusCode().value()).isEqualTo(404);

    tasks.setDueDate(task, new Date(System.currentTimeMillis() - 86_400_000L));
    escalation.escalate();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_item WHERE task_id = ? AND escalated_to IS NOT NULL",
        Integer.class, task)).as("one day overdue is not yet escalated").isZero();

    tasks.setDueDate(task, new Date(System.currentTimeMillis() - 3 * 86_400_000L));
    assertThat(escalation.escalate()).isPositive();
    escalation.escalate();
    assertThat(jdbc.queryForObject("SELECT escalated_to FROM task_item WHERE task_id = ?", String.class, task))
        .isEqualTo("station-xbhbl-supervisor");
    assertThat(tasks.getIdentityLinksForTask(task).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .filter(l -> "station-xbhbl-supervisor".equals(l.getGroupId())).count()).isEqualTo(1);

    assertThat(api.get("xbhbl-supervisor", "/api/tasks/" + task).getStatusCode().value()).isEqualTo(200);
    String escalated = mvc.perform(get("/tasks?tab=escalated").with(Staff.as(staff, "xbhbl-supervisor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(escalated).contains(caseNo).contains("data-task=\"" + task + "\"");
    String other = mvc.perform(get("/tasks?tab=escalated").with(Staff.as(staff, "sjl-supervisor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(other).doesNotContain(caseNo);
  }
}
