package org.socialwork.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11, finding 7 (part): pages send Referrer-Policy, and the session cookie is SameSite=Lax (real HTTP). */
@ApplicationTest
class HeadersTests {

  @LocalServerPort int port;

  @Test
  void pagesSendReferrerPolicyAndTheSessionCookieIsSameSiteLax() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
        assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax"));
  }
}
