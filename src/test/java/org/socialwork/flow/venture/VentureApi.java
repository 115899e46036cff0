package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Drives micro-venture over real HTTP with HTTP Basic: demo accounts sign in with "demo", the people a test creates
 * (reviewers, organisation logins) with {@link #PASSWORD}. Every name and code is unique per run.
 */
final class VentureApi {

  static final String PASSWORD = "Venture2026pass";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final String baseUrl;
  private final Map<String, String> passwords = new HashMap<>();

  VentureApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  static String unique(String prefix) {
    return prefix + Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet();
  }

  ResponseEntity<String> call(String username, HttpMethod method, String path, Object body) {
    RestClient.Builder b = RestClient.builder().baseUrl(baseUrl)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { });
    b.defaultHeaders(h -> h.setBasicAuth(username, passwords.getOrDefault(username, "demo")));
    RestClient.RequestBodySpec spec = b.build().method(method).uri(path);
    if (body != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return spec.retrieve().toEntity(String.class);
  }

  ResponseEntity<String> get(String username, String path) {
    return call(username, HttpMethod.GET, path, null);
  }

  ResponseEntity<String> post(String username, String path, Object body) {
    return call(username, HttpMethod.POST, path, body == null ? Map.of() : body);
  }

  static JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.getBody(), e);
    }
  }

  static JsonNode created(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return json(response);
  }

  /** A person created by the administrator with one district role (mentor, organization). */
  String person(String prefix, String fullName, String role) {
    String username = unique(prefix);
    Map<String, Object> p = new HashMap<>(Map.of("username", username, "fullName", fullName, "phone", "13800138000",
        "certification", "SOCIAL_WORKER", "password", PASSWORD, "roles", List.of(Map.of("role", role))));
    created(post("admin", "/api/admin/people", p));
    passwords.put(username, PASSWORD);
    return username;
  }

  static Map<String, Object> anOrganization(String name, String creditCode, String... stations) {
    return new HashMap<>(Map.of("name", name, "creditCode", creditCode, "legalRepresentative", "张明",
        "phone", "0564-3361234", "registrationAuthority", "六安市民政局", "stationCodes", List.of(stations)));
  }

  /** An organisation serving the stations, with one login of its own; answers {id, username}. */
  Map<String, Object> organization(String name, String... stations) {
    long id = created(post("leader", "/api/organizations", anOrganization(name, CreditCodeTests.aCreditCode(),
        stations))).get("id").asLong();
    String login = person("org", name + "职员", "organization");
    created(post("leader", "/api/organizations/" + id + "/members", Map.of("username", login)));
    return Map.of("id", id, "username", login);
  }

  static Map<String, Object> aRound(String officer, List<String> reviewers, List<String> reserves, int budget) {
    Map<String, Object> r = new HashMap<>();
    r.put("title", unique("2027年度微公益创投 "));
    r.put("tracks", List.of("为老", "为小", "特殊群体", "社区治理"));
    r.put("totalBudget", budget);
    r.put("grantRange", Map.of("min", 5000, "max", 20000));
    r.put("criteria", List.of(Map.of("code", "need", "name", "社区需求", "weight", 40),
        Map.of("code", "feasible", "name", "可行性", "weight", 35),
        Map.of("code", "budget", "name", "预算合理", "weight", 25)));
    r.put("trancheSplit", List.of(50, 30, 20));
    r.put("officer", officer);
    r.put("reviewers", reviewers);
    r.put("reserveReviewers", reserves);
    r.put("opensOn", LocalDate.now().minusDays(1).toString());
    r.put("closesOn", LocalDate.now().plusDays(30).toString());
    return r;
  }

  static Map<String, Object> anApplication(long roundId, String station, String budgetLines) {
    Map<String, Object> a = new HashMap<>();
    a.put("roundId", roundId);
    a.put("projectName", unique("银龄互助 "));
    a.put("track", "为老");
    a.put("stationCode", station);
    a.put("targetGroup", "社区独居老人");
    a.put("beneficiaries", 60);
    a.put("activities", "每周两次上门探访，每月一次健康讲座，志愿者结对帮扶");
    a.put("budgetLines", budgetLines);
    return a;
  }

  String submit(String orgLogin, Map<String, Object> application) {
    return created(post(orgLogin, "/api/processes/micro-venture/start", application)).get("businessKey").asText();
  }

  /** The ids of the caller's open tasks of that application with the given task key. */
  List<String> tasksOf(String username, String applicationNo, String taskKey) {
    List<String> ids = new ArrayList<>();
    JsonNode page = json(get(username, "/api/tasks?size=200&businessKey=" + applicationNo + "&taskKey=" + taskKey));
    for (JsonNode t : page.get("items")) {
      if (applicationNo.equals(t.get("businessKey").asText()) && taskKey.equals(t.get("taskKey").asText())) {
        ids.add(t.get("id").asText());
      }
    }
    return ids;
  }

  String taskOf(String username, String applicationNo, String taskKey) {
    List<String> ids = tasksOf(username, applicationNo, taskKey);
    assertThat(ids).as(username + " has a task " + taskKey + " of " + applicationNo).hasSize(1);
    return ids.get(0);
  }

  ResponseEntity<String> complete(String username, String taskId, Map<String, Object> fields) {
    return post(username, "/api/tasks/" + taskId + "/complete", fields);
  }

  void completed(String username, String applicationNo, String taskKey, Map<String, Object> fields) {
    ResponseEntity<String> done = complete(username, taskOf(username, applicationNo, taskKey), fields);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
  }

  /** The start of a real PDF: what the agreement checks look for. */
  static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
      .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** {@code POST /api/venture/applications/{no}/agreement} with the file as multipart part {@code file}. */
  ResponseEntity<String> uploadAgreement(String username, String applicationNo, String fileName, byte[] content) {
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return RestClient.builder().baseUrl(baseUrl).defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
        .defaultHeaders(h -> h.setBasicAuth(username, passwords.getOrDefault(username, "demo"))).build()
        .post().uri("/api/venture/applications/" + applicationNo + "/agreement")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
  }

  /** The officer uploads a signed PDF and completes 签订三方协议 through the API, signed today. */
  void signed(String officer, String applicationNo) {
    ResponseEntity<String> up = uploadAgreement(officer, applicationNo, "三方协议-" + applicationNo + ".pdf", PDF);
    assertThat(up.getStatusCode().value()).as(up.getBody()).isEqualTo(201);
    completed(officer, applicationNo, "Task_SignAgreement", Map.of("signedOn", LocalDate.now().toString()));
  }

  JsonNode application(String username, String applicationNo) {
    ResponseEntity<String> r = get(username, "/api/venture/applications/" + applicationNo);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
    return json(r);
  }
}
