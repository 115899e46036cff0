package org.socialwork.flow.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls the application over real HTTP with HTTP Basic, as any user name and password. */
final class OrgApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final String baseUrl;

  OrgApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** A code no earlier run used (tests run twice on one MariaDB database). */
  static String unique(String prefix) {
    return prefix + Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet();
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

  ResponseEntity<String> get(String username, String path) {
    return call(username, "demo", HttpMethod.GET, path, null);
  }

  ResponseEntity<String> post(String username, String path, Object body) {
    return call(username, "demo", HttpMethod.POST, path, body);
  }

  ResponseEntity<String> patch(String username, String path, Object body) {
    return call(username, "demo", HttpMethod.PATCH, path, body);
  }

  static JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.getBody(), e);
    }
  }

  static Map<String, Object> station(String code, String name) {
    return Map.of("code", code, "name", name, "community", name.replace("社工站", ""), "kind", "community");
  }

  static Map<String, Object> person(String username, String fullName, String password, Object... roleAndStation) {
    java.util.List<Map<String, Object>> roles = new java.util.ArrayList<>();
    for (int i = 0; i < roleAndStation.length; i += 2) {
      roles.add(roleAndStation[i + 1] == null ? Map.of("role", roleAndStation[i])
          : Map.of("role", roleAndStation[i], "station", roleAndStation[i + 1]));
    }
    Map<String, Object> p = new java.util.HashMap<>(Map.of("username", username, "fullName", fullName,
        "phone", "13800138000", "certification", "SOCIAL_WORKER", "roles", List.copyOf(roles)));
    if (password != null) {
      p.put("password", password);
    }
    return p;
  }
}
