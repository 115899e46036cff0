package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** From an opened case through assessment (with the real decision table), mentor review and an approved plan. */
@ApplicationTest
class NeedsAssessmentIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  org.socialwork.flow.organization.IdentityMirror identity;

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  /** Registers, accepts and opens a case with the given responsible worker and mentor; returns the case number. */
  private String openedCase(String worker, String mentor) {
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    Map<String, Object> approval = new HashMap<>(Map.of("decision", "approve", "responsibleWorker", worker));
    if (mentor != null) {
      approval.put("mentor", mentor);
    }
    api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", caseNo, "Task_ApproveOpening"), approval);
    return caseNo;
  }

  private static Map<String, Object> anAssessment(String selfCare, String family, List<String> emergency) {
    Map<String, Object> f = new HashMap<>();
    f.put("assessedOn", "2026-11-03");
    f.put("health", "fair");
    f.put("selfCare", selfCare);
    f.put("familySupport", family);
    f.put("socialSupport", "weak");
    f.put("individualSystem", "高血压，行动不便，情绪低落");
    f.put("familySystem", "子女在外地，每月通话一次");
    f.put("socialSystem", "与邻居往来少，未参加社区活动");
    f.put("strengths", "意识清楚，愿意接受帮助");
    f.put("emergency", emergency);
    f.put("needs", List.of("meal", "companionship"));
    f.put("priority", "high");
    f.put("summary", "独居高龄老人，需要助餐与定期探访");
    return f;
  }

  private static Map<String, Object> aPlan() {
    Map<String, Object> f = new HashMap<>();
    f.put("goal", "保障基本生活，缓解孤独感");
    f.put("objective1", "每日助餐");
    f.put("indicator1", "每周送餐不少于 6 次");
    f.put("deadline1", LocalDate.now().plusMonths(1).toString());
    f.put("approach", "链接社区食堂与志愿者，每周探访一次");
    f.put("resources", "西坝河北里社区食堂；为老志愿服务队");
    return f;
  }

  @Test
  void workerAssessesWritesThePlanAndTheSupervisorApprovesIt() {
    String caseNo = openedCase("xbhbl-worker2", null);
    String record = api.taskOf("xbhbl-worker2", caseNo, "Task_RecordAssessment");
    api.complete("xbhbl-worker2", record, anAssessment("none", "weak", List.of()));

    JsonNode assessed = IntakeFlow.json(api.get("xbhbl-worker2", "/api/cases/" + caseNo));
    assertThat(assessed.get("riskLevel").asText()).isEqualTo("high");
    assertThat(assessed.at("/assessments/0/reassessAfter").asText()).isEqualTo("P1M");
    assertThat(assessed.at("/assessments/0/needs").toString()).contains("助餐").contains("陪伴探访");

    api.complete("xbhbl-worker2", api.taskOf("xbhbl-worker2", caseNo, "Task_WritePlan"), aPlan());
    assertThat(IntakeFlow.json(api.get("xbhbl-worker2", "/api/cases/" + caseNo)).get("status").asText())
        .isEqualTo("PLAN_REVIEW");

    String approve = api.taskOf("xbhbl-supervisor", caseNo, "Task_ApprovePlan");
    api.complete("xbhbl-supervisor", approve, Map.of("decision", "approve"));
    JsonNode inService = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/cases/" + caseNo));
    assertThat(inService.get("status").asText()).isEqualTo("IN_SERVICE");
    assertThat(inService.at("/plan/status").asText()).isEqualTo("APPROVED");
    assertThat(inService.at("/plan/objectives/0/indicator").asText()).isEqualTo("每周送餐不少于 6 次");
  }

  @Test
  void mentorReviewsAMentoredCaseAndAnEmergencyReachesTheSupervisor() {
    String caseNo = openedCase("xbhbl-worker", "mentor");
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_RecordAssessment"),
        anAssessment("full", "strong", List.of("no_means")));
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/cases/" + caseNo)).get("riskLevel").asText())
        .isEqualTo("high");

    String emergency = api.taskOf("xbhbl-supervisor", caseNo, "Task_RespondToEmergency");
    api.complete("xbhbl-supervisor", emergency, Map.of("actionTaken", "当日送去米面油，申请临时救助", "referredTo", "街道民政科"));

    String review = api.taskOf("mentor", caseNo, "Task_MentorReview");
    var refused = api.post("mentor", "/api/tasks/" + review + "/complete", Map.of("decision", "return"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    api.complete("mentor", review, Map.of("decision", "return", "comment", "请补充经济来源与低保申请情况"));

    String again = api.taskOf("xbhbl-worker", caseNo, "Task_RecordAssessment");
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks/" + again)).at("/values/summary").asText())
        .isEqualTo("独居高龄老人，需要助餐与定期探访");
  }

  @Test
  void aPlanWithAHalfWrittenObjectiveIsRefused() {
    String caseNo = openedCase("xbhbl-worker2", null);
    api.complete("xbhbl-worker2", api.taskOf("xbhbl-worker2", caseNo, "Task_RecordAssessment"),
        anAssessment("full", "strong", List.of()));
    Map<String, Object> plan = aPlan();
    plan.put("objective2", "每周探访");
    var refused = api.post("xbhbl-worker2", "/api/tasks/" + api.taskOf("xbhbl-worker2", caseNo, "Task_WritePlan")
        + "/complete", plan);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("indicator2");
  }

  @Test
  void aSupervisorCannotApproveThePlanOrTheClosureOfTheirOwnCase() {
    jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES ('xbhbl-supervisor', 'WORKER', 'xbhbl')");
    if (jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE username = 'xbhbl-supervisor2'", Integer.class) == 0) {
      jdbc.update("INSERT INTO person (username, full_name, active, created_at) VALUES ('xbhbl-supervisor2', '王芳', TRUE, CURRENT_TIMESTAMP)");
      jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES ('xbhbl-supervisor2', 'SUPERVISOR', 'xbhbl')");
      identity.ensureUser(new org.socialwork.flow.organization.Person("xbhbl-supervisor2", "王芳", null, true,
          java.time.LocalDateTime.now()), "demo");
      identity.synchronize();
    }
    try {
      String caseNo = openedCase("xbhbl-supervisor", null);
      api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", caseNo, "Task_RecordAssessment"),
          anAssessment("full", "strong", List.of()));
      api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", caseNo, "Task_WritePlan"), aPlan());
      String approve = api.taskOf("xbhbl-supervisor", caseNo, "Task_ApprovePlan");
      var refused = api.post("xbhbl-supervisor", "/api/tasks/" + approve + "/complete", Map.of("decision", "approve"));
      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(IntakeFlow.json(refused).at("/errors/decision").asText()).contains("不能审批自己的服务计划");
      assertThat(IntakeFlow.json(api.get("xbhbl-supervisor", "/api/cases/" + caseNo)).get("status").asText())
          .isEqualTo("PLAN_REVIEW");

      // the same rule at closure: another supervisor would have to approve it
      api.complete("xbhbl-supervisor2", approve, Map.of("decision", "approve"));
      api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", caseNo, "Task_Intervention"),
          Map.of("summary", "阶段目标完成"));
      api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", caseNo, "Task_Evaluate"),
          Map.of("goalAttainment", "目标一已达成", "overall", "achieved", "outcome", "改善"));
      api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", caseNo, "Task_WriteClosure"),
          Map.of("reason", "goal_met", "outcomeEvaluation", "目标达成", "followupPlan", "按期回访"));
      String closure = api.taskOf("xbhbl-supervisor", caseNo, "Task_ApproveClosure");
      var closureRefused = api.post("xbhbl-supervisor", "/api/tasks/" + closure + "/complete",
          Map.of("decision", "approve"));
      assertThat(closureRefused.getStatusCode().value()).isEqualTo(400);
      assertThat(IntakeFlow.json(closureRefused).at("/errors/decision").asText()).contains("不能审批自己个案的结案");
      api.complete("xbhbl-supervisor2", closure, Map.of("decision", "approve"));
      assertThat(IntakeFlow.json(api.get("xbhbl-supervisor", "/api/cases/" + caseNo)).get("status").asText())
          .isEqualTo("FOLLOW_UP");
    } finally {
      jdbc.update("DELETE FROM person_role WHERE username = 'xbhbl-supervisor' AND role = 'WORKER'");
    }
  }
}
