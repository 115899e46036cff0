package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

/**
 * Cancelling a published activity (issue 15 item 3's "cancelled activities notify the signed-up"): the organiser or a
 * station supervisor, with a reason; the sign-ups and the waiting list end, the signed-up with a login are told, the
 * process ends without hours; not once it has started (409), not for another station (404) or the district (403);
 * and check-in only on the activity's day.
 */
@ApplicationTest
class ActivityCancellationTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TaskService tasks;

  @Autowired
  HistoryService history;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  private static String run() {
    return Long.toString(System.nanoTime(), 36).substring(4);
  }

  private String published(String title, int quota) {
    ResponseEntity<String> started = api.post("xbhbl-worker", "/api/processes/volunteer-activity/start",
        VolunteerIntegrationTests.anActivity("xbhbl", title, quota));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    String no = IntakeFlow.json(started).get("businessKey").asText();
    api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", no, "Task_ApproveActivity"),
        Map.of("decision", "approve"));
    return no;
  }

  private String[] withLogin(String name) {
    Map<String, Object> v = VolunteerIntegrationTests.aVolunteer("xbhbl", name);
    v.put("password", VolunteerIntegrationTests.VOLUNTEER_PASSWORD);
    JsonNode body = IntakeFlow.json(api.post("xbhbl-worker", "/api/volunteers", v));
    return new String[] {body.get("volunteerNo").asText(), body.get("username").asText()};
  }

  private RestClient volunteer(String username) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultHeaders(h -> h.setBasicAuth(username, VolunteerIntegrationTests.VOLUNTEER_PASSWORD))
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
  }

  private String signUp(String activityNo, String volunteerNo) {
    ResponseEntity<String> r = api.post("xbhbl-worker", "/api/activities/" + activityNo + "/signups",
        Map.of("volunteerNo", volunteerNo));
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return IntakeFlow.json(r).get("status").asText();
  }

  private String processOf(String activityNo) {
    return jdbc.queryForObject("SELECT process_instance_id FROM volunteer_activity WHERE activity_no = ?",
        String.class, activityNo);
  }

  @Test
  void theOrganiserCancelsAPublishedActivityTheSignedUpAreToldAndNobodyGetsHours() {
    String run = run();
    String title = "取消的活动" + run;
    String no = published(title, 1);
    String[] first = withLogin("先报名" + run);
    String[] second = withLogin("候补" + run);
    assertThat(signUp(no, first[0])).isEqualTo("confirmed");
    assertThat(signUp(no, second[0])).isEqualTo("waitlisted");

    assertThat(api.post("sjl-worker", "/api/activities/" + no + "/cancel", Map.of("reason", "他站"))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(api.post("leader", "/api/activities/" + no + "/cancel", Map.of("reason", "领导"))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(volunteer(first[1]).post().uri("/api/activities/" + no + "/cancel")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(Map.of("reason", "我不去了")).retrieve()
        .toEntity(String.class).getStatusCode().value()).as("a volunteer cancels their sign-up, not the activity")
        .isEqualTo(403);
    ResponseEntity<String> noReason = api.post("xbhbl-worker", "/api/activities/" + no + "/cancel", Map.of());
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(noReason).get("errors").has("reason")).isTrue();

    ResponseEntity<String> cancelled = api.post("xbhbl-worker", "/api/activities/" + no + "/cancel",
        Map.of("reason", "暴雨预警，活动取消"));
    assertThat(cancelled.getStatusCode().value()).as(cancelled.getBody()).isEqualTo(200);
    JsonNode c = IntakeFlow.json(cancelled);
    assertThat(c.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(c.get("signupsEnded").asInt()).isEqualTo(2);
    assertThat(c.get("notified").asInt()).isEqualTo(2);

    assertThat(jdbc.queryForList("SELECT s.status FROM volunteer_signup s JOIN volunteer_activity a ON a.id = "
        + "s.activity_id WHERE a.activity_no = ?", String.class, no)).containsOnly("CANCELLED").hasSize(2);
    assertThat(jdbc.queryForObject("SELECT cancel_reason FROM volunteer_activity WHERE activity_no = ?", String.class,
        no)).isEqualTo("暴雨预警，活动取消");
    String pi = processOf(no);
    assertThat(tasks.createTaskQuery().processInstanceId(pi).count()).as("no hours task").isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId("EndEvent_Cancelled")
        .count()).isEqualTo(1);
    assertThat(api.get("xbhbl-worker", "/api/tasks?tab=mine&size=200&businessKey=" + no).getBody())
        .doesNotContain("Task_ConfirmHours");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_hours_entry e JOIN volunteer v ON v.id = "
        + "e.volunteer_id WHERE v.volunteer_no IN (?, ?)", Integer.class, first[0], second[0])).isZero();

    for (String[] v : List.of(first, second)) {
      JsonNode notices = IntakeFlow.json(volunteer(v[1]).get().uri("/api/notifications").retrieve()
          .toEntity(String.class));
      JsonNode told = null;
      for (JsonNode n : notices.get("items")) {
        if ("cancelled".equals(n.get("kind").asText()) && n.get("link").asText().endsWith(no)) {
          told = n;
        }
      }
      assertThat(told).as(v[1] + " " + notices).isNotNull();
      assertThat(told.get("title").asText()).contains(title).contains("暴雨预警");
      // the link opens: a volunteer still sees the cancelled activity, with the reason
      assertThat(volunteer(v[1]).get().uri("/api/activities/" + no).retrieve().toEntity(String.class).getBody())
          .contains("CANCELLED").contains("暴雨预警");
    }

    assertThat(api.post("xbhbl-supervisor", "/api/activities/" + no + "/cancel", Map.of("reason", "再次"))
        .getStatusCode().value()).as("cancelled already").isEqualTo(409);
    assertThat(api.post("xbhbl-worker", "/api/activities/" + no + "/signups", Map.of("volunteerNo", first[0]))
        .getStatusCode().value()).as("no sign-up any more").isEqualTo(409);
  }

  @Test
  void anActivityThatHasStartedIsNotCancelledAndCheckInIsOnlyOnItsDay() throws Exception {
    String run = run();
    String no = published("已开始" + run, 3);
    String v = IntakeFlow.json(api.post("xbhbl-worker", "/api/volunteers",
        VolunteerIntegrationTests.aVolunteer("xbhbl", "当天" + run))).get("volunteerNo").asText();
    signUp(no, v);

    ResponseEntity<String> early = api.post("xbhbl-worker", "/api/activities/" + no + "/check-in",
        Map.of("volunteerNo", v));
    assertThat(early.getStatusCode().value()).as(early.getBody()).isEqualTo(400);
    assertThat(IntakeFlow.json(early).get("errors").get("code").asText()).contains("活动当天").contains("08:00")
        .contains("12:00");

    VolunteerIntegrationTests.onTheDay(jdbc, no);
    assertThat(api.post("xbhbl-worker", "/api/activities/" + no + "/check-in", Map.of("volunteerNo", v))
        .getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> started = api.post("xbhbl-supervisor", "/api/activities/" + no + "/cancel",
        Map.of("reason", "太晚了"));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(409);
    assertThat(IntakeFlow.json(started).get("message").asText()).contains("已经开始");
    assertThat(jdbc.queryForObject("SELECT status FROM volunteer_activity WHERE activity_no = ?", String.class, no))
        .isEqualTo("PUBLISHED");

    // the page: the cancel form for the organiser only while it has not started; a refusal comes back as its message
    var refused = mvc.perform(post("/volunteer/activities/" + no + "/cancel-activity").param("reason", "页面")
        .with(csrf()).with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().is3xxRedirection()).andReturn();
    assertThat(refused.getFlashMap().get("volunteerError")).isEqualTo("活动已经开始，不能再取消");
    String fresh = published("页面取消" + run, 3);
    assertThat(Staff.page(mvc, staff, "/volunteer/activities/" + fresh, "xbhbl-worker"))
        .contains("cancel-activity-form");
    assertThat(Staff.page(mvc, staff, "/volunteer/activities/" + fresh, "leader"))
        .doesNotContain("cancel-activity-form");
    mvc.perform(post("/volunteer/activities/" + fresh + "/cancel-activity").param("reason", "场地临时占用")
        .with(csrf()).with(Staff.as(staff, "xbhbl-supervisor"))).andExpect(status().is3xxRedirection());
    assertThat(Staff.page(mvc, staff, "/volunteer/activities/" + fresh, "xbhbl-worker"))
        .contains("activity-cancelled").contains("场地临时占用").doesNotContain("cancel-activity-form");
  }
}
