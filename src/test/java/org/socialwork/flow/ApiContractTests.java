package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The answers of /api: 201, 204, 400 with field messages, 401 JSON, 403, 404, 409. */
@ApplicationTest
class ApiContractTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ObjectMapper json;

  @LocalServerPort
  int port;

  @Test
  void unauthenticatedCallsGet401WithJsonNotARedirect() throws Exception {
    mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized())
        .andExpect(header().doesNotExist("WWW-Authenticate"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.error").value("unauthenticated"));
    // a wrong password (another account: the engine delays further attempts of an account after a failure)
    mvc.perform(get("/api/tasks").with(httpBasic("xjy-worker", "wrong"))).andExpect(status().isUnauthorized());
  }

  @Test
  void listsTheProcessesTheCallerMayStartWithTheirForms() throws Exception {
    mvc.perform(get("/api/processes").with(httpBasic("xbhbl-worker", "demo"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].key").value("intake"))
        .andExpect(jsonPath("$[0].form.id").value("intake-register"));
    mvc.perform(get("/api/processes").with(httpBasic("leader", "demo"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].key").value("project-inspection"));
  }

  @Test
  void startAnswers201WithTheBusinessKey() throws Exception {
    mvc.perform(post("/api/processes/intake/start").with(httpBasic("xbhbl-worker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Fixtures.anIntake("xbhbl"))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.businessKey").value(org.hamcrest.Matchers.startsWith("XBHBL-")))
        .andExpect(jsonPath("$.processInstanceId").isNotEmpty())
        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/cases/XBHBL-")));
  }

  @Test
  void invalidFieldsAnswer400WithMessagesAndStoreNothing() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.put("clientName", "无效身份证的居民");
    form.put("idNumber", "110105194912310021");
    form.put("phone", "12345");
    form.remove("urgency");
    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);
    mvc.perform(post("/api/processes/intake/start").with(httpBasic("xbhbl-worker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.idNumber").value("身份证号无效（请核对校验位和出生日期）"))
        .andExpect(jsonPath("$.errors.phone").exists())
        .andExpect(jsonPath("$.errors.urgency").value("此项必填"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE full_name = ?", Integer.class, "无效身份证的居民"))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class)).isEqualTo(cases);
  }

  @Test
  void referralSourceReferralNeedsTheReferringOrganisation() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.put("referralSource", "referral");
    mvc.perform(post("/api/processes/intake/start").with(httpBasic("xbhbl-worker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.referrerOrg").exists());
  }

  @Test
  void malformedBodyAnswers400() throws Exception {
    mvc.perform(post("/api/processes/intake/start").with(httpBasic("xbhbl-worker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("[not json"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("malformed"));
  }

  @Test
  void aSupervisorWithoutAWorkerRoleMayNotRegisterAnIntake() throws Exception {
    mvc.perform(post("/api/processes/intake/start").with(httpBasic("xbhbl-supervisor", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Fixtures.anIntake("xbhbl"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void aWorkerCannotRegisterIntoAnotherStation() throws Exception {
    mvc.perform(post("/api/processes/intake/start").with(httpBasic("sjl-worker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Fixtures.anIntake("xbhbl"))))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.stationCode").exists());
  }

  @Test
  void unknownProcessOrTaskAnswers404() throws Exception {
    mvc.perform(post("/api/processes/no-such/start").with(httpBasic("xbhbl-worker", "demo"))
        .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
    mvc.perform(get("/api/tasks/no-such-task").with(httpBasic("xbhbl-worker", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/cases/XBHBL-1999-0001").with(httpBasic("xbhbl-worker", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void completingATaskTwiceAnswers409() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    api.complete("xbhbl-worker", task, Map.of("decision", "accept"));
    mvc.perform(post("/api/tasks/" + task + "/complete").with(httpBasic("xbhbl-worker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"accept\"}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("该任务已被办理完成"));
  }

  @Test
  void aTaskHeldBySomeoneElseAnswers409() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    mvc.perform(post("/api/tasks/" + task + "/claim").with(httpBasic("xbhbl-worker2", "demo")))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/tasks/" + task + "/complete").with(httpBasic("xbhbl-worker2", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"accept\"}"))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/tasks/" + task + "/unclaim").with(httpBasic("xbhbl-worker2", "demo")))
        .andExpect(status().isConflict());
  }

  @Test
  void releasedTaskCanBeClaimedByAColleague() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    mvc.perform(post("/api/tasks/" + task + "/unclaim").with(httpBasic("xbhbl-worker", "demo")))
        .andExpect(status().isNoContent());
    mvc.perform(post("/api/tasks/" + task + "/claim").with(httpBasic("xbhbl-worker2", "demo")))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/tasks/" + task).with(httpBasic("xbhbl-worker2", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.task.assignee").value("xbhbl-worker2"));
  }

  @Test
  void sessionCallsWithoutCsrfTokenAreRefusedButBasicAuthCallsNeedNone() throws Exception {
    var session = new org.springframework.mock.web.MockHttpSession();
    mvc.perform(post("/api/tasks/x/claim").session(session)
            .with(Staff.as(applicationStaff(), "xbhbl-worker")))
        .andExpect(status().isForbidden());
  }

  @Test
  void openApiDescribesTheApi() throws Exception {
    mvc.perform(get("/v3/api-docs").with(httpBasic("xbhbl-worker", "demo"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/tasks']").exists())
        .andExpect(jsonPath("$.paths['/api/processes/{processKey}/start']").exists())
        .andExpect(jsonPath("$.paths['/api/cases/{caseNo}']").exists());
  }

  @Autowired
  org.socialwork.flow.organization.StaffDirectory staffDirectory;

  private org.socialwork.flow.organization.StaffDirectory applicationStaff() {
    return staffDirectory;
  }
}
