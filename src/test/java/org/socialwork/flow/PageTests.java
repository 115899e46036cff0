package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.form.FieldView;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages: login, inbox, start and task forms with messages in place, case page, language switch. */
@ApplicationTest
class PageTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  TaskService tasks;

  @LocalServerPort
  int port;

  private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, Object> fields) {
    fields.forEach((k, v) -> request.param(k, String.valueOf(v)));
    return request;
  }

  @Test
  void pagesNeedALogin() throws Exception {
    mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("登录")));
  }

  @Test
  void startPageListsOnlyWhatTheMemberMayStart() throws Exception {
    mvc.perform(get("/start").with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("start-intake")));
    mvc.perform(get("/start").with(Staff.as(staff, "leader"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("start-intake"))));
    mvc.perform(get("/start/intake").with(Staff.as(staff, "leader"))).andExpect(status().isForbidden());
  }

  @Test
  void invalidStartFormComesBackWithMessagesBesideTheFieldsAndTheTypedValues() throws Exception {
    Map<String, Object> fields = Fixtures.anIntake("xbhbl");
    fields.put("idNumber", "110105194912310021");
    fields.put("clientName", "页面校验居民");
    MvcResult result = mvc.perform(form(post("/start/intake"), fields).with(Staff.as(staff, "xbhbl-worker")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andExpect(view().name("start"))
        .andExpect(model().attribute("hasErrors", true)).andReturn();
    @SuppressWarnings("unchecked")
    List<FieldView> views = (List<FieldView>) result.getModelAndView().getModel().get("fields");
    FieldView id = views.stream().filter(f -> "idNumber".equals(f.key())).findFirst().orElseThrow();
    assertThat(id.error()).isEqualTo("身份证号无效（请核对校验位和出生日期）");
    FieldView name = views.stream().filter(f -> "clientName".equals(f.key())).findFirst().orElseThrow();
    assertThat(name.value()).isEqualTo("页面校验居民");
    assertThat(name.error()).isNull();
    assertThat(result.getResponse().getContentAsString()).contains("id=\"error-idNumber\"");
  }

  @Test
  void validStartFormRedirectsToTheNewCase() throws Exception {
    mvc.perform(form(post("/start/intake"), Fixtures.anIntake("xbhbl")).with(Staff.as(staff, "xbhbl-worker")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/XBHBL-*"));
  }

  @Test
  void formPostsWithoutCsrfTokenAreRefused() throws Exception {
    mvc.perform(form(post("/start/intake"), Fixtures.anIntake("xbhbl")).with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theCasePagesOpenTasksReadInTheReadersLanguage() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    assertThat(Staff.page(mvc, staff, "/cases/" + caseNo, "xbhbl-worker"))
        .contains("<a href=\"/tasks/" + task + "\">筛查接案请求</a>");
    assertThat(Staff.page(mvc, staff, "/cases/" + caseNo + "?lang=en", "xbhbl-worker"))
        .contains("<a href=\"/tasks/" + task + "\">Screen the intake request</a>");
  }

  @Test
  void formHintsAreInTheReadersLanguage() throws Exception {
    assertThat(Staff.page(mvc, staff, "/start/intake", "xbhbl-worker")).contains("11 位手机号");
    assertThat(Staff.page(mvc, staff, "/start/intake?lang=en", "xbhbl-worker")).contains("11-digit mobile number")
        .doesNotContain("11 位手机号");
  }

  @Test
  void taskPageShowsTheFormAndTheCaseAndCompletes() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");

    mvc.perform(get("/tasks/" + task).with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isOk())
        .andExpect(view().name("task"))
        .andExpect(content().string(Matchers.containsString(caseNo)))
        .andExpect(content().string(Matchers.containsString("独居老人，行动不便")));
    mvc.perform(post("/tasks/" + task).param("decision", "refer").with(Staff.as(staff, "xbhbl-worker")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andExpect(content().string(Matchers.containsString("error-receivingOrg")));
    mvc.perform(post("/tasks/" + task).param("decision", "accept").with(Staff.as(staff, "xbhbl-worker")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tasks"));
    mvc.perform(get("/cases/" + caseNo).with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("开案审查中")));
  }

  @Test
  void inboxShowsOverdueTasksFirst() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    // both clients share a name of this run's own, so the inbox search shows just these two, in the inbox's order,
    // however many tasks earlier runs on the same database left to the worker
    String name = "王" + (char) (0x4E00 + (int) (System.nanoTime() % 20000)) + (char) (0x4E00 + (int) (Math.random() * 20000));
    Map<String, Object> first = Fixtures.anIntake("xbhbl");
    first.put("clientName", name);
    Map<String, Object> second = Fixtures.anIntake("xbhbl");
    second.put("clientName", name);
    String early = api.register("xbhbl-worker", first);
    String late = api.register("xbhbl-worker", second);
    String overdueTask = api.taskOf("xbhbl-worker", late, "Task_ScreenIntake");
    tasks.setDueDate(overdueTask, new Date(System.currentTimeMillis() - 86_400_000L));

    String html = mvc.perform(get("/tasks").param("q", name).with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html.indexOf(late)).isPositive().isLessThan(html.indexOf(early));
    assertThat(html).contains("class=\"overdue\"").contains("已逾期");
  }

  @Test
  void languageLinksKeepTheRestOfTheQuery() throws Exception {
    mvc.perform(get("/tasks?tab=unclaimed").with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(content().string(Matchers.containsString("href=\"/tasks?tab=unclaimed&amp;lang=en\"")));
  }

  @Test
  void englishIsOneSwitchAway() throws Exception {
    mvc.perform(get("/tasks").param("lang", "en").with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("My tasks")));
    mvc.perform(get("/start/intake").cookie(new Cookie("lang", "en")).with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Resident ID number")));
  }
}
