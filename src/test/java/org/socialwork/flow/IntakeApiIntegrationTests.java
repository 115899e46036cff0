package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole intake through /api on the running application, as xbhbl-worker and xbhbl-supervisor. */
@ApplicationTest
class IntakeApiIntegrationTests {

  @LocalServerPort
  int port;

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  @Test
  void workerRegistersAndScreensSupervisorApprovesAndTheCaseIsOpened() {
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    assertThat(caseNo).matches("XBHBL-\\d{4}-\\d{4}");

    JsonNode screening = IntakeFlow.json(api.get("xbhbl-worker",
        "/api/tasks/" + api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake")));
    assertThat(screening.at("/task/assignee").asText()).isEqualTo("xbhbl-worker");
    assertThat(screening.at("/form/id").asText()).isEqualTo("intake-screen");
    // due dates come from socialwork.task-due (Task_ScreenIntake: P2D)
    java.time.Duration due = java.time.Duration.between(
        java.time.LocalDateTime.parse(screening.at("/task/created").asText()),
        java.time.LocalDateTime.parse(screening.at("/task/due").asText()));
    assertThat(due).isBetween(java.time.Duration.ofDays(2).minusMinutes(1), java.time.Duration.ofDays(2).plusMinutes(1));

    api.complete("xbhbl-worker", screening.at("/task/id").asText(), Map.of("decision", "accept"));
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/cases/" + caseNo)).get("status").asText())
        .isEqualTo("OPENING_REVIEW");

    String approval = api.taskOf("xbhbl-supervisor", caseNo, "Task_ApproveOpening");
    JsonNode approvalTask = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/tasks/" + approval));
    assertThat(approvalTask.at("/values/responsibleWorker").asText()).isEqualTo("xbhbl-worker");
    api.complete("xbhbl-supervisor", approval, Map.of("decision", "approve", "responsibleWorker", "xbhbl-worker2"));

    JsonNode opened = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/cases/" + caseNo));
    assertThat(opened.get("status").asText()).isEqualTo("ASSESSING");
    assertThat(opened.get("responsibleWorker").asText()).isEqualTo("xbhbl-worker2");
    assertThat(opened.at("/client/name").asText()).isEqualTo("王秀英");
    assertThat(opened.get("decisions")).hasSize(2);
    assertThat(opened.at("/openTasks/0/name").asText()).isEqualTo("记录需求评估");
    assertThat(opened.at("/openTasks/0/assignee").asText()).isEqualTo("xbhbl-worker2");
  }

  @Test
  void supervisorReturnsTheRequestAndTheWorkerSeesTheirEarlierScreening() {
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));

    String approval = api.taskOf("xbhbl-supervisor", caseNo, "Task_ApproveOpening");
    assertThat(api.post("xbhbl-supervisor", "/api/tasks/" + approval + "/complete", Map.of("decision", "return"))
        .getStatusCode().value()).isEqualTo(400);
    api.complete("xbhbl-supervisor", approval, Map.of("decision", "return", "comment", "请补充家庭支持情况"));

    String again = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    JsonNode task = IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks/" + again));
    assertThat(task.at("/values/decision").asText()).isEqualTo("accept");
    JsonNode returned = IntakeFlow.json(api.get("xbhbl-worker", "/api/cases/" + caseNo));
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    assertThat(returned.at("/decisions/1/comment").asText()).isEqualTo("请补充家庭支持情况");
  }

  @Test
  void referralRecordsTheReceivingOrganisation() {
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake"),
        Map.of("decision", "refer", "receivingOrg", "朝阳区残联康复中心", "reason", "需要专业康复服务"));
    JsonNode referred = IntakeFlow.json(api.get("xbhbl-worker", "/api/cases/" + caseNo));
    assertThat(referred.get("status").asText()).isEqualTo("REFERRED");
    assertThat(referred.at("/referrals/0/receivingOrg").asText()).isEqualTo("朝阳区残联康复中心");
    assertThat(referred.get("openTasks")).isEmpty();
  }

  @Test
  void declineRecordsTheReason() {
    String caseNo = api.register("sjl-worker", Fixtures.anIntake("sjl"));
    assertThat(caseNo).startsWith("SJL-");
    String task = api.taskOf("sjl-worker", caseNo, "Task_ScreenIntake");
    assertThat(api.post("sjl-worker", "/api/tasks/" + task + "/complete", Map.of("decision", "decline"))
        .getBody()).contains("reason");
    api.complete("sjl-worker", task, Map.of("decision", "decline", "reason", "不属于本站服务范围"));
    JsonNode declined = IntakeFlow.json(api.get("sjl-worker", "/api/cases/" + caseNo));
    assertThat(declined.get("status").asText()).isEqualTo("NOT_OPENED");
    assertThat(declined.at("/decisions/0/comment").asText()).isEqualTo("不属于本站服务范围");
  }

  @Test
  void caseNumbersCountUpPerStation() {
    String first = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String second = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
    int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
    assertThat(b).isEqualTo(a + 1);
  }
}
