package org.socialwork.flow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the load test's profile took off each request, over real HTTP: the engine's password check for a password it
 * accepted a moment ago (a wrong one is still refused, right after the right one too) and Spring Security's
 * observation of every filter (the request as a whole is still measured).
 */
@ApplicationTest
class RequestCostTests {

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aWrongPasswordIsRefusedBetweenTwoRightOnes() throws Exception {
    assertThat(get("/api/tasks?tab=mine", "xbhbl-worker2", "demo").statusCode()).isEqualTo(200);
    HttpResponse<String> wrong = get("/api/tasks?tab=mine", "xbhbl-worker2", "demo2");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("unauthenticated");
    assertThat(get("/api/tasks?tab=mine", "xbhbl-worker2", "").statusCode()).isEqualTo(401);
    assertThat(get("/api/tasks?tab=mine", "xbhbl-worker", "demo2").statusCode()).isEqualTo(401);
    assertThat(get("/api/tasks?tab=mine", "xbhbl-worker2", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void requestsAreMeasuredButNotEachSecurityFilter() throws Exception {
    assertThat(get("/api/tasks?tab=mine", "sjl-worker", "demo").statusCode()).isEqualTo(200);
    HttpResponse<String> prometheus = get("/actuator/prometheus", "admin", "demo");
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.body()).contains("http_server_requests_seconds_count")
        .doesNotContain("spring_security_filterchains").doesNotContain("spring_security_authentications");
  }

  /**
   * Browsers ask for /favicon.ico beside the login page; answered by the error page it touched the anonymous session
   * and, finishing after the login changed the session's id, wrote the old id back (the person was signed out at once).
   * A static file answers it without a session.
   */
  @Test
  void theFaviconIsAFileAndTouchesNoSession() throws Exception {
    HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.body()).startsWith(0, 0, 1, 0);  // the ICO header
    assertThat(icon.headers().firstValue("Set-Cookie")).isEmpty();
  }

  private HttpResponse<String> get(String path, String username, String password) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
