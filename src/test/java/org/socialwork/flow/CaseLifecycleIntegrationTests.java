package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case from intake to closure and follow-up through /api: case notes, evaluation, closure approved by the
 * supervisor (not by the case's own worker), follow-up timers fired as jobs, closed.
 */
@ApplicationTest
class CaseLifecycleIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  private String caseInService() {
    String caseNo = api.register("sjl-worker", Fixtures.anIntake("sjl"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", "sjl-worker"));
    Map<String, Object> assessment = new HashMap<>(Map.of("assessedOn", "2026-11-03", "health", "good",
        "selfCare", "full", "familySupport", "strong", "socialSupport", "strong",
        "individualSystem", "身体尚可，情绪平稳", "familySystem", "女儿每周探望", "socialSystem", "参加社区合唱团",
        "priority", "low", "summary", "需要居家安全改造咨询"));
    assessment.put("needs", List.of("home_adaptation"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_RecordAssessment"), assessment);
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_WritePlan"), Map.of("goal", "完成居家适老化改造",
        "objective1", "完成卫生间扶手安装", "indicator1", "扶手安装验收", "deadline1",
        LocalDate.now().plusMonths(2).toString(), "approach", "链接街道适老化改造项目"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApprovePlan"),
        Map.of("decision", "approve"));
    return caseNo;
  }

  private Map<String, Object> aNote() {
    return new HashMap<>(Map.of("noteDate", "2026-11-20", "mode", "home_visit", "durationMin", 45,
        "objective", "评估卫生间安全", "narrative", "入户查看卫生间，地面湿滑，无扶手，与女儿商定改造方案"));
  }

  private void fireTimer(String caseNo, String activityId) {
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey("casework").singleResult().getId();
    Job job = management.createJobQuery().processInstanceId(pid).activityId(activityId).singleResult();
    assertThat(job).as(activityId).isNotNull();
    management.executeJob(job.getId());
  }

  @Test
  void aCaseIsServedClosedAndFollowedUp() {
    String caseNo = caseInService();
    assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/cases/" + caseNo)).get("status").asText())
        .isEqualTo("IN_SERVICE");

    var created = api.post("sjl-worker", "/api/cases/" + caseNo + "/notes", aNote());
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    Map<String, Object> bad = aNote();
    bad.put("durationMin", 12.5);
    bad.put("narrative", "太短");
    var refused = api.post("sjl-worker", "/api/cases/" + caseNo + "/notes", bad);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("durationMin").contains("narrative");

    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_Intervention"),
        Map.of("summary", "完成扶手安装，老人已能安全如厕"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_Evaluate"), Map.of(
        "goalAttainment", "目标一：扶手已安装并验收", "overall", "achieved", "outcome", "居家安全明显改善"));
    var referralMissing = api.post("sjl-worker", "/api/tasks/" + api.taskOf("sjl-worker", caseNo, "Task_WriteClosure")
        + "/complete", Map.of("reason", "referred", "outcomeEvaluation", "目标达成，转介社区", "followupPlan", "一个月后电话回访"));
    assertThat(referralMissing.getStatusCode().value()).isEqualTo(400);
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_WriteClosure"), Map.of("reason", "goal_met",
        "outcomeEvaluation", "服务目标全部达成", "clientFeedback", "很满意", "followupPlan", "一个月、三个月后回访"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApproveClosure"),
        Map.of("decision", "approve"));
    JsonNode closing = IntakeFlow.json(api.get("sjl-worker", "/api/cases/" + caseNo));
    assertThat(closing.get("status").asText()).isEqualTo("FOLLOW_UP");
    assertThat(closing.at("/notes/0/durationMin").asInt()).isEqualTo(45);

    var late = api.post("sjl-worker", "/api/cases/" + caseNo + "/notes", aNote());
    assertThat(late.getStatusCode().value()).isEqualTo(409);

    fireTimer(caseNo, "Timer_FirstFollowUpDue");
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_FirstFollowUp"),
        Map.of("doneOn", LocalDate.now().toString(), "mode", "phone", "statusNow", "生活正常，扶手使用良好", "reopen", "no"));
    fireTimer(caseNo, "Timer_SecondFollowUpDue");
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_SecondFollowUp"),
        Map.of("doneOn", LocalDate.now().toString(), "mode", "home_visit", "statusNow", "情况稳定", "reopen", "no"));

    JsonNode closed = IntakeFlow.json(api.get("sjl-worker", "/api/cases/" + caseNo));
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("followUps")).hasSize(2);
    assertThat(closed.get("openTasks")).isEmpty();
  }

  @Test
  void theCaseListIsScopedAndFiltered(@Autowired org.camunda.bpm.engine.TaskService tasks) {
    String caseNo = caseInService();
    assertThat(api.get("sjl-worker", "/api/cases?stage=IN_SERVICE&risk=low").getBody()).contains(caseNo);
    assertThat(api.get("sjl-worker", "/api/cases?stage=CLOSED").getBody()).doesNotContain(caseNo);
    assertThat(api.get("sjl-worker", "/api/cases?worker=sjl-worker&q=" + caseNo).getBody()).contains(caseNo)
        .contains("1101**********");
    assertThat(api.get("xbhbl-worker", "/api/cases").getBody()).doesNotContain(caseNo);
    assertThat(api.get("leader", "/api/cases?q=" + caseNo).getBody()).contains(caseNo);
    assertThat(api.get("sjl-worker", "/api/cases?stage=NOPE").getStatusCode().value()).isEqualTo(400);

    assertThat(api.get("sjl-worker", "/api/cases?overdue=true").getBody()).doesNotContain(caseNo);
    tasks.setDueDate(api.taskOf("sjl-worker", caseNo, "Task_Intervention"),
        new java.util.Date(System.currentTimeMillis() - 3_600_000L));
    assertThat(api.get("sjl-worker", "/api/cases?overdue=true").getBody()).contains(caseNo);
  }

  @Test
  void theInterventionFollowsThePlansObjectiveDeadlines() {
    String caseNo = caseInService();
    JsonNode intervention = IntakeFlow.json(api.get("sjl-worker",
        "/api/tasks/" + api.taskOf("sjl-worker", caseNo, "Task_Intervention")));
    // the plan's only objective is due in two months: the intervention is due at the end of that day, not in 3 days
    assertThat(intervention.at("/task/due").asText())
        .isEqualTo(LocalDate.now().plusMonths(2).atTime(23, 59, 59).toString());
    assertThat(intervention.at("/task/overdue").asBoolean()).isFalse();
    assertThat(api.signedIn("sjl-worker").get().uri("/cases/" + caseNo).retrieve().toEntity(String.class).getBody())
        .as("the case page gives the intervention's due date").contains(LocalDate.now().plusMonths(2) + " 23:59");
  }

  @Test
  void caseNotesAreForTheStationOnly() {
    String caseNo = caseInService();
    assertThat(api.post("xbhbl-worker", "/api/cases/" + caseNo + "/notes", aNote()).getStatusCode().value())
        .isEqualTo(404);
    assertThat(api.post("leader", "/api/cases/" + caseNo + "/notes", aNote()).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void aFollowUpCanReopenTheCase() {
    String caseNo = caseInService();
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_Intervention"), Map.of("summary", "阶段目标完成，进入评估"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_Evaluate"),
        Map.of("goalAttainment", "目标一已达成", "overall", "achieved", "outcome", "安全改善"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_WriteClosure"),
        Map.of("reason", "goal_met", "outcomeEvaluation", "目标达成", "followupPlan", "按期回访"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApproveClosure"), Map.of("decision", "approve"));
    fireTimer(caseNo, "Timer_FirstFollowUpDue");
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_FirstFollowUp"),
        Map.of("doneOn", LocalDate.now().toString(), "mode", "phone", "statusNow", "跌倒一次，需要康复服务", "reopen", "yes"));
    assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/cases/" + caseNo)).get("status").asText())
        .isEqualTo("IN_SERVICE");
    api.taskOf("sjl-worker", caseNo, "Task_Intervention");
  }
}
