package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socialwork.flow.ParallelRequests.race;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Kuiwen's three lists and 点单-派单-结单 over real HTTP: a service on the station's list, a need raised (bad input
 * 400 naming the field, nothing stored), ordered, dispatched by two workers at once (exactly one wins, the other 409),
 * closed with the requester's satisfaction; the resources list from the station's teams and skills; the numbers per
 * station; the published {@link Needs#raise} for care visits; station scope (another station's need 404, district
 * roles read but take no step); the pages (the raise form's errors in place, 422). Unique data per run: passes twice
 * on one MariaDB database.
 */
@ApplicationTest
class NeedIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  Needs needs;

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  private static String run() {
    return Long.toString(System.nanoTime(), 36).substring(4);
  }

  private long team(String station, String name, String kind, String volunteerNo) {
    Map<String, Object> t = new HashMap<>();
    t.put("name", name);
    t.put("kind", kind);
    t.put("stationCode", station);
    t.put("leader", station + "-worker");
    t.put("members", List.of(volunteerNo));
    ResponseEntity<String> created = api.post(station + "-worker", "/api/volunteer/teams", t);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return IntakeFlow.json(created).get("id").asLong();
  }

  private long service(String station, String name, Long teamId) {
    Map<String, Object> s = new HashMap<>();
    s.put("stationCode", station);
    s.put("name", name);
    s.put("category", "为老");
    s.put("description", "上门陪伴、读报");
    if (teamId != null) {
      s.put("teamId", teamId);
    }
    ResponseEntity<String> created = api.post(station + "-worker", "/api/volunteer/services", s);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return IntakeFlow.json(created).get("id").asLong();
  }

  private String raised(String station, String description) {
    ResponseEntity<String> r = api.post(station + "-worker", "/api/volunteer/needs", Map.of("stationCode", station,
        "source", "RESIDENT", "requesterName", "王奶奶", "requesterPhone", "13900139001", "category", "为老",
        "description", description));
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return IntakeFlow.json(r).get("needNo").asText();
  }

  private String needStatus(String no) {
    return jdbc.queryForObject("SELECT status FROM volunteer_need WHERE need_no = ?", String.class, no);
  }

  @Test
  void aNeedIsOrderedDispatchedToATeamAndClosedWithTheRequestersSatisfaction() {
    String run = run();
    String volunteerNo = IntakeFlow.json(api.post("xbhbl-worker", "/api/volunteers",
        VolunteerIntegrationTests.aVolunteer("xbhbl", "清单志愿者" + run))).get("volunteerNo").asText();
    long team = team("xbhbl", "清单服务队" + run, "为老" + run, volunteerNo);
    long service = service("xbhbl", "助老陪伴" + run, team);

    ResponseEntity<String> bad = api.post("xbhbl-worker", "/api/volunteer/needs", Map.of("stationCode", "xbhbl",
        "source", "NEIGHBOUR", "requesterPhone", "123", "description", ""));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(bad).get("errors").fieldNames()).toIterable()
        .contains("source", "requesterPhone", "description");
    ResponseEntity<String> noName = api.post("xbhbl-worker", "/api/volunteer/needs", Map.of("stationCode", "xbhbl",
        "source", "RESIDENT", "description", "缺名字" + run));
    assertThat(IntakeFlow.json(noName).get("errors").has("requesterName")).as(noName.getBody()).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_need WHERE description = ?", Integer.class,
        "缺名字" + run)).as("nothing stored").isZero();
    assertThat(api.post("sjl-worker", "/api/volunteer/needs", Map.of("stationCode", "xbhbl", "source", "STAFF",
        "description", "他站")).getStatusCode().value()).as("not sjl's station").isEqualTo(400);

    String no = raised("xbhbl", "独居老人需要每周上门读报" + run);
    assertThat(no).matches("XQ-xbhbl-\\d{4}-\\d{4}");
    assertThat(needStatus(no)).isEqualTo("OPEN");
    JsonNode read = IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteer/needs/" + no));
    assertThat(read.get("requesterName").asText()).isEqualTo("王奶奶");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'VOLUNTEER_NEED_READ' AND subject = ?",
        Integer.class, no)).as("the read is audited").isEqualTo(1);

    // scope: another station's worker finds nothing; the district reads, takes no step
    assertThat(api.get("sjl-worker", "/api/volunteer/needs/" + no).getStatusCode().value()).isEqualTo(404);
    assertThat(api.post("sjl-worker", "/api/volunteer/needs/" + no + "/order", Map.of("serviceItemId", service))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("sjl-worker", "/api/volunteer/needs?size=200").getBody()).doesNotContain(no);
    assertThat(api.get("leader", "/api/volunteer/needs/" + no).getStatusCode().value()).isEqualTo(200);
    assertThat(api.post("leader", "/api/volunteer/needs/" + no + "/order", Map.of("serviceItemId", service))
        .getStatusCode().value()).isEqualTo(403);

    // 派单 before 点单: its turn has not come
    assertThat(api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/dispatch", Map.of("teamId", team))
        .getStatusCode().value()).isEqualTo(409);
    ResponseEntity<String> noItem = api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/order",
        Map.of("serviceItemId", 999_999_999));
    assertThat(noItem.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(noItem).get("errors").has("serviceItemId")).isTrue();
    ResponseEntity<String> ordered = api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/order",
        Map.of("serviceItemId", service));
    assertThat(ordered.getStatusCode().value()).as(ordered.getBody()).isEqualTo(200);
    assertThat(IntakeFlow.json(ordered).get("status").asText()).isEqualTo("ORDERED");
    assertThat(IntakeFlow.json(ordered).get("serviceName").asText()).isEqualTo("助老陪伴" + run);
    assertThat(api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/order", Map.of("serviceItemId", service))
        .getStatusCode().value()).as("ordered already").isEqualTo(409);

    ResponseEntity<String> wrongTeam = api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/dispatch",
        Map.of("teamId", "x", "activityNo", "HD-none"));
    assertThat(wrongTeam.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(wrongTeam).get("errors").fieldNames()).toIterable().contains("teamId", "activityNo");

    ResponseEntity<String> dispatched = api.post("xbhbl-supervisor", "/api/volunteer/needs/" + no + "/dispatch",
        Map.of("teamId", team, "note", "每周三上午"));
    assertThat(dispatched.getStatusCode().value()).as(dispatched.getBody()).isEqualTo(200);
    JsonNode d = IntakeFlow.json(dispatched);
    assertThat(d.get("teamName").asText()).isEqualTo("清单服务队" + run);
    assertThat(d.get("dispatchedBy").asText()).as("by name").doesNotContain("xbhbl-supervisor");

    ResponseEntity<String> tooHappy = api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/close",
        Map.of("outcome", "已上门读报四次", "satisfaction", 6));
    assertThat(tooHappy.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(tooHappy).get("errors").has("satisfaction")).isTrue();
    assertThat(needStatus(no)).isEqualTo("DISPATCHED");
    ResponseEntity<String> closed = api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/close",
        Map.of("outcome", "已上门读报四次", "satisfaction", 5, "feedback", "很满意"));
    assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(200);
    assertThat(IntakeFlow.json(closed).get("satisfaction").asInt()).isEqualTo(5);
    assertThat(needStatus(no)).isEqualTo("CLOSED");
    assertThat(api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/close",
        Map.of("outcome", "again", "satisfaction", 1)).getStatusCode().value()).isEqualTo(409);

    JsonNode closedList = IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteer/needs?status=CLOSED&size=200"));
    assertThat(closedList.get("items").toString()).contains(no);
    assertThat(closedList.has("total")).isTrue();
    assertThat(api.get("xbhbl-worker", "/api/volunteer/needs?status=LOST").getStatusCode().value()).isEqualTo(400);
    assertThat(api.get("xbhbl-worker", "/api/volunteer/needs?size=0").getStatusCode().value()).isEqualTo(400);

    // the resources list: the team's kind with its member, the volunteer's skills
    JsonNode resources = IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteer/resources?station=xbhbl&size=200"));
    JsonNode kind = null;
    for (JsonNode r : resources.get("items")) {
      if (r.get("name").asText().equals("为老" + run)) {
        kind = r;
      }
    }
    assertThat(kind).as(resources.toString()).isNotNull();
    assertThat(kind.get("kind").asText()).isEqualTo("TEAM");
    assertThat(kind.get("teams").asInt()).isEqualTo(1);
    assertThat(kind.get("volunteers").asInt()).isEqualTo(1);
    assertThat(resources.get("items").toString()).contains("\"kind\":\"SKILL\"").contains("陪伴");
    assertThat(api.get("sjl-worker", "/api/volunteer/resources?size=200").getBody()).doesNotContain("为老" + run);

    // the numbers per station count this need as closed
    JsonNode figures = IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteer/lists"));
    JsonNode xbhbl = figures.get(0);
    assertThat(xbhbl.get("stationCode").asText()).isEqualTo("xbhbl");
    assertThat(xbhbl.get("stationName").asText()).startsWith("西坝河北里");
    assertThat(xbhbl.get("needsClosed").asInt()).isEqualTo(jdbc.queryForObject(
        "SELECT COUNT(*) FROM volunteer_need WHERE station_code = 'xbhbl' AND status = 'CLOSED'", Integer.class));
    assertThat(xbhbl.get("services").asInt()).isPositive();
  }

  @Test
  void ofTwoDispatchersOfOneNeedExactlyOneWinsTheOther409() throws Exception {
    String run = run();
    String volunteerNo = IntakeFlow.json(api.post("xbhbl-worker", "/api/volunteers",
        VolunteerIntegrationTests.aVolunteer("xbhbl", "抢单志愿者" + run))).get("volunteerNo").asText();
    long teamA = team("xbhbl", "甲队" + run, "文艺", volunteerNo);
    long teamB = team("xbhbl", "乙队" + run, "为小", volunteerNo);
    String no = raised("xbhbl", "社区儿童周末课业辅导" + run);
    api.post("xbhbl-worker", "/api/volunteer/needs/" + no + "/order", Map.of("serviceItemId",
        service("xbhbl", "课业辅导" + run, null)));
    assertThat(needStatus(no)).isEqualTo("ORDERED");

    List<ResponseEntity<String>> answers = race(2, i -> api.post(i == 0 ? "xbhbl-worker" : "xbhbl-supervisor",
        "/api/volunteer/needs/" + no + "/dispatch", Map.of("teamId", i == 0 ? teamA : teamB)));
    List<Integer> codes = answers.stream().map(r -> r.getStatusCode().value()).sorted().toList();
    assertThat(codes).as(answers.toString()).containsExactly(200, 409);
    ResponseEntity<String> lost = answers.stream().filter(r -> r.getStatusCode().value() == 409).findFirst()
        .orElseThrow();
    assertThat(IntakeFlow.json(lost).get("error").asText()).isEqualTo("conflict");
    assertThat(IntakeFlow.json(lost).get("message").asText()).contains("已派单");
    ResponseEntity<String> won = answers.stream().filter(r -> r.getStatusCode().value() == 200).findFirst()
        .orElseThrow();
    Long stored = jdbc.queryForObject("SELECT team_id FROM volunteer_need WHERE need_no = ?", Long.class, no);
    assertThat(stored).as("the winner's team").isEqualTo(IntakeFlow.json(won).get("teamId").asLong());
  }

  @Test
  void aCareVisitRaisesANeedThroughThePublishedFace() {
    String run = run();
    String no = needs.raise("xbhbl", Needs.SOURCE_VISIT, "探访发现：老人家中灯泡损坏，需要志愿者上门更换" + run, "张爷爷",
        "visit-42", "xbhbl-worker");
    JsonNode read = IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteer/needs/" + no));
    assertThat(read.get("source").asText()).isEqualTo("VISIT");
    assertThat(read.get("sourceRef").asText()).isEqualTo("visit-42");
    assertThat(read.get("status").asText()).isEqualTo("OPEN");
    assertThat(read.get("raisedBy").asText()).as("the worker by name").isNotEqualTo("xbhbl-worker");
    assertThatThrownBy(() -> needs.raise("nowhere", Needs.SOURCE_VISIT, "x", null,
        null, "xbhbl-worker")).isInstanceOf(FormValidationException.class);
  }

  @Test
  void aRecordedCareVisitsNeedsGoOntoTheNeedsListOnce() throws Exception {
    String run = run();
    Map<String, Object> target = new HashMap<>();
    target.put("stationCode", "xbhbl");
    target.put("name", "探访需求" + run);
    target.put("idNumber", VolunteerIntegrationTests.uniqueIdNumber());
    target.put("phone", "13800138000");
    target.put("address", "太阳宫北街 3 号院 2-301");
    target.put("category", "alone");
    target.put("consent", true);
    ResponseEntity<String> created = api.post("xbhbl-worker", "/api/care/targets", target);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    long targetId = IntakeFlow.json(created).get("id").asLong();
    long visit = jdbc.queryForObject("SELECT MAX(id) FROM care_visit WHERE target_id = ?", Long.class, targetId);

    var notYet = mvc.perform(post("/care/visits/" + visit + "/need").with(csrf()).with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().is3xxRedirection()).andReturn();
    assertThat(notYet.getResponse().getRedirectedUrl()).isEqualTo("/care/visits/" + visit);
    assertThat(notYet.getFlashMap().get("problem")).isEqualTo("care.need.none");

    // the visit as recorded (its recording is care's; here only its needs dimension matters)
    jdbc.update("UPDATE care_visit SET status = 'DONE', visited_on = ?, method = 'home', contact_made = TRUE, "
        + "risk_change = 'same', needs_note = ?, recorded_by = 'xbhbl-worker', recorded_at = ? WHERE id = ?",
        Date.valueOf(LocalDate.now()), "希望有志愿者每周陪同就医" + run,
        Timestamp.valueOf(LocalDateTime.now().withNano(0)), visit);
    assertThat(Staff.page(mvc, staff, "/care/visits/" + visit, "xbhbl-worker")).contains("visit-need-form");
    assertThat(Staff.page(mvc, staff, "/care/visits/" + visit, "leader")).doesNotContain("visit-need-form");
    mvc.perform(post("/care/visits/" + visit + "/need").with(csrf()).with(Staff.as(staff, "sjl-worker")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/care/visits/" + visit + "/need").with(csrf()).with(Staff.as(staff, "leader")))
        .andExpect(status().isForbidden());
    String to = mvc.perform(post("/care/visits/" + visit + "/need").with(csrf())
        .with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
        .getRedirectedUrl();
    assertThat(to).startsWith("/volunteer/needs/XQ-xbhbl-");
    String no = to.substring("/volunteer/needs/".length());
    JsonNode need = IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteer/needs/" + no));
    assertThat(need.get("source").asText()).isEqualTo("VISIT");
    assertThat(need.get("sourceRef").asText()).isEqualTo("CV-" + visit);
    assertThat(need.get("description").asText()).contains("希望有志愿者每周陪同就医" + run);
    assertThat(need.get("requesterName").asText()).isEqualTo("探访需求" + run);
    assertThat(mvc.perform(post("/care/visits/" + visit + "/need").with(csrf()).with(Staff.as(staff, "xbhbl-worker")))
        .andReturn().getResponse().getRedirectedUrl()).as("once per visit").isEqualTo(to);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_need WHERE source_ref = ?", Integer.class,
        "CV-" + visit)).isEqualTo(1);
  }

  @Test
  void thePagesListRaiseAndTakeTheStepsWithErrorsInPlace() throws Exception {
    String run = run();
    long service = service("xbhbl", "页面服务" + run, null);
    assertThat(Staff.page(mvc, staff, "/volunteer/lists", "xbhbl-worker")).contains("lists-figures")
        .contains("西坝河北里");
    String list = Staff.page(mvc, staff, "/volunteer/needs", "xbhbl-worker");
    assertThat(list).contains("need-form").contains("needs-count");
    assertThat(Staff.page(mvc, staff, "/volunteer/needs", "leader")).doesNotContain("need-form");

    var invalid = mvc.perform(post("/volunteer/needs").param("stationCode", "xbhbl").param("source", "RESIDENT")
        .param("description", "").with(csrf()).with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
    assertThat(invalid).contains("id=\"error-description\"").contains("id=\"error-requesterName\"");

    var created = mvc.perform(post("/volunteer/needs").param("stationCode", "xbhbl").param("source", "STAFF")
        .param("description", "楼道照明需要检修" + run).with(csrf()).with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(created).startsWith("/volunteer/needs/XQ-xbhbl-");
    String no = created.substring("/volunteer/needs/".length());
    assertThat(Staff.page(mvc, staff, created, "xbhbl-worker")).contains("order-form").contains("页面服务" + run);
    mvc.perform(get(created).with(Staff.as(staff, "sjl-worker"))).andExpect(status().isNotFound());

    var refused = mvc.perform(post(created + "/close").param("outcome", "x").param("satisfaction", "5").with(csrf())
        .with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().is3xxRedirection()).andReturn();
    assertThat(refused.getFlashMap().get("volunteerError")).isEqualTo("该需求还没有点单");
    mvc.perform(post(created + "/order").param("serviceItemId", Long.toString(service)).with(csrf())
        .with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().is3xxRedirection());
    assertThat(needStatus(no)).isEqualTo("ORDERED");
    assertThat(Staff.page(mvc, staff, created, "xbhbl-worker")).contains("dispatch-form");

    assertThat(Staff.page(mvc, staff, "/volunteer/services", "xbhbl-worker")).contains("service-form")
        .contains("页面服务" + run);
    mvc.perform(post("/volunteer/services").param("stationCode", "xbhbl").param("name", "").with(csrf())
        .with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().is(422));
    assertThat(Staff.page(mvc, staff, "/volunteer/resources", "xbhbl-worker")).contains("resource-list");
  }
}
