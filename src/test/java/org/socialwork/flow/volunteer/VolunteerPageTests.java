package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The volunteer pages: every role reaches them, other stations' activities and volunteers are not found, the ID number
 * is whole only for the station's supervisor, and a volunteer signs up and checks in with the organiser's code on the
 * pages (a wrong code is refused with its message).
 */
@ApplicationTest
class VolunteerPageTests {

  static final List<String> STAFF = List.of("xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "leader", "mentor",
      "admin");

  @LocalServerPort
  int port;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  private IntakeFlow api() {
    return new IntakeFlow(port);
  }

  private String published(String title) {
    IntakeFlow api = api();
    ResponseEntity<String> started = api.post("xbhbl-worker", "/api/processes/volunteer-activity/start",
        VolunteerIntegrationTests.anActivity("xbhbl", title, 5));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    String no = IntakeFlow.json(started).get("businessKey").asText();
    api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", no, "Task_ApproveActivity"),
        Map.of("decision", "approve"));
    return no;
  }

  private JsonNode registered(Map<String, Object> volunteer) {
    ResponseEntity<String> r = api().post("xbhbl-worker", "/api/volunteers", volunteer);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return IntakeFlow.json(r);
  }

  private static String run() {
    return Long.toString(System.nanoTime(), 36).substring(4);
  }

  @Test
  void everyRoleReachesTheVolunteerPagesAndOtherStationsObjectsAreNotFound() throws Exception {
    String title = "页面活动" + run();
    String no = published(title);
    Map<String, Object> v = VolunteerIntegrationTests.aVolunteer("xbhbl", "页面志愿者" + run());
    String volunteerNo = registered(v).get("volunteerNo").asText();
    for (String user : STAFF) {
      for (String path : List.of("/volunteer/activities", "/volunteer/volunteers", "/volunteer/me")) {
        assertThat(Staff.page(mvc, staff, path, user)).as(user + " " + path).contains("志愿");
      }
    }
    assertThat(Staff.page(mvc, staff, "/volunteer/activities", "xbhbl-worker")).contains(title)
        .contains("nav-volunteer");
    assertThat(Staff.page(mvc, staff, "/volunteer/activities", "sjl-worker")).doesNotContain(title);
    assertThat(Staff.page(mvc, staff, "/volunteer/activities/" + no, "xbhbl-worker")).contains(title)
        .contains("organiser-page").contains("西坝河北里");
    mvc.perform(get("/volunteer/activities/" + no).with(Staff.as(staff, "sjl-worker"))).andExpect(status().isNotFound());
    mvc.perform(get("/volunteer/volunteers/" + volunteerNo).with(Staff.as(staff, "sjl-worker")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/volunteer/activities/" + no + "/code").with(Staff.as(staff, "leader")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/volunteer/activities")).andExpect(status().is3xxRedirection());

    assertThat(Staff.page(mvc, staff, "/dashboard", "leader")).contains("volunteer-figures").contains("注册志愿者");
    assertThat(Staff.page(mvc, staff, "/volunteer/volunteers?station=xbhbl", "leader")).contains(volunteerNo);
    assertThat(api().get("leader", "/api/dashboard").getBody()).contains("volunteersByStation")
        .contains("volunteerYear");

    String id = (String) v.get("idNumber");
    assertThat(Staff.page(mvc, staff, "/volunteer/volunteers/" + volunteerNo, "xbhbl-supervisor")).contains(id);
    assertThat(Staff.page(mvc, staff, "/volunteer/volunteers/" + volunteerNo, "xbhbl-worker")).doesNotContain(id)
        .contains(id.substring(14));
  }

  @Test
  void aVolunteerSignsUpAndChecksInWithTheOrganisersCode() throws Exception {
    String title = "签到页面" + run();
    String no = published(title);
    Map<String, Object> v = VolunteerIntegrationTests.aVolunteer("xbhbl", "手机签到" + run());
    v.put("password", VolunteerIntegrationTests.VOLUNTEER_PASSWORD);
    JsonNode me = registered(v);
    String username = me.get("username").asText();

    String page = Staff.page(mvc, staff, "/volunteer/activities/" + no, username);
    assertThat(page).contains("signup-button").doesNotContain("organiser-page").doesNotContain("id=\"roster\"");
    mvc.perform(post("/volunteer/activities/" + no + "/signup").with(csrf()).with(Staff.as(staff, username)))
        .andExpect(status().is3xxRedirection());
    assertThat(Staff.page(mvc, staff, "/volunteer/activities/" + no, username)).contains("id=\"my-status\">已确认")
        .contains("check-form");

    VolunteerIntegrationTests.onTheDay(jdbc, no);
    String organiser = Staff.page(mvc, staff, "/volunteer/activities/" + no + "/code", "xbhbl-worker");
    Matcher m = Pattern.compile("id=\"check-code\">(\\d{6})<").matcher(organiser);
    assertThat(m.find()).as(organiser).isTrue();
    String code = m.group(1);
    String wrong = code.equals("000000") ? "111111" : "000000";

    var refused = mvc.perform(post("/volunteer/activities/" + no + "/check-in").param("code", wrong).with(csrf())
        .with(Staff.as(staff, username))).andExpect(status().is3xxRedirection()).andReturn();
    assertThat(refused.getFlashMap().get("volunteerError")).isEqualTo("签到码不正确");
    mvc.perform(post("/volunteer/activities/" + no + "/check-in").param("code", code).with(csrf())
        .with(Staff.as(staff, username))).andExpect(status().is3xxRedirection());
    assertThat(Staff.page(mvc, staff, "/volunteer/activities/" + no, username)).contains("签到 ")
        .contains("签退</button>");
    assertThat(Staff.page(mvc, staff, "/volunteer/me", username)).contains(me.get("volunteerNo").asText())
        .contains(title).contains("未达星级");
    String other = registered(VolunteerIntegrationTests.aVolunteer("xbhbl", "别人" + run())).get("volunteerNo").asText();

    // the organiser confirms the roster's hours on the activity page: capped by the 3-hour activity
    String myNo = me.get("volunteerNo").asText();
    assertThat(Staff.page(mvc, staff, "/volunteer/activities/" + no, "xbhbl-worker")).contains("hours-form")
        .contains("hours." + myNo);
    mvc.perform(post("/volunteer/activities/" + no + "/hours").param("hours." + myNo, "5").param("rating." + myNo, "5")
        .with(csrf()).with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().is3xxRedirection());
    assertThat(Staff.page(mvc, staff, "/volunteer/activities/" + no, "xbhbl-worker")).contains("公示中")
        .doesNotContain("hours-form");
    assertThat(api().get("xbhbl-worker", "/api/activities/" + no).getBody()).contains("\"hours\":3");
    mvc.perform(get("/volunteer/volunteers/" + other).with(Staff.as(staff, username)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aVolunteerLandsOnTheirOwnPageAndTheMenuShowsNoStaffPages() throws Exception {
    Map<String, Object> v = VolunteerIntegrationTests.aVolunteer("xbhbl", "首页" + run());
    v.put("password", VolunteerIntegrationTests.VOLUNTEER_PASSWORD);
    String username = registered(v).get("username").asText();

    mvc.perform(get("/").with(Staff.as(staff, username))).andExpect(redirectedUrl("/volunteer/me"));
    assertThat(Staff.page(mvc, staff, "/volunteer/me", username)).contains("id=\"nav-volunteer\"")
        .doesNotContain("id=\"nav-cases\"").doesNotContain("id=\"nav-care\"").doesNotContain("id=\"nav-tasks\"")
        .doesNotContain("id=\"nav-dashboard\"").doesNotContain("id=\"nav-venture\"");
    mvc.perform(get("/").with(Staff.as(staff, "xbhbl-worker"))).andExpect(redirectedUrl("/tasks"));
    assertThat(Staff.page(mvc, staff, "/volunteer/me", "xbhbl-worker")).contains("id=\"nav-cases\"")
        .contains("id=\"nav-tasks\"").contains("id=\"nav-volunteer\"");
  }
}
