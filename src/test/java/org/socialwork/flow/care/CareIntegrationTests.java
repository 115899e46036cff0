package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Care visits through /api: a registered target's first visit is planned, its task opens with the window, the
 * record plans the next; tier changes and major changes re-plan; an emergency opens an intake request and an urgent
 * supervisor task in one transaction; invalid input is 400 with field errors and stores nothing; other stations see
 * nothing; two people recording one visit: one wins, the other gets 409.
 */
@ApplicationTest
class CareIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  @AfterEach
  void resetSpies() {
    reset(runtime, tasks);
  }

  static Map<String, Object> aTarget(String station, String category, String name) {
    Map<String, Object> t = new HashMap<>();
    t.put("stationCode", station);
    t.put("name", name);
    t.put("idNumber", Fixtures.idNumber("19400312"));
    t.put("phone", "13800138000");
    t.put("address", "太阳宫北街 3 号院 2-301");
    t.put("category", category);
    t.put("consent", true);
    return t;
  }

  static Map<String, Object> aRecord() {
    Map<String, Object> r = new HashMap<>();
    r.put("visitedOn", LocalDate.now().toString());
    r.put("method", "home");
    r.put("contactMade", true);
    r.put("healthItems", List.of("mobility"));
    r.put("healthNote", "行动较慢，精神尚可");
    r.put("safetyItems", List.of("gas"));
    r.put("safetyNote", "燃气灶老旧，已提醒更换");
    r.put("riskChange", "same");
    r.put("nextStep", "下周电话回访");
    return r;
  }

  private long register(String user, Map<String, Object> target) {
    ResponseEntity<String> created = api.post(user, "/api/care/targets", target);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return IntakeFlow.json(created).get("id").asLong();
  }

  private Map<String, Object> openVisit(long targetId) {
    return jdbc.queryForMap("SELECT id, status, due_at, window_opens, window_closes, process_instance_id, reason"
        + " FROM care_visit WHERE target_id = ? AND status IN ('PLANNED', 'LATE')", targetId);
  }

  private Map<String, Object> visit(long visitId) {
    return jdbc.queryForMap("SELECT * FROM care_visit WHERE id = ?", visitId);
  }

  private static long id(Map<String, Object> row) {
    return ((Number) row.get("id")).longValue();
  }

  /** Executes the window-open timer as the job executor would on its date; answers the visit task. */
  private Task openWindow(Map<String, Object> visit) {
    String pi = (String) visit.get("process_instance_id");
    Job open = management.createJobQuery().processInstanceId(pi).activityId("Timer_WindowOpens").singleResult();
    if (open != null) {
      management.executeJob(open.getId());
    }
    return tasks.createTaskQuery().processInstanceId(pi).singleResult();
  }

  private ResponseEntity<String> record(String user, long visitId, Map<String, Object> record) {
    return api.post(user, "/api/care/visits/" + visitId + "/record", record);
  }

  private static LocalDateTime at(Object timestamp) {
    return ((java.sql.Timestamp) timestamp).toLocalDateTime();
  }

  @Test
  void aRegisteredTargetsVisitOpensIsRecordedAndTheNextIsPlannedFromTheTier() {
    LocalDateTime before = LocalDateTime.now().withNano(0).minusSeconds(1);
    long target = register("xbhbl-worker", aTarget("xbhbl", "alone", "关爱甲" + System.nanoTime() % 100000));
    Map<String, Object> first = openVisit(target);
    assertThat(first.get("reason")).isEqualTo("scheduled");
    assertThat(at(first.get("due_at"))).isBetween(before.plusDays(7), LocalDateTime.now().plusDays(7));
    assertThat(at(first.get("window_opens"))).isEqualTo(at(first.get("due_at")).minusDays(1));
    assertThat(at(first.get("window_closes"))).isEqualTo(at(first.get("due_at")).plusDays(2));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId((String) first.get("process_instance_id"))
        .singleResult().getBusinessKey()).isEqualTo("CV-" + id(first));

    JsonNode roster = IntakeFlow.json(api.get("xbhbl-worker", "/api/care/targets?station=xbhbl&tier=high"));
    assertThat(roster.findValues("id")).extracting(JsonNode::asLong).contains(target);

    Task task = openWindow(first);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Visit");
    assertThat(task.getAssignee()).isEqualTo("xbhbl-worker");
    // the visit is a task of the worker's inbox like any other, described by CareSubjects
    JsonNode listed = IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks?processKey=care-visit&size=200"));
    assertThat(listed.toString()).contains(task.getId()).contains("/care/visits/" + id(first));
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/care/week?day="
        + at(first.get("due_at")).toLocalDate())).findValues("id"))
        .extracting(JsonNode::asLong).contains(id(first));

    ResponseEntity<String> recorded = record("xbhbl-worker", id(first), aRecord());
    assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
    long next = IntakeFlow.json(recorded).get("nextVisitId").asLong();

    Map<String, Object> done = visit(id(first));
    assertThat(done.get("status")).isEqualTo("DONE");
    assertThat(done.get("health_items")).isEqualTo("mobility");
    assertThat(done.get("recorded_by")).isEqualTo("xbhbl-worker");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId((String) first.get("process_instance_id"))
        .count()).isZero();
    Map<String, Object> planned = openVisit(target);
    assertThat(id(planned)).isEqualTo(next);
    assertThat(at(planned.get("due_at"))).isEqualTo(LocalDate.now().plusDays(7).atTime(18, 0));

    JsonNode page = IntakeFlow.json(api.get("xbhbl-worker", "/api/care/targets/" + target));
    assertThat(page.get("visits")).hasSize(2);
    assertThat(page.get("idNumber").asText()).doesNotContain("*");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'READ_CARE_TARGET' AND subject = ?",
        Integer.class, "CT-" + target)).isEqualTo(1);
  }

  @Test
  void invalidInputIsAnsweredWithFieldErrorsAndStoresNothing() {
    String name = "无效甲" + System.nanoTime() % 100000;
    Map<String, Object> bad = aTarget("xbhbl", "child_difficulty", name);
    bad.put("idNumber", "110105194003120000");
    bad.put("phone", "123");
    ResponseEntity<String> refused = api.post("xbhbl-worker", "/api/care/targets", bad);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(refused).get("errors").fieldNames()).toIterable()
        .contains("idNumber", "phone", "subCategory");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_target WHERE full_name = ?", Integer.class, name))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE full_name = ?", Integer.class, name)).isZero();

    long target = register("xbhbl-worker", aTarget("xbhbl", "disabled", "记录乙" + System.nanoTime() % 100000));
    Map<String, Object> visit = openVisit(target);
    openWindow(visit);
    Map<String, Object> r = aRecord();
    r.put("visitedOn", LocalDate.now().plusDays(1).toString());
    r.put("contactMade", false);
    r.put("method", "teleport");
    ResponseEntity<String> invalid = record("xbhbl-worker", id(visit), r);
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(invalid).get("errors").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("visitedOn", "noContactReason", "method");
    assertThat(visit(id(visit)).get("status")).isEqualTo("PLANNED");
    assertThat(visit(id(visit)).get("recorded_by")).isNull();
    assertThat(tasks.createTaskQuery().processInstanceId((String) visit.get("process_instance_id")).count())
        .isEqualTo(1);

    ResponseEntity<String> badMonth = api.get("leader", "/api/care/stats?month=2026-13");
    assertThat(badMonth.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(badMonth).get("errors").has("month")).isTrue();
    ResponseEntity<String> badDue = api.get("leader", "/api/care/targets?due=tomorrow");
    assertThat(badDue.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(badDue).get("errors").has("due")).isTrue();
  }

  @Test
  void anEmergencyOpensAnIntakeRequestAndAnUrgentSupervisorTaskLinkedBothWays() {
    long target = register("xbhbl-worker", aTarget("xbhbl", "alone", "紧急丙" + System.nanoTime() % 100000));
    Map<String, Object> visit = openVisit(target);
    openWindow(visit);
    Map<String, Object> r = aRecord();
    r.put("emergency", "fall");
    ResponseEntity<String> recorded = record("xbhbl-worker", id(visit), r);
    assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
    String caseNo = IntakeFlow.json(recorded).get("intakeCaseNo").asText();

    assertThat(visit(id(visit)).get("intake_case_no")).isEqualTo(caseNo);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("intake").processInstanceBusinessKey(caseNo)
        .count()).isEqualTo(1);
    Map<String, Object> intake = jdbc.queryForMap("SELECT i.referral_source, i.referrer_org, c.client_id"
        + " FROM intake_record i JOIN case_file c ON c.id = i.case_id WHERE c.case_no = ?", caseNo);
    assertThat(intake.get("referral_source")).isEqualTo("care_visit");
    assertThat(intake.get("referrer_org")).isEqualTo("关爱探访记录 CV-" + id(visit));
    Task handle = tasks.createTaskQuery().processInstanceId((String) visit.get("process_instance_id")).singleResult();
    assertThat(handle.getTaskDefinitionKey()).isEqualTo("Task_HandleEmergency");
    assertThat(handle.getPriority()).isEqualTo(100);
    assertThat(tasks.getIdentityLinksForTask(handle.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("station-xbhbl-supervisor");
  }

  @Test
  void aFailedIntakeStartAfterTheRecordLeavesNeitherRecordNorCaseNorNextVisit() {
    long target = register("xbhbl-worker", aTarget("xbhbl", "alone", "回滚丁" + System.nanoTime() % 100000));
    Map<String, Object> visit = openVisit(target);
    Task task = openWindow(visit);
    Long clientId = jdbc.queryForObject("SELECT client_id FROM care_target WHERE id = ?", Long.class, target);
    doThrow(new ProcessEngineException("engine down")).when(runtime)
        .startProcessInstanceByKey(eq("intake"), anyString(), anyMap());
    Map<String, Object> r = aRecord();
    r.put("emergency", "acute_illness");
    ResponseEntity<String> failed = record("xbhbl-worker", id(visit), r);
    assertThat(failed.getStatusCode().value()).isEqualTo(500);
    reset(runtime);

    assertThat(visit(id(visit)).get("status")).isEqualTo("PLANNED");
    assertThat(visit(id(visit)).get("emergency")).isNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE client_id = ?", Integer.class, clientId))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_visit WHERE target_id = ?", Integer.class, target))
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void aTierChangeReplansAndAMajorChangeAsksForAVisitWithin24Hours() {
    long target = register("xbhbl-worker", aTarget("xbhbl", "alone", "调级戊" + System.nanoTime() % 100000));
    Map<String, Object> weekly = openVisit(target);

    ResponseEntity<String> changed = api.post("xbhbl-supervisor", "/api/care/targets/" + target + "/tier",
        Map.of("tier", "general", "note", "子女已返乡照料"));
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
    assertThat(visit(id(weekly)).get("status")).isEqualTo("REPLANNED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId((String) weekly.get("process_instance_id"))
        .count()).isZero();
    Map<String, Object> quarterly = openVisit(target);
    assertThat(at(quarterly.get("due_at")).toLocalDate()).isEqualTo(LocalDate.now().plusMonths(3));
    assertThat(jdbc.queryForObject("SELECT tier_code FROM care_target WHERE id = ?", String.class, target))
        .isEqualTo("general");

    LocalDateTime before = LocalDateTime.now().withNano(0).minusSeconds(1);
    ResponseEntity<String> major = api.post("xbhbl-worker", "/api/care/targets/" + target + "/major-change",
        Map.of("kind", "discharge", "note", "今日出院"));
    assertThat(major.getStatusCode().value()).as(major.getBody()).isEqualTo(200);
    Map<String, Object> soon = openVisit(target);
    assertThat(soon.get("reason")).isEqualTo("major-change");
    assertThat(at(soon.get("due_at"))).isBetween(before.plus(Duration.ofHours(24)),
        LocalDateTime.now().plus(Duration.ofHours(24)));
    assertThat(visit(id(quarterly)).get("status")).isEqualTo("REPLANNED");
    Task task = openWindow(soon);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Visit");

    ResponseEntity<String> badKind = api.post("xbhbl-worker", "/api/care/targets/" + target + "/major-change",
        Map.of("kind", "moon"));
    assertThat(badKind.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/care/targets/" + target)).get("changes"))
        .hasSize(3);
  }

  @Test
  void aChildAtRedAsksForInterventionAndKeepsTheLevelOnTheVisit() {
    Map<String, Object> child = aTarget("xbhbl", "child_difficulty", "儿童己" + System.nanoTime() % 100000);
    child.put("idNumber", Fixtures.idNumber("20150601"));
    child.put("subCategory", "family");
    long target = register("xbhbl-worker", child);
    Map<String, Object> visit = openVisit(target);
    openWindow(visit);
    Map<String, Object> r = aRecord();
    r.put("familyItems", List.of("guardian_none"));
    assertThat(record("xbhbl-worker", id(visit), r).getStatusCode().value()).isEqualTo(200);
    assertThat(visit(id(visit)).get("child_level")).isEqualTo("red");
    Task intervene = tasks.createTaskQuery().processInstanceId((String) visit.get("process_instance_id"))
        .singleResult();
    assertThat(intervene.getTaskDefinitionKey()).isEqualTo("Task_ChildIntervention");
  }

  @Test
  void anotherStationSeesNothingAndEachRoleGetsWhatItMay() {
    long target = register("xbhbl-worker", aTarget("xbhbl", "disabled", "范围庚" + System.nanoTime() % 100000));
    long visit = id(openVisit(target));

    for (String path : List.of("/api/care/targets/" + target, "/api/care/visits/" + visit)) {
      assertThat(api.get("sjl-worker", path).getStatusCode().value()).as(path).isEqualTo(404);
      assertThat(api.get("sjl-supervisor", path).getStatusCode().value()).as(path).isEqualTo(404);
      assertThat(api.get("xbhbl-supervisor", path).getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(api.get("leader", path).getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(api.get("mentor", path).getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(api.get("admin", path).getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(api.as("nobody").get().uri(path).retrieve().toEntity(String.class).getStatusCode().value())
          .isEqualTo(401);
    }
    assertThat(IntakeFlow.json(api.get("leader", "/api/care/targets/" + target)).get("idNumber").asText())
        .contains("*");
    assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/care/targets")).findValues("stationCode"))
        .extracting(JsonNode::asText).doesNotContain("xbhbl");
    assertThat(IntakeFlow.json(api.get("sjl-supervisor", "/api/care/stats")).findValues("station"))
        .extracting(JsonNode::asText).doesNotContain("xbhbl");
    assertThat(record("sjl-worker", visit, aRecord()).getStatusCode().value()).isEqualTo(404);
    assertThat(api.post("sjl-worker", "/api/care/targets/" + target + "/tier", Map.of("tier", "high"))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(api.post("sjl-worker", "/api/care/targets", aTarget("xbhbl", "alone", "越权"))
        .getStatusCode().value()).isEqualTo(400);
    assertThat(api.post("leader", "/api/care/targets", aTarget("xbhbl", "alone", "越权"))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(record("leader", visit, aRecord()).getStatusCode().value()).isEqualTo(403);

    for (String user : List.of("xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "leader", "mentor", "admin")) {
      for (String path : List.of("/api/care/tiers", "/api/care/categories", "/api/care/targets", "/api/care/week",
          "/api/care/stats?month=" + YearMonth.now())) {
        assertThat(api.get(user, path).getStatusCode().value()).as(user + " " + path).isEqualTo(200);
      }
    }
    Map<String, Object> tier = Map.of("nameZh", "重点", "nameEn", "Priority", "visitInterval", "P1M",
        "windowBeforeDays", 5, "windowAfterDays", 5);
    assertThat(api.as("xbhbl-supervisor").put().uri("/api/care/tiers/key").body(tier).retrieve()
        .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(api.as("admin").put().uri("/api/care/tiers/key").body(tier).retrieve()
        .toEntity(String.class).getStatusCode().value()).isEqualTo(200);
    Map<String, Object> badTier = new HashMap<>(tier);
    badTier.put("visitInterval", "weekly");
    ResponseEntity<String> refused = api.as("admin").put().uri("/api/care/tiers/key").body(badTier).retrieve()
        .toEntity(String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(refused).get("errors").has("visitInterval")).isTrue();
  }

  @Test
  void twoPeopleRecordingOneVisitAtOnceOneWinsTheOtherIsTold409() throws Exception {
    long target = register("xbhbl-worker", aTarget("xbhbl", "alone", "并发辛" + System.nanoTime() % 100000));
    Map<String, Object> visit = openVisit(target);
    openWindow(visit);
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (String user : List.of("xbhbl-worker", "xbhbl-supervisor")) {
      calls.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return record(user, id(visit), aRecord()).getStatusCode().value();
      }));
    }
    List<Integer> codes = calls.stream().map(CompletableFuture::join).sorted().toList();
    assertThat(codes).containsExactly(200, 409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_visit WHERE target_id = ?", Integer.class, target))
        .isEqualTo(2);
    assertThat(record("xbhbl-worker", id(visit), aRecord()).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void theMonthsCoverageCountsDueDoneOnTimeAndPendingPerStation() {
    long target = register("xbhbl-worker", aTarget("xbhbl", "alone", "覆盖壬" + System.nanoTime() % 100000));
    Map<String, Object> visit = openVisit(target);
    YearMonth month = YearMonth.from(at(visit.get("due_at")));
    JsonNode before = station(api.get("xbhbl-supervisor", "/api/care/stats?month=" + month), "xbhbl");
    openWindow(visit);
    assertThat(record("xbhbl-worker", id(visit), aRecord()).getStatusCode().value()).isEqualTo(200);
    // the next visit (a week on) counts in this month when it falls due in it
    long nextInMonth = YearMonth.from(at(openVisit(target).get("due_at"))).equals(month) ? 1 : 0;
    JsonNode after = station(api.get("xbhbl-supervisor", "/api/care/stats?month=" + month), "xbhbl");
    assertThat(after.get("onTime").asLong()).isEqualTo(before.get("onTime").asLong() + 1);
    assertThat(after.get("pending").asLong()).isEqualTo(before.get("pending").asLong() - 1 + nextInMonth);
    assertThat(after.get("due").asLong()).isEqualTo(before.get("due").asLong() + nextInMonth);
    assertThat(after.get("rate").asInt()).isBetween(0, 100);
    assertThat(after.get("stationName").asText()).endsWith("社工站");
  }

  private static JsonNode station(ResponseEntity<String> stats, String code) {
    assertThat(stats.getStatusCode().value()).isEqualTo(200);
    for (JsonNode s : IntakeFlow.json(stats).get("stations")) {
      if (code.equals(s.get("station").asText())) {
        return s;
      }
    }
    throw new AssertionError("no " + code + " in " + stats.getBody());
  }
}
