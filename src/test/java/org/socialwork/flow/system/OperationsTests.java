package org.socialwork.flow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The actuator as operators and strangers see it, and sessions kept in the database. */
@ApplicationTest
class OperationsTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthAnswersUpToAnyoneAndItsDetailsOnlyToAdministrators() throws Exception {
    HttpResponse<String> anonymous = get("/actuator/health", null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("engine");

    HttpResponse<String> worker = get("/actuator/health", "xbhbl-worker");
    assertThat(worker.statusCode()).isEqualTo(200);
    assertThat(worker.body()).doesNotContain("components");

    HttpResponse<String> admin = get("/actuator/health", "admin");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("\"db\"").contains("\"engine\"").contains("\"jobBacklog\"");
  }

  @Test
  void metricsAndInfoAreForAdministratorsOnly() throws Exception {
    assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    assertThat(get("/actuator/prometheus", "xbhbl-worker").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/prometheus", "leader").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/info", "xbhbl-supervisor").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);

    HttpResponse<String> prometheus = get("/actuator/prometheus", "admin");
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    assertThat(get("/actuator/info", "admin").body()).contains("socialwork-flow");
  }

  @Test
  void aSignedInSessionIsStoredInTheDatabase() throws Exception {
    HttpClient browser = browser();
    signIn(browser, port, "sjl-worker");
    Integer sessions = jdbc.queryForObject(
        "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Integer.class, "sjl-worker");
    assertThat(sessions).isPositive();
    HttpResponse<String> inbox = browser.send(HttpRequest.newBuilder(uri(port, "/tasks")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(inbox.statusCode()).isEqualTo(200);
    assertThat(inbox.body()).contains("孙磊");
  }

  private HttpResponse<String> get(String path, String username) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path));
    if (username != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A client that keeps cookies and does not follow redirects, as a browser's session would. */
  static HttpClient browser() {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Signs in through the login form (CSRF token from the page) and fails unless it succeeds. */
  static void signIn(HttpClient browser, int port, String username) throws Exception {
    String page = browser.send(HttpRequest.newBuilder(uri(port, "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
    String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1),
        StandardCharsets.UTF_8);
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri(port, "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
  }

  static URI uri(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
