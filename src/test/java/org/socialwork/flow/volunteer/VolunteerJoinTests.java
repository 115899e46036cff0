package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.form.ResidentIdNumber;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.client.RestClient;

/**
 * Volunteers' own applications: the public form (no login) refuses bad input naming the fields and stores nothing,
 * one pending application per ID number, the code shown once (only its hash stored), the station's workers approve
 * (registered as staff would register) or reject with a reason, other stations see and decide nothing, and the
 * approved applicant sets a password once and signs in. Unique data per run.
 */
@ApplicationTest
class VolunteerJoinTests {

  private static final Pattern CODE = Pattern.compile("id=\"join-code\">([0-9A-Z-]+)<");

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  private static String run() {
    return Long.toString(System.nanoTime(), 36).substring(4);
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder r, String who) throws Exception {
    return result(r, who).getResponse();
  }

  private org.springframework.test.web.servlet.MvcResult result(MockHttpServletRequestBuilder r, String who)
      throws Exception {
    if (who != null) {
      r.with(Staff.as(staff, who));
    }
    return mvc.perform(r.with(csrf())).andReturn();
  }

  private MockHttpServletResponse apply(Map<String, String> form) throws Exception {
    MockHttpServletRequestBuilder r = post("/volunteer/join");
    form.forEach(r::param);
    return perform(r, null);
  }

  private static Map<String, String> anApplication(String name, String idNumber) {
    return Map.of("stationCode", "xbhbl", "fullName", name, "idNumber", idNumber, "phone", "13700137000",
        "skills", "陪伴，文艺", "availableTimes", "周末上午", "consent", "true");
  }

  private static String body(MockHttpServletResponse r) throws Exception {
    return r.getContentAsString(StandardCharsets.UTF_8);
  }

  private String applied(String name, String idNumber) throws Exception {
    MockHttpServletResponse r = apply(anApplication(name, idNumber));
    assertThat(r.getStatus()).as(body(r)).isEqualTo(200);
    Matcher m = CODE.matcher(body(r));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private String status(String code) throws Exception {
    MockHttpServletResponse r = perform(post("/volunteer/join/status").param("code", code), null);
    return body(r);
  }

  private Long applicationId(String name) {
    return jdbc.queryForObject("SELECT id FROM volunteer_application WHERE full_name = ? AND status = 'PENDING'",
        Long.class, name);
  }

  @Test
  void anApplicantAppliesTheStationApprovesAndTheApplicantSetsTheirPasswordOnce() throws Exception {
    MockHttpServletResponse form = perform(get("/volunteer/join"), null);
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(body(form)).contains("志愿者报名", "西坝河北里").doesNotContain("value=\"xbhbl\">xbhbl<");

    String name = "自荐" + run();
    String id = VolunteerIntegrationTests.uniqueIdNumber();
    MockHttpServletResponse bad = apply(Map.of("stationCode", "nowhere", "fullName", name,
        "idNumber", "110105194912310000", "phone", "12345"));
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(body(bad)).contains("id=\"error-stationCode\"", "id=\"error-idNumber\"", "id=\"error-phone\"",
        "id=\"error-consent\"", "value=\"" + name + "\"");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_application WHERE full_name = ?", Integer.class,
        name)).as("nothing stored").isZero();

    String code = applied(name, id);
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(jdbc.queryForObject("SELECT token_hash FROM volunteer_application WHERE full_name = ?", String.class,
        name)).hasSize(64).doesNotContain(code.replace("-", ""));
    MockHttpServletResponse twice = apply(anApplication(name + "重", id));
    assertThat(twice.getStatus()).isEqualTo(422);
    assertThat(body(twice)).contains("id=\"error-idNumber\"", "待审核的报名");
    assertThat(status(code.toLowerCase(java.util.Locale.ROOT).replace("-", ""))).contains(name, "待审核")
        .doesNotContain(id);
    assertThat(perform(post("/volunteer/join/status").param("code", "AAAA-BBBB-CCCC"), null).getStatus())
        .isEqualTo(404);
    assertThat(perform(post("/volunteer/join/activate").param("code", code).param("password", "Joined2026abc")
        .param("passwordAgain", "Joined2026abc"), null).getStatus()).as("not approved yet").isEqualTo(409);

