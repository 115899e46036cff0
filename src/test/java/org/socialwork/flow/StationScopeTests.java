package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A worker of 尚家楼 (sjl) gets nothing of 西坝河北里 (xbhbl): not its cases, not its tasks, through the pages,
 * the JSON API or the engine's REST API.
 */
@ApplicationTest
class StationScopeTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @LocalServerPort
  int port;

  String caseNo;
  String screeningTask;

  @BeforeEach
  void anXbhblCaseWithAnOpenTask() {
    IntakeFlow api = new IntakeFlow(port);
    var form = Fixtures.anIntake("xbhbl");
    form.put("clientName", "西坝河北里居民");
    caseNo = api.register("xbhbl-worker", form);
    screeningTask = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
  }

  @Test
  void otherStationsWorkerGetsNothingThroughTheApi() throws Exception {
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("sjl-worker", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/tasks/" + screeningTask).with(httpBasic("sjl-worker", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/tasks/" + screeningTask + "/claim").with(httpBasic("sjl-worker", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/tasks/" + screeningTask + "/complete").with(httpBasic("sjl-worker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"decline\",\"reason\":\"x\"}"))
        .andExpect(status().isNotFound());
    String tasks = mvc.perform(get("/api/tasks").with(httpBasic("sjl-worker", "demo")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(tasks).doesNotContain(caseNo).doesNotContain("XBHBL");
  }

  @Test
  void otherStationsSupervisorGetsNothingEither() throws Exception {
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("sjl-supervisor", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/tasks/" + screeningTask).with(httpBasic("sjl-supervisor", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void otherStationsWorkerGetsNothingThroughThePages() throws Exception {
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "sjl-worker")))
        .andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    mvc.perform(get("/tasks/" + screeningTask).with(Staff.as(staff, "sjl-worker")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/tasks/" + screeningTask).with(Staff.as(staff, "sjl-worker")).with(csrf())
            .param("decision", "decline").param("reason", "x"))
        .andExpect(status().isNotFound());
    String list = mvc.perform(get("/cases").with(Staff.as(staff, "sjl-worker")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(list).doesNotContain(caseNo).doesNotContain("西坝河北里居民");
    String inbox = mvc.perform(get("/tasks?tab=unclaimed").with(Staff.as(staff, "sjl-worker")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(inbox).doesNotContain(caseNo);
  }

  @Test
  void ownStationAndTheDistrictSeeTheCase() throws Exception {
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "xbhbl-worker2")))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(caseNo)));
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("leader", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.caseNo").value(caseNo));
  }

  @Test
  void idNumbersAreWholeOnlyForThePeopleWorkingTheCase() throws Exception {
    String forWorker = mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("xbhbl-worker", "demo")))
        .andReturn().getResponse().getContentAsString();
    String forLeader = mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("leader", "demo")))
        .andReturn().getResponse().getContentAsString();
    assertThat(IntakeFlow.json(org.springframework.http.ResponseEntity.ok(forWorker)).at("/client/idNumber").asText())
        .doesNotContain("*");
    JsonNode leaderView = IntakeFlow.json(org.springframework.http.ResponseEntity.ok(forLeader));
    assertThat(leaderView.at("/client/idNumber").asText()).contains("**********");
    String list = mvc.perform(get("/cases").with(Staff.as(staff, "xbhbl-worker")))
        .andReturn().getResponse().getContentAsString();
    assertThat(list).contains("1101**********");
  }

  @Test
  void everyReadOfACaseFileIsAudited(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
    String count = "SELECT COUNT(*) FROM audit_log WHERE subject = ? AND username = ? AND action = 'READ_CASE'";
    int before = jdbc.queryForObject(count, Integer.class, caseNo, "leader");
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("leader", "demo"))).andExpect(status().isOk());
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "leader"))).andExpect(status().isOk());
    assertThat(jdbc.queryForObject(count, Integer.class, caseNo, "leader")).isEqualTo(before + 2);
    mvc.perform(get("/api/cases/" + caseNo).with(httpBasic("sjl-worker", "demo"))).andExpect(status().isNotFound());
    assertThat(jdbc.queryForObject(count, Integer.class, caseNo, "sjl-worker")).isZero();
  }

  @Test
  void engineRestIsForAdministratorsOnly() throws Exception {
    mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    mvc.perform(get("/engine-rest/task").with(httpBasic("xbhbl-worker", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/engine-rest/task/" + screeningTask + "/complete").with(httpBasic("sjl-worker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
    // Jersey serves /engine-rest outside the DispatcherServlet: ask the running server
    var admin = new IntakeFlow(port).get("admin", "/engine-rest/process-definition?key=intake");
    assertThat(admin.getStatusCode().value()).isEqualTo(200);
    assertThat(admin.getBody()).contains("\"key\":\"intake\"");
    assertThat(new IntakeFlow(port).get("xbhbl-supervisor", "/engine-rest/process-definition").getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void camundaWebappsSeeTheAdministratorSignedInThroughTheApplication() {
    var admin = new IntakeFlow(port).signedIn("admin");
    // the first request naming the engine signs the person into Camunda's webapps (as opening Cockpit does)
    var count = admin.get().uri("/camunda/api/engine/engine/default/process-definition/count").retrieve()
        .toEntity(String.class);
    assertThat(count.getStatusCode().value()).as(count.getBody()).isEqualTo(200);
    assertThat(count.getBody()).contains("\"count\":");
    var auth = admin.get().uri("/camunda/api/admin/auth/user/default").retrieve().toEntity(String.class);
    assertThat(auth.getStatusCode().value()).as(auth.getBody()).isEqualTo(200);
    assertThat(auth.getBody()).contains("\"userId\":\"admin\"").contains("cockpit");
    var supervisor = new IntakeFlow(port).signedIn("xbhbl-supervisor");
    assertThat(supervisor.get().uri("/camunda/api/engine/engine/default/task").retrieve().toEntity(String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void camundaWebappsAreForAdministratorsOnly() throws Exception {
    mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/camunda/app/cockpit/default/").with(Staff.as(staff, "xbhbl-supervisor")))
        .andExpect(status().isForbidden());
  }
}
