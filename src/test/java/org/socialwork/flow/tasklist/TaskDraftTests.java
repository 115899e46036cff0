package org.socialwork.flow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 保存草稿: a half-filled task form is kept without its rules, reopens as typed for the person who holds the task
 * only, is refused to someone who does not hold it, and is gone once the task is completed.
 */
@ApplicationTest
class TaskDraftTests {

  @LocalServerPort
  int port;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aDraftIsKeptUnvalidatedReopensAsTypedAndEndsWithTheTask() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    String reason = "草稿理由" + Long.toString(System.nanoTime(), 36);

    // "refer" without the receiving organisation would be refused on completion; as a draft it is kept
    mvc.perform(post("/tasks/" + task).param("decision", "refer").param("reason", reason).param("_draft", "1")
            .with(Staff.as(staff, "xbhbl-worker")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tasks/" + task));
    assertThat(api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake")).as("still open").isEqualTo(task);
    String page = Staff.page(mvc, staff, "/tasks/" + task, "xbhbl-worker");
    assertThat(page).contains("id=\"draft-note\"").contains(reason).contains("id=\"save-draft\"")
        .containsPattern("value=\"refer\"[^>]*checked");

    // a second save replaces the first
    mvc.perform(post("/tasks/" + task).param("decision", "accept").param("reason", reason + "二").param("_draft", "1")
            .with(Staff.as(staff, "xbhbl-worker")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_draft WHERE task_id = ?", Integer.class, task))
        .isEqualTo(1);
    assertThat(Staff.page(mvc, staff, "/tasks/" + task, "xbhbl-worker")).contains(reason + "二");

    // a colleague of the station sees the task but does not hold it: no draft button, and a draft is refused
    assertThat(Staff.page(mvc, staff, "/tasks/" + task, "xbhbl-worker2")).doesNotContain("save-draft")
        .doesNotContain(reason);
    mvc.perform(post("/tasks/" + task).param("reason", "x").param("_draft", "1")
            .with(Staff.as(staff, "xbhbl-worker2")).with(csrf()))
        .andExpect(status().is3xxRedirection()); // the page answers a conflict with its message, not a draft
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_draft WHERE task_id = ? AND username = 'xbhbl-worker2'",
        Integer.class, task)).isZero();

    api.post("xbhbl-worker", "/api/tasks/" + task + "/complete", Map.of("decision", "accept", "reason", reason));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_draft WHERE task_id = ?", Integer.class, task))
        .as("the draft ends with the task").isZero();
  }
}
