package org.socialwork.flow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.FlowApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database: the test's application is node A; node B is a second, independent application context
 * (its own web server, engine, session repository) started on the same database, as a second server behind a load
 * balancer would be. A person signed in on A goes on working on B with the same cookie, and signing out on B ends
 * the session on A too; timers due at once are each run exactly once by the two job executors together.
 */
@ApplicationTest
class TwoNodeTests {

  /** Only jobs of at least this priority are taken by nodes B and C, so they leave the other tests' jobs alone. */
  static final long TEST_JOB_PRIORITY = 1_000_000;

  static ConfigurableApplicationContext nodeB;
  static ConfigurableApplicationContext nodeC;

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @LocalServerPort
  int portA;

  @BeforeAll
  static void startNodes() {
    nodeB = node("node-b");
    nodeC = node("node-c");
  }

  /** A second application on the test's database, its job executor taking only the jobs of this test. */
  static ConfigurableApplicationContext node(String name) {
    String engine = "camunda.bpm.generic-properties.properties.";
    // command-line arguments: they win over the test configuration (which turns job execution off); the demo
    // district is seeded by whichever node starts first, idempotently
    return new SpringApplicationBuilder(FlowApplication.class)
        .run("--server.port=0", "--camunda.bpm.process-engine-name=" + name,
            "--spring.jmx.enabled=false", "--camunda.bpm.job-execution.enabled=true",
            "--" + engine + "hostname=" + name, "--" + engine + "job-executor-acquire-by-priority=true",
            "--" + engine + "job-executor-priority-range-min=" + TEST_JOB_PRIORITY);
  }

  @AfterAll
  static void stopNodes(@Autowired ProcessEngine engineA) {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeC}) {
      if (node != null) {
        node.close();
      }
    }
    // the engines of one JVM share Camunda's static registry, which /engine-rest reads: closing B and C may take
    // node A's entry with them, so it is put back (in production each node is its own JVM)
    ProcessEngines.registerProcessEngine(engineA);
  }

  @Test
  void aHundredTimersFireExactlyOnceWithTwoNodesTakingJobs() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess("two-node-timer").name("two-node timer")
        .camundaHistoryTimeToLive(1)
        .startEvent("Start").intermediateCatchEvent("Timer").timerWithDuration("PT0S")
        .camundaJobPriority(String.valueOf(TEST_JOB_PRIORITY)).endEvent("End").done();
    Deployment deployment = repository.createDeployment().name("two-node test")
        .addModelInstance("two-node-timer.bpmn", model).deploy();
    try {
      List<String> instances = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        instances.add(runtime.startProcessInstanceByKey("two-node-timer").getId());
      }
      long deadline = System.currentTimeMillis() + 120_000;
      while (history.createHistoricProcessInstanceQuery().processDefinitionKey("two-node-timer")
          .processInstanceIds(new HashSet<>(instances)).finished().count() < 100
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(250);
      }
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(instances))
          .finished().count()).as("every timer fired within two minutes").isEqualTo(100);
      List<HistoricJobLog> successes = history.createHistoricJobLogQuery().processDefinitionKey("two-node-timer")
          .successLog().list().stream().filter(log -> instances.contains(log.getProcessInstanceId())).toList();
      assertThat(successes).as("one successful run per timer").hasSize(100);
      assertThat(successes.stream().map(HistoricJobLog::getJobId).distinct().count()).isEqualTo(100);
      Map<String, Long> byNode = successes.stream()
          .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
      assertThat(byNode.keySet()).as("only nodes B and C take these jobs").isSubsetOf("node-b", "node-c");
      System.out.println("timer jobs run per node: " + byNode);
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
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
