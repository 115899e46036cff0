package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.organization.OrgApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** A person who leaves: what they hold is shown, handed to a named colleague, then their login is gone. */
@ApplicationTest
class LeavingTests {

  private static final String PW = "Leave2026ok";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identity;

  @Test
  void theLeaversCasesAndTasksMoveToTheColleagueAndTheyCannotSignInAnyMore() {
    OrgApi api = new OrgApi(port);
    String code = OrgApi.unique("lv");
    assertThat(api.post("admin", "/api/admin/stations", OrgApi.station(code, "离岗测试社工站")).getStatusCode().value())
        .isEqualTo(201);
    String leaver = code + "-a";
    String colleague = code + "-b";
    String supervisor = code + "-s";
    api.post("admin", "/api/admin/people", OrgApi.person(leaver, "钱多多", PW, "worker", code));
    api.post("admin", "/api/admin/people", OrgApi.person(colleague, "孙小美", PW, "worker", code));
    api.post("admin", "/api/admin/people", OrgApi.person(supervisor, "阿土伯", PW, "supervisor", code));

    // the leaver registers two intakes: one becomes a case they are responsible for, one waits for their screening
    // (a task they hold, not yet a case with a responsible worker)
    String opened = register(api, leaver, code);
    complete(api, leaver, task(api, leaver, opened, "Task_ScreenIntake"), Map.of("decision", "accept"));
    complete(api, supervisor, task(api, supervisor, opened, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", leaver));
    String waiting = register(api, leaver, code);

    JsonNode holdings = json(api.get("leader", "/api/admin/people/" + leaver + "/holdings"));
    assertThat(holdings.get("tasks")).hasSize(2);
    assertThat(holdings.at("/cases/0/stationName").asText()).isEqualTo("离岗测试社工站");
    assertThat(holdings.at("/cases/0/openCases").asInt()).isEqualTo(1);

    ResponseEntity<String> unnamed = api.patch("admin", "/api/admin/people/" + leaver, Map.of("active", false));
    assertThat(unnamed.getStatusCode().value()).isEqualTo(400);
    assertThat(json(unnamed).get("errors").has("handOverTo")).isTrue();
    ResponseEntity<String> notAWorker = api.patch("admin", "/api/admin/people/" + leaver,
        Map.of("active", false, "handOverTo", supervisor));
    assertThat(json(notAWorker).at("/errors/handOverTo").asText()).contains("离岗测试社工站");
    ResponseEntity<String> unknown = api.patch("admin", "/api/admin/people/" + leaver,
        Map.of("active", false, "handOverTo", "nobody-at-all"));
    assertThat(json(unknown).get("errors").has("handOverTo")).isTrue();
    assertThat(api.call(leaver, PW, HttpMethod.GET, "/api/account", null).getStatusCode().value()).isEqualTo(200);

    ResponseEntity<String> left = api.patch("admin", "/api/admin/people/" + leaver,
        Map.of("active", false, "handOverTo", colleague));
    assertThat(left.getStatusCode().value()).as(left.getBody()).isEqualTo(200);
    assertThat(json(left).get("active").asBoolean()).isFalse();
    assertThat(json(left).get("leftAt").isNull()).isFalse();

    assertThat(api.call(leaver, PW, HttpMethod.GET, "/api/account", null).getStatusCode().value()).isEqualTo(401);
    assertThat(identity.createUserQuery().userId(leaver).count()).isZero();
    JsonNode moved = json(api.call(colleague, PW, HttpMethod.GET, "/api/cases/" + opened, null));
    assertThat(moved.get("responsibleWorker").asText()).isEqualTo(colleague);
    assertThat(moved.at("/openTasks/0/assignee").asText()).isEqualTo(colleague);
    assertThat(task(api, colleague, waiting, "Task_ScreenIntake")).isNotBlank();
    JsonNode nothingLeft = json(api.get("admin", "/api/admin/people/" + leaver + "/holdings"));
    assertThat(nothingLeft.get("tasks")).isEmpty();
    assertThat(nothingLeft.get("cases")).isEmpty();
    // the history keeps the name
    assertThat(json(api.get("admin", "/api/admin/people/" + leaver)).get("fullName").asText()).isEqualTo("钱多多");
    assertThat(json(api.get("admin", "/api/admin/people?inactive=true&q=" + leaver)).get("total").asInt()).isEqualTo(1);
    assertThat(json(api.get("admin", "/api/admin/people?q=" + leaver)).get("total").asInt()).isZero();

    // back at work: a one-time password, to be changed first
    ResponseEntity<String> back = api.patch("admin", "/api/admin/people/" + leaver, Map.of("active", true));
    String oneTime = json(back).get("oneTimePassword").asText();
    assertThat(api.call(leaver, oneTime, HttpMethod.GET, "/api/tasks", null).getStatusCode().value()).isEqualTo(403);
    assertThat(api.call(leaver, oneTime, HttpMethod.GET, "/api/account", null).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void someoneWhoHoldsNothingLeavesWithoutAColleagueAndTheirSessionEnds() {
    OrgApi api = new OrgApi(port);
    String user = OrgApi.unique("idle");
    api.post("admin", "/api/admin/people", OrgApi.person(user, "闲人", PW, "mentor", null));
    assertThat(api.call(user, PW, HttpMethod.GET, "/api/account", null).getStatusCode().value()).isEqualTo(200);
    assertThat(api.patch("admin", "/api/admin/people/" + user, Map.of("active", false)).getStatusCode().value())
        .isEqualTo(200);
    assertThat(api.call(user, PW, HttpMethod.GET, "/api/account", null).getStatusCode().value()).isEqualTo(401);
  }

  private static String register(OrgApi api, String worker, String station) {
    ResponseEntity<String> started = api.call(worker, PW, HttpMethod.POST, "/api/processes/intake/start",
        Fixtures.anIntake(station));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    return json(started).get("businessKey").asText();
  }

  private static void complete(OrgApi api, String who, String taskId, Map<String, Object> fields) {
    ResponseEntity<String> done = api.call(who, PW, HttpMethod.POST, "/api/tasks/" + taskId + "/complete", fields);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
  }

  private static String task(OrgApi api, String who, String caseNo, String key) {
    for (JsonNode t : json(api.call(who, PW, HttpMethod.GET, "/api/tasks?businessKey=" + caseNo + "&taskKey=" + key, null)).get("items")) {
      if (caseNo.equals(t.get("businessKey").asText()) && key.equals(t.get("taskKey").asText())) {
        return t.get("id").asText();
      }
    }
    throw new AssertionError(who + " has no task " + key + " of " + caseNo);
  }
}
