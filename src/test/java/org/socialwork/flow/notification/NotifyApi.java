package org.socialwork.flow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialwork.flow.Fixtures;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Drives the application over real HTTP with HTTP Basic: a fresh station with its own worker and two supervisors per
 * test (tests run twice on one MariaDB database, so nothing depends on what an earlier run left).
 */
final class NotifyApi {

  static final String PASSWORD = "Notify2026abc";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final String baseUrl;

  NotifyApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** A station of this run: code, worker, supervisor, second supervisor (password {@link #PASSWORD}). */
  record Station(String code, String worker, String supervisor, String supervisor2) {
  }

  Station newStation() {
    String code = "nt" + Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet();
    expect(201, call("admin", "demo", HttpMethod.POST, "/api/admin/stations",
        Map.of("code", code, "name", "通知测试社工站" + code, "community", "通知测试社区", "kind", "community")));
    Station s = new Station(code, code + "-w", code + "-s", code + "-s2");
    expect(201, call("admin", "demo", HttpMethod.POST, "/api/admin/people", person(s.worker(), "周敏", "worker", code)));
    expect(201, call("admin", "demo", HttpMethod.POST, "/api/admin/people",
        person(s.supervisor(), "吴芳", "supervisor", code)));
    expect(201, call("admin", "demo", HttpMethod.POST, "/api/admin/people",
        person(s.supervisor2(), "郑洁", "supervisor", code)));
    return s;
  }

  private static Map<String, Object> person(String username, String fullName, String role, String station) {
    return Map.of("username", username, "fullName", fullName, "phone", "13800138000", "certification",
        "SOCIAL_WORKER", "roles", List.of(Map.of("role", role, "station", station)), "password", PASSWORD);
  }

  ResponseEntity<String> call(String username, String password, HttpMethod method, String path, Object body) {
    RestClient.Builder b = RestClient.builder().baseUrl(baseUrl)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { });
    if (username != null) {
      b.defaultHeaders(h -> h.setBasicAuth(username, password));
    }
    RestClient.RequestBodySpec spec = b.build().method(method).uri(path);
    if (body != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return spec.retrieve().toEntity(String.class);
  }

  /** As a person of this run (password {@link #PASSWORD}) or a demo account ("demo"). */
  ResponseEntity<String> as(String username, HttpMethod method, String path, Object body) {
    return call(username, username.startsWith("nt") ? PASSWORD : "demo", method, path, body);
  }

  static ResponseEntity<String> expect(int status, ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    return response;
  }

  static JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.getBody(), e);
    }
  }

  /** Registers an intake at the station as its worker and screens it (accept): the opening approval is offered. */
  String intakeAwaitingApproval(Station s) {
    String caseNo = json(expect(201, as(s.worker(), HttpMethod.POST, "/api/processes/intake/start",
        Fixtures.anIntake(s.code())))).get("businessKey").asText();
    complete(s.worker(), taskOf(s.worker(), caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    return caseNo;
  }

  String taskOf(String username, String caseNo, String taskKey) {
    for (JsonNode t : json(expect(200, as(username, HttpMethod.GET, "/api/tasks?size=200&businessKey=" + caseNo
        + "&taskKey=" + taskKey, null))).get("items")) {
      if (caseNo.equals(t.get("businessKey").asText()) && taskKey.equals(t.get("taskKey").asText())) {
        return t.get("id").asText();
      }
    }
    throw new AssertionError(username + " has no task " + taskKey + " of " + caseNo);
  }

  void complete(String username, String taskId, Map<String, Object> fields) {
    expect(204, as(username, HttpMethod.POST, "/api/tasks/" + taskId + "/complete", fields));
  }

  /** The person's notifications (first 200, newest first). */
  List<JsonNode> notifications(String username) {
    List<JsonNode> out = new ArrayList<>();
    json(expect(200, as(username, HttpMethod.GET, "/api/notifications?size=200", null))).get("items")
        .forEach(out::add);
    return out;
  }

  /** The person's notifications of one kind about one task. */
  List<JsonNode> about(String username, String kind, String taskId) {
    return notifications(username).stream().filter(n -> kind.equals(n.get("kind").asText()))
        .filter(n -> taskId.equals(n.get("taskId").asText())).toList();
  }

  void prefer(String username, Map<String, String> channels, String email) {
    java.util.Map<String, Object> body = new java.util.HashMap<>();
    body.put("channels", channels);
    if (email != null) {
      body.put("email", email);
    }
    expect(200, as(username, HttpMethod.PUT, "/api/notifications/preferences", body));
  }
}
