package org.socialwork.flow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.FlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database: the test's application is node A; node B is a second, independent application context
 * (its own web server, engine, session repository) started on the same database, as a second server behind a load
 * balancer would be. A person signed in on A goes on working on B with the same cookie, and signing out on B ends
 * the session on A too.
 */
@ApplicationTest
class TwoNodeTests {

  static ConfigurableApplicationContext nodeB;

  @LocalServerPort
  int portA;

  @BeforeAll
  static void startNodeB() {
    nodeB = new SpringApplicationBuilder(FlowApplication.class)
        .properties("server.port=0", "camunda.bpm.process-engine-name=node-b", "socialwork.demo-data=false",
            "camunda.bpm.job-execution.enabled=false", "spring.jmx.enabled=false",
            "management.endpoints.jmx.exposure.exclude=*")
        .run();
  }

  @AfterAll
  static void stopNodeB() {
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  void aSessionStartedOnOneNodeGoesOnOnTheOtherAndEndsOnBoth() throws Exception {
    int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    HttpClient browser = OperationsTests.browser();
    OperationsTests.signIn(browser, portA, "xbhbl-supervisor");

    HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(OperationsTests.uri(portB, "/tasks")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(onB.statusCode()).as("node B knows the session node A started").isEqualTo(200);
    assertThat(onB.body()).contains("张晓梅");

    String logoutForm = browser.send(HttpRequest.newBuilder(OperationsTests.uri(portB, "/tasks")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(logoutForm);
    assertThat(csrf.find()).as("the page carries a CSRF token for signing out").isTrue();
    HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(OperationsTests.uri(portB, "/logout"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
            java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(logout.statusCode()).isEqualTo(302);

    HttpResponse<String> onA = browser.send(HttpRequest.newBuilder(OperationsTests.uri(portA, "/tasks")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(onA.statusCode()).as("signed out on B is signed out on A").isEqualTo(302);
    assertThat(onA.headers().firstValue("Location").orElse("")).contains("/login");
  }
}
