package org.socialwork.flow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.organization.IdentityMirror;
import org.socialwork.flow.organization.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * mentor-supervision in the application: a resident supervisor pairs the mentor with a worker and a case; the
 * session timer opens a session; the mentor records a case conference with an action item through /api/tasks, the
 * supervisees reflect, the mentor signs off; the record, the case file and the action item show it, in scope only.
 */
@ApplicationTest
class SupervisionIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityMirror identities;

  IntakeFlow api;
  LocalDate today = LocalDate.now();

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  /**
   * A worker of 西坝河北里 made for this run, so what a test pairs them with is not left to the next run on the same
   * database (a pair is never deleted: a leftover pair would let its mentor read the supervisee).
   */
  private String newXbhblWorker(String fullName) {
    String username = "sup-" + Long.toString(System.nanoTime(), 36);
    LocalDateTime now = LocalDateTime.now().withNano(0);
    jdbc.update("INSERT INTO person (username, full_name, active, created_at) VALUES (?, ?, TRUE, ?)",
        username, fullName, now);
    jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES (?, 'WORKER', 'xbhbl')", username);
    identities.ensureUser(new Person(username, fullName, null, true, now), "demo");
    return username;
  }

  private JsonNode startPair(String as, Map<String, Object> form) {
    ResponseEntity<String> started = api.post(as, "/api/processes/mentor-supervision/start", form);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    assertThat(started.getHeaders().getLocation().getPath())
        .isEqualTo("/api/supervision/pairs/" + IntakeFlow.json(started).get("businessKey").asText());
    return IntakeFlow.json(started);
  }

  private Map<String, Object> pairForm(String supervisee, String caseNo) {
    Map<String, Object> form = new HashMap<>();
    form.put("mentor", "mentor");
    form.put("mentorType", "expert");
    if (supervisee != null) {
      form.put("supervisee", supervisee);
    }
    if (caseNo != null) {
      form.put("caseNo", caseNo);
    }
    form.put("focus", "个案反思");
    form.put("schedule", "P1M");
    form.put("firstSession", today.toString());
    form.put("endDate", today.plusMonths(2).toString());
    return form;
  }

  /** Fires the pair's next session timer (as the job executor would on its date). */
  private void fireSession(String processInstanceId) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId("Timer_SessionDue")
        .singleResult();
    management.executeJob(job.getId());
  }

  /** A page as the person signed in through the login page sees it. */
  private ResponseEntity<String> page(String as, String path) {
    return api.signedIn(as).get().uri(path).retrieve().toEntity(String.class);
  }

  private JsonNode task(String as, String taskId) {
    return IntakeFlow.json(api.get(as, "/api/tasks/" + taskId));
  }

  @Test
  void aCaseConferenceIsRecordedReflectedSignedOffAndShowsOnTheCaseFile() {
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    JsonNode pair = startPair("xbhbl-supervisor", pairForm("xbhbl-worker", caseNo));
    String pairNo = pair.get("businessKey").asText();
    assertThat(pairNo).startsWith("SUP-");
    fireSession(pair.get("processInstanceId").asText());

    String record = api.taskOf("mentor", pairNo, "Task_RecordSession");
    JsonNode values = task("mentor", record).get("values");
    assertThat(values.get("format").asText()).isEqualTo("case_conference");
    assertThat(values.get("caseNos").asText()).isEqualTo(caseNo);

    Map<String, Object> form = new HashMap<>();
    form.put("heldOn", today.toString());
    form.put("format", "case_conference");
    form.put("supervisees", List.of("xbhbl-worker", "xbhbl-worker2"));
    form.put("caseNos", caseNo);
    form.put("issues", "独居老人拒绝服务时如何建立关系");
    form.put("guidance", "先以生活照料切入，尊重案主节奏");
    form.put("hours", "1.5");
    form.put("actionItem1", "补充案主社会支持网络图");
    form.put("owner1", "xbhbl-worker");
    form.put("due1", today.plusDays(7).toString());
    api.complete("mentor", record, form);

    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", pairNo, "Task_WriteReflection"),
        Map.of("reflection", "我对案主的抗拒理解不足，下次先从生活照料入手。"));
    api.complete("xbhbl-worker2", api.taskOf("xbhbl-worker2", pairNo, "Task_WriteReflection"),
        Map.of("reflection", "旁听讨论，学到了建立专业关系的方法。"));
    String signOff = api.taskOf("mentor", pairNo, "Task_SignOff");
    // the mentor signs what was written: the session record and both reflections come with the task
    String documents = IntakeFlow.json(api.get("mentor", "/api/tasks/" + signOff)).get("documents").toString();
    assertThat(documents).contains("doc-session").contains("先以生活照料切入，尊重案主节奏").contains("刘洋")
        .contains("doc-reflections").contains("我对案主的抗拒理解不足").contains("旁听讨论，学到了建立专业关系的方法");
    api.complete("mentor", signOff, Map.of("comment", "记录完整"));

    JsonNode pairRecord = IntakeFlow.json(api.get("xbhbl-worker", "/api/supervision/pairs/" + pairNo));
    JsonNode session = pairRecord.get("sessions").get(0);
    assertThat(session.get("session").get("status").asText()).isEqualTo("SIGNED");
    assertThat(session.get("session").get("hours").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(session.get("caseNos").get(0).asText()).isEqualTo(caseNo);
    List<String> reflections = new ArrayList<>();
    session.get("supervisees").forEach(v -> reflections.add(v.get("reflection").asText()));
    assertThat(reflections).hasSize(2).allMatch(r -> r.length() > 5);
    assertThat(pairRecord.get("hoursPerMonth").get(0).get("hours").decimalValue()).isGreaterThanOrEqualTo(
        new java.math.BigDecimal("1.5"));
    long sessionId = session.get("session").get("id").asLong();

    assertThat(page("xbhbl-worker", "/cases/" + caseNo).getBody()).contains("case-conferences")
        .contains("独居老人拒绝服务时如何建立关系");
    assertThat(page("xbhbl-worker", "/supervision/sessions/" + sessionId).getBody()).contains("督导记录表")
        .contains("我对案主的抗拒理解不足");

    String item = api.taskOf("xbhbl-worker", "ACT-" + session.get("actionItems").get(0).get("id").asLong(),
        "Task_CompleteActionItem");
    assertThat(task("xbhbl-worker", item).get("task").get("due").asText()).startsWith(today.plusDays(8).toString());

    // another station's people get nothing of it
    for (String outsider : List.of("sjl-worker", "sjl-supervisor")) {
      assertThat(api.get(outsider, "/api/supervision/pairs/" + pairNo).getStatusCode().value()).isEqualTo(404);
      assertThat(api.get(outsider, "/api/supervision/sessions/" + sessionId).getStatusCode().value()).isEqualTo(404);
      assertThat(page(outsider, "/supervision/sessions/" + sessionId).getStatusCode().value()).isEqualTo(404);
      assertThat(api.get(outsider, "/api/tasks/" + item).getStatusCode().value()).isEqualTo(404);
      assertThat(api.post(outsider, "/api/tasks/" + item + "/complete", Map.of("outcome", "x")).getStatusCode()
          .value()).isEqualTo(404);
    }
    api.complete("xbhbl-worker", item, Map.of("outcome", "已完成支持网络图"));
    JsonNode mine = IntakeFlow.json(api.get("xbhbl-worker", "/api/supervision/action-items"));
    boolean done = false;
    for (JsonNode a : mine) {
      done |= a.get("outcome") != null && "已完成支持网络图".equals(a.get("outcome").asText())
          && "DONE".equals(a.get("status").asText());
    }
    assertThat(done).isTrue();
  }

  @Test
  void aSessionNotRecordedInTimeEscalatesToTheResidentSupervisor() {
    JsonNode pair = startPair("xbhbl-supervisor", pairForm("xbhbl-worker2", null));
    String pairNo = pair.get("businessKey").asText();
    String pi = pair.get("processInstanceId").asText();
    fireSession(pi);
    String record = api.taskOf("mentor", pairNo, "Task_RecordSession");
    assertThat(api.get("sjl-supervisor", "/api/tasks/" + record).getStatusCode().value()).isEqualTo(404);

    Job overdue = management.createJobQuery().processInstanceId(pi).activityId("Timer_SessionOverdue").singleResult();
    management.executeJob(overdue.getId());

    String late = api.taskOf("xbhbl-supervisor", pairNo, "Task_RecordSessionEscalated");
    assertThat(api.taskOf("mentor", pairNo, "Task_RecordSessionEscalated")).isEqualTo(late);
    assertThat(api.get("sjl-supervisor", "/api/tasks/" + late).getStatusCode().value()).isEqualTo(404);
    JsonNode overview = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/supervision"));
    List<String> overduePairs = new ArrayList<>();
    overview.get("overdueSessions").forEach(s -> overduePairs.add(s.get("pairNo").asText()));
    assertThat(overduePairs).contains(pairNo);
    assertThat(page("xbhbl-supervisor", "/supervision").getBody()).contains(pairNo);
  }

  @Test
  void aMentorFromAnotherStationWorksOnTheSessionsOfTheirPairOnly() {
    Map<String, Object> form = pairForm(newXbhblWorker("异站督导对象"), null);
    form.put("mentor", "sjl-supervisor");
    form.put("mentorType", "resident");
    JsonNode pair = startPair("xbhbl-supervisor", form);
    String pairNo = pair.get("businessKey").asText();
    fireSession(pair.get("processInstanceId").asText());
    String record = api.taskOf("sjl-supervisor", pairNo, "Task_RecordSession");
    assertThat(task("sjl-supervisor", record).get("task").get("station").asText()).isEqualTo("xbhbl");
    assertThat(api.get("sjl-supervisor", "/api/supervision/pairs/" + pairNo).getStatusCode().value()).isEqualTo(200);
    assertThat(api.get("sjl-worker", "/api/tasks/" + record).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("sjl-worker", "/api/supervision/pairs/" + pairNo).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aLearningGrowthGroupIsAGroupSessionOfSeveralSuperviseesWithWhatTheGroupDid() {
    String second = newXbhblWorker("成长小组组员");
    JsonNode pair = startPair("xbhbl-supervisor", pairForm("xbhbl-worker", null));
    String pairNo = pair.get("businessKey").asText();
    fireSession(pair.get("processInstanceId").asText());
    String record = api.taskOf("mentor", pairNo, "Task_RecordSession");
    Map<String, Object> form = new HashMap<>();
    form.put("heldOn", today.toString());
    form.put("format", "group");
    form.put("supervisees", List.of("xbhbl-worker"));
    form.put("issues", "学习成长小组第一次活动");
    form.put("guidance", "鼓励相互分享");
    form.put("hours", "2");
    JsonNode errors = IntakeFlow.json(api.post("mentor", "/api/tasks/" + record + "/complete", form)).get("errors");
    assertThat(errors.has("supervisees")).isTrue();
    assertThat(errors.has("groupActivity")).isTrue();
    form.put("supervisees", List.of("xbhbl-worker", second));
    form.put("groupActivity", "订立小组公约，分享个案经验，绘制社区资源地图");
    api.complete("mentor", record, form);
    api.taskOf("xbhbl-worker", pairNo, "Task_WriteReflection");
    api.taskOf(second, pairNo, "Task_WriteReflection");

    for (String reader : List.of(second, "xbhbl-supervisor", "leader")) {
      ResponseEntity<String> history = api.get(reader, "/api/supervision/supervisees/" + second);
      assertThat(history.getStatusCode().value()).as(reader).isEqualTo(200);
      List<String> pairs = new ArrayList<>();
      IntakeFlow.json(history).get("sessions").forEach(x -> pairs.add(x.get("pairNo").asText()));
      assertThat(pairs).as(reader).contains(pairNo);
      assertThat(IntakeFlow.json(history).get("hoursPerMonth").get(0).get("hours").decimalValue())
          .isGreaterThanOrEqualTo(new java.math.BigDecimal("2"));
    }
    assertThat(api.get("sjl-supervisor", "/api/supervision/supervisees/" + second).getStatusCode().value())
        .isEqualTo(404);
    assertThat(page("xbhbl-supervisor", "/supervision/supervisees/" + second).getBody()).contains(pairNo);
  }

  @Test
  void pairingIsForTheSupervisorsOwnStationsAndACaseConferenceNeedsACase() {
    ResponseEntity<String> refused = api.post("sjl-supervisor", "/api/processes/mentor-supervision/start",
        pairForm("xbhbl-worker", null));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(refused).get("errors").has("supervisee")).isTrue();
    String xbhblCase = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    JsonNode otherStations = IntakeFlow.json(api.post("sjl-supervisor", "/api/processes/mentor-supervision/start",
        pairForm(null, xbhblCase))).get("errors");
    JsonNode unknown = IntakeFlow.json(api.post("sjl-supervisor", "/api/processes/mentor-supervision/start",
        pairForm(null, "SJL-2031-9999"))).get("errors");
    assertThat(otherStations.get("caseNo").asText().replace(xbhblCase, "?")).as("another station's case looks unknown")
        .isEqualTo(unknown.get("caseNo").asText().replace("SJL-2031-9999", "?"));
    assertThat(api.post("xbhbl-worker", "/api/processes/mentor-supervision/start", pairForm("xbhbl-worker", null))
        .getStatusCode().value()).isEqualTo(403);

    JsonNode pair = startPair("xbhbl-supervisor", pairForm("xbhbl-worker", null));
    fireSession(pair.get("processInstanceId").asText());
    String record = api.taskOf("mentor", pair.get("businessKey").asText(), "Task_RecordSession");
    Map<String, Object> form = new HashMap<>();
    form.put("heldOn", today.toString());
    form.put("format", "case_conference");
    form.put("supervisees", List.of("xbhbl-worker"));
    form.put("issues", "讨论");
    form.put("guidance", "意见");
    form.put("hours", "1");
    ResponseEntity<String> invalid = api.post("mentor", "/api/tasks/" + record + "/complete", form);
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(invalid).get("errors").has("caseNos")).isTrue();
    form.put("caseNos", "SJL-2026-9999");
    invalid = api.post("mentor", "/api/tasks/" + record + "/complete", form);
    assertThat(IntakeFlow.json(invalid).get("errors").has("caseNos")).isTrue();
  }
}
