package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Drives the intake through the JSON API over real HTTP, as a script or another system would. */
public final class IntakeFlow {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String baseUrl;

  public IntakeFlow(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public RestClient as(String username) {
    return RestClient.builder().baseUrl(baseUrl)
        .defaultHeaders(h -> h.setBasicAuth(username, "demo"))
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
        .build();
  }

  /**
   * Signs in through the login page as a browser would and returns a client carrying the session cookie
   * (no Authorization header), for the pages and Camunda's webapps.
   */
  public RestClient signedIn(String username) {
    RestClient anonymous = RestClient.builder().baseUrl(baseUrl)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
    ResponseEntity<String> loginPage = anonymous.get().uri("/login").retrieve().toEntity(String.class);
    String cookie = loginPage.getHeaders().getFirst("Set-Cookie").split(";")[0];
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(loginPage.getBody());
    assertThat(token.find()).isTrue();
    ResponseEntity<String> login = anonymous.post().uri("/login").header("Cookie", cookie)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body("username=" + username + "&password=demo&_csrf=" + token.group(1))
        .retrieve().toEntity(String.class);
    String session = login.getHeaders().getFirst("Set-Cookie");
    String sessionCookie = session == null ? cookie : session.split(";")[0];
    return RestClient.builder().baseUrl(baseUrl).defaultHeader("Cookie", sessionCookie)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
  }

  public ResponseEntity<String> post(String username, String path, Object body) {
    return as(username).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body == null ? Map.of() : body)
        .retrieve().toEntity(String.class);
  }

  public ResponseEntity<String> get(String username, String path) {
    return as(username).get().uri(path).retrieve().toEntity(String.class);
  }

  public static JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.getBody(), e);
    }
  }

  /** Registers an intake as the worker and returns the case number. */
  public String register(String worker, Map<String, Object> form) {
    ResponseEntity<String> started = post(worker, "/api/processes/intake/start", form);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    return json(started).get("businessKey").asText();
  }

  /** The id of the caller's open task of that case with the given task key. */
  public String taskOf(String username, String caseNo, String taskKey) {
    String query = "/api/tasks?size=200&businessKey=" + java.net.URLEncoder.encode(caseNo,
        java.nio.charset.StandardCharsets.UTF_8) + "&taskKey=" + taskKey;
    for (JsonNode t : json(get(username, query)).get("items")) {
      if (caseNo.equals(t.get("businessKey").asText()) && taskKey.equals(t.get("taskKey").asText())) {
        return t.get("id").asText();
      }
    }
    throw new AssertionError(username + " has no task " + taskKey + " of " + caseNo);
  }

  public void complete(String username, String taskId, Map<String, Object> fields) {
    ResponseEntity<String> done = post(username, "/api/tasks/" + taskId + "/complete", fields);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
  }
}
