package org.socialwork.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, finding 7: pages send Referrer-Policy and a Content-Security-Policy without inline scripts, the session
 * cookie is SameSite=Lax (real HTTP), and no template holds code the policy would block.
 */
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
        assertThat(c).startsWith("SESSION=").containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void pagesSendAPolicyThatAllowsScriptsFromThisServerOnly() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(login.headers().allValues("Content-Security-Policy")).singleElement().satisfies(p ->
        assertThat(p).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
            .contains("object-src 'none'"));
  }

  static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");
  static final Pattern HANDLER = Pattern.compile("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");

  @Test
  void noTemplateHoldsInlineScriptHandlersOrJavascriptUrls() throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
        String text = Files.readString(f);
        Matcher m = SCRIPT.matcher(text);
        while (m.find()) {
          String attrs = m.group(1);
          if (!attrs.contains("src=") && !attrs.contains("type=\"application/json\"")) {
            found.add(f + ": inline <script" + attrs + ">");
          }
        }
        if (HANDLER.matcher(text).find()) {
          found.add(f + ": on*= handler");
        }
        if (text.toLowerCase().contains("javascript:")) {
          found.add(f + ": javascript: URL");
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
