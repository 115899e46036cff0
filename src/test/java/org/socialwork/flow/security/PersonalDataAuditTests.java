package org.socialwork.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
 * Every read of a client's data (case page and API, a case task's page and API, the inspection export) leaves an
 * audit row in the read's transaction; a refused read leaves one too; only administrators and the leading group
 * read the log (page and API), and a wrong parameter gets the one JSON error shape naming it.
 */
@ApplicationTest
class PersonalDataAuditTests {

  @Autowired MockMvc mvc;
  @Autowired StaffDirectory staff;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  final ObjectMapper json = new ObjectMapper();
  String caseNo;
  String task;

  @BeforeEach
  void anXbhblCaseWithAnOpenTask() {
    IntakeFlow api = new IntakeFlow(port);
    caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
  }

  int rows(String user, String action, String subject, String channel) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = ? AND subject = ?"
        + " AND channel = ?", Integer.class, user, action, subject, channel);
  }

  @Test
  void caseReadsThroughPageAndApiAreRecorded() throws Exception {
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isOk());
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("xbhbl-worker", "demo"))).andExpect(status().isOk());
    assertThat(rows("xbhbl-worker", "READ_CASE", caseNo, "PAGE")).isEqualTo(1);
    assertThat(rows("xbhbl-worker", "READ_CASE", caseNo, "API")).isEqualTo(1);
  }

  @Test
  void refusedCaseReadsAreRecordedDespiteTheRollback() throws Exception {
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "sjl-worker"))).andExpect(status().isNotFound());
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("sjl-supervisor", "demo")))
        .andExpect(status().isNotFound());
    assertThat(rows("sjl-worker", "READ_CASE_REFUSED", caseNo, "PAGE")).isEqualTo(1);
    assertThat(rows("sjl-supervisor", "READ_CASE_REFUSED", caseNo, "API")).isEqualTo(1);
    assertThat(rows("sjl-worker", "READ_CASE", caseNo, "PAGE")).isZero();
    String none = "NOPE-" + UUID.randomUUID();
    mvc.perform(get("/api/cases/" + none).with(httpBasic("xbhbl-worker", "demo"))).andExpect(status().isNotFound());
    assertThat(rows("xbhbl-worker", "READ_CASE_REFUSED", none, "API")).isEqualTo(1);
  }

  @Test
  void caseTaskReadsAreRecordedAgainstTheCase() throws Exception {
    mvc.perform(get("/tasks/" + task).with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isOk());
    mvc.perform(get("/api/tasks/" + task).with(httpBasic("xbhbl-worker", "demo"))).andExpect(status().isOk());
    assertThat(rows("xbhbl-worker", "READ_TASK", caseNo, "PAGE")).isEqualTo(1);
    assertThat(rows("xbhbl-worker", "READ_TASK", caseNo, "API")).isEqualTo(1);
    mvc.perform(get("/api/tasks/" + task).with(httpBasic("sjl-worker", "demo"))).andExpect(status().isNotFound());
    mvc.perform(get("/tasks/" + task).with(Staff.as(staff, "sjl-worker"))).andExpect(status().isNotFound());
    assertThat(rows("sjl-worker", "READ_TASK_REFUSED", task, "API")).isEqualTo(1);
    assertThat(rows("sjl-worker", "READ_TASK_REFUSED", task, "PAGE")).isEqualTo(1);
    assertThat(rows("sjl-worker", "READ_TASK", caseNo, "API")).isZero();
  }

  @Test
  void theExportIsRecorded() throws Exception {
    int before = rows("leader", "EXPORT_INSPECTIONS", "inspections", "EXPORT");
    mvc.perform(get("/inspections/export.xlsx").with(Staff.as(staff, "leader"))).andExpect(status().isOk());
    assertThat(rows("leader", "EXPORT_INSPECTIONS", "inspections", "EXPORT")).isEqualTo(before + 1);
  }

  @Test
  void adminsAndTheLeadingGroupReadTheLogOthersAreRefused() throws Exception {
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("xbhbl-worker", "demo"))).andExpect(status().isOk());
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "sjl-worker"))).andExpect(status().isNotFound());
    for (String reader : new String[] {"admin", "leader"}) {
      JsonNode page = json.readTree(mvc.perform(get("/api/audit").param("subject", caseNo)
              .with(httpBasic(reader, "demo")))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
      assertThat(page.get("total").asInt()).isEqualTo(2);
      assertThat(page.get("entries").get(0).get("action").asText()).isEqualTo("READ_CASE_REFUSED");
      assertThat(page.get("entries").get(1).get("username").asText()).isEqualTo("xbhbl-worker");
      String html = Staff.page(mvc, staff, "/admin/audit?subject=" + caseNo, reader);
      assertThat(html).contains(caseNo).contains(staff.nameOf("sjl-worker")).contains("audit-row");
    }
    for (String other : new String[] {"xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "mentor"}) {
      mvc.perform(get("/api/audit").param("subject", caseNo).with(httpBasic(other, "demo")))
          .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").exists());
      mvc.perform(get("/admin/audit").with(Staff.as(staff, other))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
  }

  @Test
  void theLogIsPagedAndFilteredByUserAndDays() throws Exception {
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("xbhbl-worker", "demo"))).andExpect(status().isOk());
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isOk());
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "sjl-worker"))).andExpect(status().isNotFound());
    JsonNode first = read("/api/audit?subject=" + caseNo + "&size=2&page=0");
    JsonNode second = read("/api/audit?subject=" + caseNo + "&size=2&page=1");
    assertThat(first.get("total").asInt()).isEqualTo(3);
    assertThat(first.get("entries")).hasSize(2);
    assertThat(second.get("entries")).hasSize(1);
    assertThat(second.get("entries").get(0).get("id").asLong())
        .isLessThan(first.get("entries").get(1).get("id").asLong());
    assertThat(read("/api/audit?subject=" + caseNo + "&user=sjl-worker").get("total").asInt()).isEqualTo(1);
    String today = jdbc.queryForObject("SELECT MAX(at) FROM audit_log WHERE subject = ?", java.sql.Timestamp.class,
        caseNo).toLocalDateTime().toLocalDate().toString();
    assertThat(read("/api/audit?subject=" + caseNo + "&from=" + today + "&to=" + today).get("total").asInt())
        .isEqualTo(3);
    assertThat(read("/api/audit?subject=" + caseNo + "&to=2000-01-01").get("total").asInt()).isZero();
  }

  @Test
  void wrongParametersGetTheOneErrorShapeNamingThem() throws Exception {
    String[][] wrong = {
        {"from", "2026-13-01"}, {"from", "yesterday"}, {"to", "2026-02-30"}, {"page", "-1"}, {"page", "x"},
        {"size", "0"}, {"size", "201"}, {"subject", "x".repeat(65)}, {"user", "a\u0007b"}};
    for (String[] w : wrong) {
      mvc.perform(get("/api/audit").param(w[0], w[1]).with(httpBasic("admin", "demo")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.error").value("invalid_parameter"))
          .andExpect(jsonPath("$.errors." + w[0]).exists());
    }
    mvc.perform(get("/api/audit").param("from", "2026-03-02").param("to", "2026-03-01")
            .with(httpBasic("admin", "demo")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").exists());
    mvc.perform(get("/admin/audit").param("from", "nonsense").with(Staff.as(staff, "admin")))
        .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString(
            "bad-parameter")));
  }

  JsonNode read(String url) throws Exception {
    return json.readTree(mvc.perform(get(url).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }
}
