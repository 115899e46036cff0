package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.ParallelRequests;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

/**
 * 志愿者结对 through /api: a target paired with a volunteer of its station gives the volunteer a visit task of their
 * own beside the worker's (at once when the window is open, and for every visit planned after); the volunteer sees
 * only the targets paired with them, ID numbers masked, and records the visit through their task, which ends the
 * worker's; ending the pairing removes the volunteer's task; another station's staff see and pair nothing; of two
 * pairings at once one wins.
 */
@ApplicationTest
class VolunteerPairingTests {

  static final String PASSWORD = "Pairing2026volunteer";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  @Autowired
  TaskService tasks;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  IntakeFlow api;
  String run;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
    run = Long.toString(System.nanoTime(), 36);
  }

  /** A volunteer of the station with a login; answers {volunteerNo, username}. */
  private JsonNode aVolunteer(String station, String name, boolean login) {
    Map<String, Object> v = new HashMap<>();
    v.put("fullName", name);
    v.put("idNumber", RosterImportTests.anyIdNumber());
    v.put("phone", "13900139000");
    v.put("stationCode", station);
    v.put("skills", List.of("陪伴"));
    v.put("consent", true);
    if (login) {
      v.put("password", PASSWORD);
    }
    ResponseEntity<String> r = api.post(station + "-worker", "/api/volunteers", v);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return IntakeFlow.json(r);
  }

  private long aTarget(String name) {
    Map<String, Object> t = CareIntegrationTests.aTarget("xbhbl", "alone", name);
    t.put("idNumber", RosterImportTests.anyIdNumber());
    ResponseEntity<String> r = api.post("xbhbl-worker", "/api/care/targets", t);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return IntakeFlow.json(r).get("id").asLong();
  }

  private Map<String, Object> openVisit(long target) {
    return jdbc.queryForMap("SELECT id, process_instance_id FROM care_visit WHERE target_id = ?"
        + " AND status IN ('PLANNED', 'LATE')", target);
  }

  private void openWindow(Map<String, Object> visit) {
    Job open = management.createJobQuery().processInstanceId((String) visit.get("process_instance_id"))
        .activityId("Timer_WindowOpens").singleResult();
    management.executeJob(open.getId());
  }

  private List<Task> tasksOf(Map<String, Object> visit) {
    return tasks.createTaskQuery().processInstanceId((String) visit.get("process_instance_id"))
        .list().stream()
        .sorted(java.util.Comparator.comparing(Task::getTaskDefinitionKey)).toList();
  }

  private ResponseEntity<String> pair(String user, long target, String volunteerNo) {
    return api.post(user, "/api/care/targets/" + target + "/volunteer", Map.of("volunteerNo", volunteerNo));
  }

  /** The volunteer's login (their own password, not the demo one). */
  private RestClient as(String volunteer) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultHeaders(h -> h.setBasicAuth(volunteer, PASSWORD))
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
  }

  private ResponseEntity<String> get(String volunteer, String path) {
    return as(volunteer).get().uri(path).retrieve().toEntity(String.class);
  }

  private ResponseEntity<String> post(String volunteer, String path, Object body) {
    return as(volunteer).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
        .toEntity(String.class);
  }

  @Test
  void thePairedVolunteerGetsATaskOfTheirOwnSeesOnlyTheirTargetsAndRecordsTheVisit() {
    JsonNode v = aVolunteer("xbhbl", "结对志愿者" + run, true);
    String username = v.get("username").asText();
    long target = aTarget("结对对象" + run);
    long other = aTarget("未结对对象" + run);
    Map<String, Object> first = openVisit(target);
    openWindow(first);
    assertThat(tasksOf(first)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Visit");

    ResponseEntity<String> paired = pair("xbhbl-worker", target, v.get("volunteerNo").asText());
    assertThat(paired.getStatusCode().value()).as(paired.getBody()).isEqualTo(200);
    assertThat(IntakeFlow.json(paired).get("volunteerName").asText()).isEqualTo("结对志愿者" + run);
    // the five-force linkage sees the pairing with its volunteer
    ResponseEntity<String> linkable = api.get("xbhbl-worker", "/api/linkage/subjects?kind=pairing&ref=CT-" + target);
    assertThat(linkable.getStatusCode().value()).as(linkable.getBody()).isEqualTo(200);
    assertThat(linkable.getBody()).contains("结对志愿者" + run);
    // the open window: the volunteer's task beside the worker's, at once
    List<Task> both = tasksOf(first);
    assertThat(both).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Visit", "Task_VolunteerVisit");
    assertThat(both.get(1).getAssignee()).isEqualTo(username);

    // the volunteer sees this target only, ID masked, and the visit; not the other target, not the roster
    String login = username;
    ResponseEntity<String> mine = get(login, "/api/care/paired");
    JsonNode list = IntakeFlow.json(mine);
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asLong()).isEqualTo(target);
    assertThat(list.get(0).get("maskedIdNumber").asText()).contains("*");
    assertThat(list.get(0).get("nextVisitId").asLong()).isEqualTo(((Number) first.get("id")).longValue());
    assertThat(mine.getBody()).doesNotContain("未结对对象" + run);
    assertThat(get(login, "/api/care/targets/" + target).getStatusCode().value()).isEqualTo(404);
    assertThat(get(login, "/api/care/targets/" + other).getStatusCode().value()).isEqualTo(404);
    assertThat(get(login, "/api/care/visits/" + first.get("id")).getStatusCode().value()).isEqualTo(200);
    assertThat(get(login, "/api/care/visits/" + openVisit(other).get("id")).getStatusCode().value())
        .isEqualTo(404);
    assertThat(IntakeFlow.json(get(login, "/api/tasks?processKey=care-visit")).toString())
        .contains(both.get(1).getId()).doesNotContain(both.get(0).getId());

    ResponseEntity<String> recorded = post(login, "/api/care/visits/" + first.get("id") + "/record",
        CareIntegrationTests.aRecord());
    assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
    Map<String, Object> done = jdbc.queryForMap("SELECT status, recorded_by FROM care_visit WHERE id = ?",
        first.get("id"));
    assertThat(done.get("status")).isEqualTo("DONE");
    assertThat(done.get("recorded_by")).isEqualTo(username);
    assertThat(tasksOf(first)).isEmpty(); // the worker's task ended with the volunteer's record
    // the next visit carries the pairing: both tasks when its window opens
    Map<String, Object> next = openVisit(target);
    openWindow(next);
    assertThat(tasksOf(next)).extracting(Task::getTaskDefinitionKey)
        .containsExactly("Task_Visit", "Task_VolunteerVisit");

    // ending the pairing removes the volunteer's task and the target from their list
    ResponseEntity<String> ended = api.as("xbhbl-worker").delete().uri("/api/care/targets/" + target + "/volunteer")
        .retrieve().toEntity(String.class);
    assertThat(ended.getStatusCode().value()).as(ended.getBody()).isEqualTo(200);
    assertThat(tasksOf(next)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Visit");
    assertThat(IntakeFlow.json(get(login, "/api/care/paired"))).isEmpty();
    assertThat(post(login, "/api/care/visits/" + next.get("id") + "/record", CareIntegrationTests.aRecord())
        .getStatusCode().value()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_pairing WHERE target_id = ? AND ended_at IS NOT NULL",
        Integer.class, target)).isEqualTo(1);
  }

  @Test
  void onlyTheStationsStaffPairAndOnlyWithAVolunteerOfTheStationWhoHasALogin() {
    long target = aTarget("结对校验" + run);
    JsonNode noLogin = aVolunteer("xbhbl", "无账号志愿者" + run, false);
    JsonNode elsewhere = aVolunteer("sjl", "他站志愿者" + run, true);
    ResponseEntity<String> r = pair("xbhbl-worker", target, noLogin.get("volunteerNo").asText());
    assertThat(r.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(r).get("errors").has("volunteerNo")).isTrue();
    r = pair("xbhbl-worker", target, elsewhere.get("volunteerNo").asText());
    assertThat(r.getStatusCode().value()).isEqualTo(400);
    assertThat(api.post("xbhbl-worker", "/api/care/targets/" + target + "/volunteer", Map.of())
        .getStatusCode().value()).isEqualTo(400);
    JsonNode v = aVolunteer("xbhbl", "校验志愿者" + run, true);
    assertThat(pair("sjl-worker", target, v.get("volunteerNo").asText()).getStatusCode().value()).isEqualTo(404);
    for (String refused : List.of("leader", "admin", "mentor")) {
      assertThat(pair(refused, target, v.get("volunteerNo").asText()).getStatusCode().value()).as(refused)
          .isEqualTo(403);
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_pairing WHERE target_id = ?", Integer.class, target))
        .isZero();
    assertThat(api.as("xbhbl-worker").delete().uri("/api/care/targets/" + target + "/volunteer").retrieve()
        .toEntity(String.class).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void ofTwoPairingsAtOnceOneWinsTheOtherIsTold() throws Exception {
    long target = aTarget("并发结对" + run);
    JsonNode a = aVolunteer("xbhbl", "并发甲" + run, true);
    JsonNode b = aVolunteer("xbhbl", "并发乙" + run, true);
    List<ResponseEntity<String>> answers = ParallelRequests.race(2, i -> pair(i == 0 ? "xbhbl-worker"
        : "xbhbl-supervisor", target, (i == 0 ? a : b).get("volunteerNo").asText()));
    assertThat(answers).extracting(x -> x.getStatusCode().value()).containsExactlyInAnyOrder(200, 409);
    ResponseEntity<String> lost = answers.stream().filter(x -> x.getStatusCode().value() == 409).findFirst()
        .orElseThrow();
    assertThat(IntakeFlow.json(lost).get("error").asText()).isEqualTo("conflict");
    assertThat(IntakeFlow.json(lost).get("message").asText()).isNotBlank().doesNotStartWith("care.");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_pairing WHERE target_id = ?", Integer.class, target))
        .isEqualTo(1);
  }

  @Test
  void theTargetPagePairsAndTheVolunteerHasAPageOfTheirOwn() throws Exception {
    JsonNode v = aVolunteer("xbhbl", "页面志愿者" + run, true);
    long target = aTarget("页面结对" + run);
    String page = Staff.page(mvc, directory, "/care/targets/" + target, "xbhbl-worker");
    assertThat(page).contains("id=\"pair-form\"").contains("页面志愿者" + run);
    assertThat(Staff.page(mvc, directory, "/care/targets/" + target, "leader")).doesNotContain("id=\"pair-form\"");
    assertThat(pair("xbhbl-worker", target, v.get("volunteerNo").asText()).getStatusCode().value()).isEqualTo(200);
    assertThat(Staff.page(mvc, directory, "/care/targets/" + target, "xbhbl-worker"))
        .contains("id=\"paired-volunteer\"").contains("id=\"unpair-form\"").contains("id=\"pairing-history\"");
    String own = Staff.page(mvc, directory, "/care/paired", v.get("username").asText());
    assertThat(own).contains("页面结对" + run).contains("id=\"paired-" + target + "\"")
        .contains("id=\"nav-care-paired\"").doesNotContain("id=\"nav-care\"");
    Map<String, Object> visit = openVisit(target);
    openWindow(visit);
    String form = Staff.page(mvc, directory, "/care/visits/" + visit.get("id"), v.get("username").asText());
    assertThat(form).contains("id=\"visit-form\"").doesNotContain("id=\"care-tab-roster\"")
        .doesNotContain("id=\"target-link\"");
    assertThat(Staff.page(mvc, directory, "/care/visits/" + visit.get("id"), "xbhbl-worker"))
        .contains("id=\"care-tab-roster\"").contains("id=\"target-link\"");
  }
}
