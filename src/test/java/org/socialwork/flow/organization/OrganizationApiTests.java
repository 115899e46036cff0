package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.organization.OrgApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** An administrator sets up a station and its people through /api/admin; they work at once, without a restart. */
@ApplicationTest
class OrganizationApiTests {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identity;

  @Autowired
  JdbcTemplate jdbc;

  OrgApi api;

  @BeforeEach
  void setUp() {
    api = new OrgApi(port);
  }

  @Test
  void adminCreatesStationAndPeopleWhoThenWorkTheIntakeThroughTheStationsGroups() {
    String code = OrgApi.unique("st");
    ResponseEntity<String> created = api.post("admin", "/api/admin/stations", OrgApi.station(code, "新苑社区社工站"));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(json(created).get("name").asText()).isEqualTo("新苑社区社工站");
    assertThat(identity.createGroupQuery().groupId("station-" + code + "-worker").singleResult().getName())
        .isEqualTo("新苑社区社工站 社工");

    String worker = code + "-w";
    ResponseEntity<String> w = api.post("admin", "/api/admin/people",
        OrgApi.person(worker, "周敏", "Start2026abc", "worker", code));
    assertThat(w.getStatusCode().value()).as(w.getBody()).isEqualTo(201);
    assertThat(json(w).has("oneTimePassword")).isFalse();
    assertThat(json(w).at("/roles/0/stationName").asText()).isEqualTo("新苑社区社工站");

    String supervisor = code + "-s";
    ResponseEntity<String> s = api.post("admin", "/api/admin/people",
        OrgApi.person(supervisor, "吴芳", null, "supervisor", code));
    assertThat(s.getStatusCode().value()).as(s.getBody()).isEqualTo(201);
    assertThat(s.getHeaders().getCacheControl()).contains("no-store");
    String oneTime = json(s).get("oneTimePassword").asText();
    assertThat(json(s).get("mustChangePassword").asBoolean()).isTrue();

    // the worker signs in with the given password and registers an intake at the new station
    ResponseEntity<String> started = api.call(worker, "Start2026abc", HttpMethod.POST, "/api/processes/intake/start",
        Fixtures.anIntake(code));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    String caseNo = json(started).get("businessKey").asText();
    String screening = taskOf(worker, "Start2026abc", caseNo, "Task_ScreenIntake");
    assertThat(api.call(worker, "Start2026abc", HttpMethod.POST, "/api/tasks/" + screening + "/complete",
        Map.of("decision", "accept")).getStatusCode().value()).isEqualTo(204);

    // the supervisor holds a one-time password: nothing but the account until it is changed
    ResponseEntity<String> blocked = api.call(supervisor, oneTime, HttpMethod.GET, "/api/tasks", null);
    assertThat(blocked.getStatusCode().value()).isEqualTo(403);
    assertThat(json(blocked).get("error").asText()).isEqualTo("password_change_required");
    ResponseEntity<String> weak = api.call(supervisor, oneTime, HttpMethod.POST, "/api/account/password",
        Map.of("currentPassword", oneTime, "newPassword", "short1", "repeatPassword", "short1"));
    assertThat(weak.getStatusCode().value()).isEqualTo(400);
    assertThat(json(weak).at("/errors/newPassword").isMissingNode()).isFalse();
    ResponseEntity<String> changed = api.call(supervisor, oneTime, HttpMethod.POST, "/api/account/password",
        Map.of("currentPassword", oneTime, "newPassword", "Mine2026xyz", "repeatPassword", "Mine2026xyz"));
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(204);

    // the supervisor role routes the opening approval to them through the station's group
    String approval = taskOf(supervisor, "Mine2026xyz", caseNo, "Task_ApproveOpening");
    ResponseEntity<String> approved = api.call(supervisor, "Mine2026xyz", HttpMethod.POST,
        "/api/tasks/" + approval + "/complete", Map.of("decision", "approve", "responsibleWorker", worker));
    assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
    assertThat(json(api.call(worker, "Start2026abc", HttpMethod.GET, "/api/cases/" + caseNo, null))
        .get("status").asText()).isEqualTo("ASSESSING");

    JsonNode account = json(api.call(supervisor, "Mine2026xyz", HttpMethod.GET, "/api/account", null));
    assertThat(account.at("/roles/0/role").asText()).isEqualTo("supervisor");
    assertThat(account.at("/roles/0/stationName").asText()).isEqualTo("新苑社区社工站");
    assertThat(account.get("mustChangePassword").asBoolean()).isFalse();
    // the one-time password is gone (checked last: the engine delays logins after a wrong password)
    assertThat(api.call(supervisor, oneTime, HttpMethod.GET, "/api/tasks", null).getStatusCode().value())
        .isEqualTo(401);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?", Integer.class,
        "ORG_STATION_CREATE", code)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?", Integer.class,
        "ACCOUNT_PASSWORD_CHANGE", supervisor)).isEqualTo(1);

    // a station with an open case cannot be deactivated
    ResponseEntity<String> close = api.patch("admin", "/api/admin/stations/" + code, Map.of("active", false));
    assertThat(close.getStatusCode().value()).isEqualTo(400);
    assertThat(json(close).at("/errors/active").asText()).contains("1");
  }

  @Test
  void badInputAnswers400NamingTheFieldAndStoresNothing() {
    String code = OrgApi.unique("bad");
    ResponseEntity<String> badCode = api.post("admin", "/api/admin/stations", OrgApi.station("Bad Code!", "甲站"));
    assertThat(badCode.getStatusCode().value()).isEqualTo(400);
    assertThat(json(badCode).at("/errors/code").isMissingNode()).isFalse();
    ResponseEntity<String> noName = api.post("admin", "/api/admin/stations", Map.of("code", code, "kind", "moon"));
    assertThat(json(noName).get("errors").has("name")).isTrue();
    assertThat(json(noName).get("errors").has("kind")).isTrue();
    assertThat(api.get("admin", "/api/admin/stations/" + code).getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> taken = api.post("admin", "/api/admin/stations", OrgApi.station("xbhbl", "重复站"));
    assertThat(json(taken).at("/errors/code").asText()).isNotBlank();

    String user = OrgApi.unique("p");
    ResponseEntity<String> noRoles = api.post("admin", "/api/admin/people", OrgApi.person(user, "某人", null));
    assertThat(noRoles.getStatusCode().value()).isEqualTo(400);
    assertThat(json(noRoles).get("errors").has("roles")).isTrue();
    ResponseEntity<String> stationless = api.post("admin", "/api/admin/people",
        OrgApi.person(user, "某人", null, "worker", null));
    assertThat(json(stationless).get("errors").has("roles")).isTrue();
    ResponseEntity<String> unknownStation = api.post("admin", "/api/admin/people",
        OrgApi.person(user, "某人", null, "worker", "nosuchstation"));
    assertThat(json(unknownStation).get("errors").has("roles")).isTrue();
    ResponseEntity<String> weak = api.post("admin", "/api/admin/people",
        OrgApi.person(user, "某人", "abc", "mentor", null));
    assertThat(json(weak).get("errors").has("password")).isTrue();
    ResponseEntity<String> badName = api.post("admin", "/api/admin/people",
        OrgApi.person("Has Space", "某人", null, "mentor", null));
    assertThat(json(badName).get("errors").has("username")).isTrue();
    ResponseEntity<String> existing = api.post("admin", "/api/admin/people",
        OrgApi.person("xbhbl-worker", "某人", null, "mentor", null));
    assertThat(json(existing).get("errors").has("username")).isTrue();
    ResponseEntity<String> notJson = api.call("admin", "demo", HttpMethod.POST, "/api/admin/people", "[1,2]");
    assertThat(notJson.getStatusCode().value()).isEqualTo(400);
    assertThat(api.get("admin", "/api/admin/people/" + user).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("admin", "/api/admin/people/nobody-here").getStatusCode().value()).isEqualTo(404);
    assertThat(api.patch("admin", "/api/admin/stations/nosuchstation", Map.of("name", "x")).getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void theLastAdministratorStaysAndRoleChangesCountAtOnce() {
    ResponseEntity<String> demote = api.patch("admin", "/api/admin/people/admin",
        Map.of("roles", java.util.List.of(Map.of("role", "leader"))));
    assertThat(demote.getStatusCode().value()).isEqualTo(400);
    assertThat(json(demote).get("errors").has("roles")).isTrue();
    ResponseEntity<String> self = api.patch("admin", "/api/admin/people/admin", Map.of("active", false));
    assertThat(self.getStatusCode().value()).isEqualTo(400);
    assertThat(identity.createUserQuery().memberOfGroup("admins").userId("admin").count()).isEqualTo(1);

    // a second administrator: then the first may give up the role, and the change is in the engine at once
    String second = OrgApi.unique("adm");
    assertThat(api.post("admin", "/api/admin/people", OrgApi.person(second, "第二管理员", "Second2026pw", "admin", null))
        .getStatusCode().value()).isEqualTo(201);
    ResponseEntity<String> mentor = api.patch("admin", "/api/admin/people/" + second,
        Map.of("roles", java.util.List.of(Map.of("role", "mentor")), "fullName", "第二导师"));
    assertThat(mentor.getStatusCode().value()).as(mentor.getBody()).isEqualTo(200);
    assertThat(identity.createGroupQuery().groupMember(second).list()).extracting(g -> g.getId())
        .containsExactly("expert-supervisors");
    assertThat(identity.createUserQuery().userId(second).singleResult().getFirstName()).isEqualTo("第二导师");
    assertThat(api.call(second, "Second2026pw", HttpMethod.GET, "/api/admin/stations", null).getStatusCode().value())
        .isEqualTo(403);

    ResponseEntity<String> reset = api.post("admin", "/api/admin/people/" + second + "/password-reset", null);
    assertThat(reset.getStatusCode().value()).isEqualTo(200);
    String oneTime = json(reset).get("oneTimePassword").asText();
    assertThat(api.call(second, oneTime, HttpMethod.GET, "/api/cases", null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(api.call(second, oneTime, HttpMethod.GET, "/api/account", null).getStatusCode().value())
        .isEqualTo(200);
    assertThat(api.call(second, "Second2026pw", HttpMethod.GET, "/api/account", null).getStatusCode().value())
        .isEqualTo(401);
  }

  @Test
  void stationsAreRenamedMovedMarkedAndDeactivatedWithTheirGroupsRenamed() {
    String code = OrgApi.unique("mv");
    api.post("admin", "/api/admin/stations", OrgApi.station(code, "旧名社工站"));
    ResponseEntity<String> changed = api.patch("admin", "/api/admin/stations/" + code,
        Map.of("name", "新名社工站", "community", "新社区", "demonstration", true, "kind", "village"));
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
    JsonNode s = json(api.get("leader", "/api/admin/stations/" + code));
    assertThat(s.get("community").asText()).isEqualTo("新社区");
    assertThat(s.get("demonstration").asBoolean()).isTrue();
    assertThat(identity.createGroupQuery().groupId("station-" + code + "-supervisor").singleResult().getName())
        .isEqualTo("新名社工站 督导");
    assertThat(api.patch("admin", "/api/admin/stations/" + code, Map.of("active", false)).getStatusCode().value())
        .isEqualTo(200);
    assertThat(json(api.get("admin", "/api/admin/stations")).toString()).doesNotContain("\"" + code + "\"");
    assertThat(json(api.get("admin", "/api/admin/stations?inactive=true")).toString()).contains("\"" + code + "\"");
    ResponseEntity<String> toClosed = api.post("admin", "/api/admin/people",
        OrgApi.person(OrgApi.unique("p"), "某人", null, "worker", code));
    assertThat(json(toClosed).get("errors").has("roles")).isTrue();
  }

  @Test
  void twoAdministratorsAddingTheSameStationAtOnceOneWins() throws Exception {
    String code = OrgApi.unique("race");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(() -> {
          go.await();
          return api.post("admin", "/api/admin/stations", OrgApi.station(code, "并发社工站")).getStatusCode().value();
        }));
      }
      go.countDown();
      java.util.List<Integer> codes = new java.util.ArrayList<>();
      for (var a : answers) {
        codes.add(a.get());
      }
      assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
      assertThat(codes).filteredOn(c -> c != 201).allMatch(c -> c == 400 || c == 409);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station WHERE code = ?", Integer.class, code)).isEqualTo(1);
  }

  private String taskOf(String username, String password, String caseNo, String taskKey) {
    for (JsonNode t : json(api.call(username, password, HttpMethod.GET, "/api/tasks?businessKey=" + caseNo + "&taskKey=" + taskKey, null)).get("items")) {
      if (caseNo.equals(t.get("businessKey").asText()) && taskKey.equals(t.get("taskKey").asText())) {
        return t.get("id").asText();
      }
    }
    throw new AssertionError(username + " has no task " + taskKey + " of " + caseNo);
  }
}