    Long appId = applicationId(name);
    assertThat(Staff.page(mvc, staff, "/volunteer/activities", "xbhbl-worker")).as("the tab's figure")
        .contains("id=\"waiting-applications\"");
    assertThat(Staff.page(mvc, staff, "/volunteer/applications", "sjl-worker")).doesNotContain(name);
    assertThat(Staff.page(mvc, staff, "/volunteer/applications", "xbhbl-worker")).contains(name,
        ResidentIdNumber.mask(id)).doesNotContain(id);
    assertThat(Staff.page(mvc, staff, "/volunteer/applications", "xbhbl-supervisor")).contains(name, id);
    assertThat(perform(post("/volunteer/applications/" + appId + "/approve"), "sjl-worker").getStatus())
        .isEqualTo(404);
    assertThat(perform(post("/volunteer/applications/" + appId + "/approve"), "leader").getStatus()).isEqualTo(403);
    assertThat(perform(post("/volunteer/applications/" + appId + "/approve"), null).getRedirectedUrl())
        .contains("/login");

    MockHttpServletResponse approved = perform(post("/volunteer/applications/" + appId + "/approve"),
        "xbhbl-worker");
    assertThat(approved.getRedirectedUrl()).isEqualTo("/volunteer/applications");
    Map<String, Object> v = jdbc.queryForMap("SELECT volunteer_no, registered_by, username, skills FROM volunteer "
        + "WHERE id_number = ?", id);
    String volunteerNo = (String) v.get("volunteer_no");
    assertThat(volunteerNo).matches("ZY-xbhbl-\\d{5}");
    assertThat(v.get("registered_by")).isEqualTo("xbhbl-worker");
    assertThat(v.get("username")).isNull();
    assertThat(v.get("skills")).isEqualTo("陪伴,文艺");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'VOLUNTEER_APPLICATION_APPROVE' "
        + "AND subject = ?", Integer.class, "application " + appId + " " + volunteerNo)).isEqualTo(1);
    var again = result(post("/volunteer/applications/" + appId + "/approve"), "xbhbl-worker");
    assertThat(again.getFlashMap().get("volunteerError").toString()).contains("已审核");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer WHERE id_number = ?", Integer.class, id))
        .isEqualTo(1);

    assertThat(status(code)).contains("已通过", volunteerNo, "activate-form");
    MockHttpServletResponse differ = perform(post("/volunteer/join/activate").param("code", code)
        .param("password", "Joined2026abc").param("passwordAgain", "Joined2026abd"), null);
    assertThat(differ.getStatus()).isEqualTo(422);
    assertThat(body(differ)).contains("id=\"error-passwordAgain\"");
    MockHttpServletResponse weak = perform(post("/volunteer/join/activate").param("code", code)
        .param("password", "123").param("passwordAgain", "123"), null);
    assertThat(weak.getStatus()).isEqualTo(422);
    assertThat(body(weak)).contains("id=\"error-password\"");
    MockHttpServletResponse done = perform(post("/volunteer/join/activate").param("code", code)
        .param("password", "Joined2026abc").param("passwordAgain", "Joined2026abc"), null);
    assertThat(done.getStatus()).as(body(done)).isEqualTo(200);
    String username = volunteerNo.toLowerCase(java.util.Locale.ROOT);
    assertThat(body(done)).contains(username);
    assertThat(perform(post("/volunteer/join/activate").param("code", code).param("password", "Other2026abcd")
        .param("passwordAgain", "Other2026abcd"), null).getStatus()).as("once").isEqualTo(409);

    RestClient signedIn = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultHeaders(h -> h.setBasicAuth(username, "Joined2026abc"))
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
    var own = signedIn.get().uri("/api/volunteers/" + volunteerNo).retrieve().toEntity(String.class);
    assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(200);
    assertThat(own.getBody()).contains(id).as("the volunteer sees their own whole ID number");
  }

  @Test
  void aRejectedApplicationShowsTheReasonAndThePersonMayApplyAgain() throws Exception {
    String name = "退回" + run();
    String id = VolunteerIntegrationTests.uniqueIdNumber();
    String code = applied(name, id);
    Long appId = applicationId(name);
    var noReason = result(post("/volunteer/applications/" + appId + "/reject"), "xbhbl-supervisor");
    assertThat(noReason.getFlashMap().get("volunteerError")).isNotNull();
    assertThat(perform(post("/volunteer/applications/" + appId + "/reject").param("reason", "x"), "sjl-supervisor")
        .getStatus()).isEqualTo(404);
    perform(post("/volunteer/applications/" + appId + "/reject").param("reason", "本站暂不招募"), "xbhbl-supervisor");
    assertThat(status(code)).contains("未通过", "本站暂不招募").doesNotContain("activate-form");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer WHERE id_number = ?", Integer.class, id)).isZero();
    applied(name, id);
  }
}
