package org.socialwork.flow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The intake model on an in-memory engine, one test per gateway branch and for the escalation timer. */
@Deployment(resources = {"bpmn/intake.bpmn", "forms/intake-register.form", "forms/intake-screen.form",
    "forms/intake-approve.form"})
class IntakeProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** Business keys of the cases whose casework the end event 已开案 started (the delegate is stood in). */
  private final java.util.List<String> caseworkStarted = new java.util.ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    org.camunda.bpm.engine.test.mock.Mocks.register("openCaseworkDelegate",
        (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> caseworkStarted.add(execution.getBusinessKey()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    org.camunda.bpm.engine.test.mock.Mocks.reset();
  }

  private ProcessInstance startIntake(String station) {
    engine.getIdentityService().setAuthenticatedUserId(station + "-worker");
    try {
      return runtimeService().startProcessInstanceByKey("intake", station.toUpperCase() + "-2026-0001",
          withVariables(IntakeVariables.CASE_ID, 1L, IntakeVariables.STATION_CODE, station,
              IntakeVariables.APPROVAL_TIMEOUT, "P3D"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void acceptedAndApprovedIntakeOpensTheCase() {
    ProcessInstance pi = startIntake("xbhbl");
    assertThat(pi).isWaitingAt("Task_ScreenIntake");
    assertThat(task(pi)).isAssignedTo("xbhbl-worker");
    assertThat(candidateGroups(task(pi).getId())).containsExactly("station-xbhbl-worker");

    complete(task(pi), withVariables(IntakeVariables.SCREENING, "accept"));
    assertThat(pi).isWaitingAt("Task_ApproveOpening");
    assertThat(task(pi)).isNotAssigned().hasCandidateGroup("station-xbhbl-supervisor");

    complete(task(pi), withVariables(IntakeVariables.APPROVED, true));
    assertThat(pi).hasPassedInOrder("StartEvent_IntakeRegistered", "Task_ScreenIntake", "Task_ApproveOpening",
        "EndEvent_CaseOpened").isEnded();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("XBHBL-2026-0001").count()).isEqualTo(1);
    assertThat(caseworkStarted).containsExactly("XBHBL-2026-0001");
  }

  @Test
  void referredIntakeEndsAsReferredOut() {
    ProcessInstance pi = startIntake("xbhbl");
    complete(task(pi), withVariables(IntakeVariables.SCREENING, "refer"));
    assertThat(pi).hasPassed("EndEvent_ReferredOut").hasNotPassed("Task_ApproveOpening").isEnded();
    assertThat(caseworkStarted).isEmpty();
  }

  @Test
  void declinedIntakeEndsAsDeclined() {
    ProcessInstance pi = startIntake("xbhbl");
    complete(task(pi), withVariables(IntakeVariables.SCREENING, "decline"));
    assertThat(pi).hasPassed("EndEvent_Declined").hasNotPassed("Task_ApproveOpening").isEnded();
  }

  @Test
  void returnedIntakeGoesBackToTheWorkerAndCanThenBeOpened() {
    ProcessInstance pi = startIntake("xbhbl");
    complete(task(pi), withVariables(IntakeVariables.SCREENING, "accept"));
    complete(task(pi), withVariables(IntakeVariables.APPROVED, false));

    assertThat(pi).isWaitingAt("Task_ScreenIntake");
    assertThat(task(pi)).isAssignedTo("xbhbl-worker");

    complete(task(pi), withVariables(IntakeVariables.SCREENING, "accept"));
    complete(task(pi), withVariables(IntakeVariables.APPROVED, true));
    assertThat(pi).hasPassed("EndEvent_CaseOpened").isEnded();
  }

  @Test
  void approvalNotDoneInTimeEscalatesToTheExpertSupervisors() {
    ProcessInstance pi = startIntake("sjl");
    complete(task(pi), withVariables(IntakeVariables.SCREENING, "accept"));

    Job timer = job(pi);
    assertThat(timer).isNotNull();
    Duration untilDue = Duration.between(ClockUtil.getCurrentTime().toInstant(), timer.getDuedate().toInstant());
    assertThat(untilDue).isBetween(Duration.ofDays(3).minusMinutes(1), Duration.ofDays(3).plusMinutes(1));

    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    execute(timer);

    assertThat(pi).isWaitingAt("Task_ApproveOpeningEscalated");
    assertThat(task(pi)).hasCandidateGroup("expert-supervisors").hasCandidateGroup("station-sjl-supervisor");
    complete(task(pi), withVariables(IntakeVariables.APPROVED, true));
    assertThat(pi).hasPassedInOrder("Task_ApproveOpening", "Timer_ApprovalOverdue", "Task_ApproveOpeningEscalated",
        "EndEvent_CaseOpened").isEnded();
  }

  @Test
  void approvalTimeoutIsTakenFromTheInstance() {
    engine.getIdentityService().setAuthenticatedUserId("xbhbl-worker");
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("intake", "XBHBL-2026-0002",
        Map.of(IntakeVariables.CASE_ID, 2L, IntakeVariables.STATION_CODE, "xbhbl",
            IntakeVariables.APPROVAL_TIMEOUT, "PT4H"));
    engine.getIdentityService().clearAuthentication();
    complete(task(pi), withVariables(IntakeVariables.SCREENING, "accept"));
    Duration untilDue = Duration.between(ClockUtil.getCurrentTime().toInstant(), job(pi).getDuedate().toInstant());
    assertThat(untilDue).isBetween(Duration.ofHours(4).minusMinutes(1), Duration.ofHours(4).plusMinutes(1));
  }

  @Test
  void candidateGroupsFollowTheStationOfTheCase() {
    ProcessInstance pi = startIntake("sjl");
    complete(task(pi), withVariables(IntakeVariables.SCREENING, "accept"));
    assertThat(candidateGroups(task(pi).getId())).containsExactly("station-sjl-supervisor");
  }

  private static java.util.List<String> candidateGroups(String taskId) {
    ProcessEngine pe = engine.getProcessEngine();
    return pe.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  @Test
  void everyUserTaskAndTheStartEventNameADeployedForm() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/intake.bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      for (UserTask t : model.getModelElementsByType(UserTask.class)) {
        assertThat(t.getCamundaFormRef()).as(t.getId()).isNotBlank();
        assertThat(t.getCamundaFormRefBinding()).as(t.getId()).isEqualTo("deployment");
        assertThat(t.getCamundaCandidateGroups()).as(t.getId()).contains("${stationCode}");
      }
      for (StartEvent s : model.getModelElementsByType(StartEvent.class)) {
        assertThat(s.getCamundaFormRef()).isEqualTo("intake-register");
      }
    }
    ProcessInstance pi = startIntake("xbhbl");
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task(pi).getId())) {
      assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"id\": \"intake-screen\"");
    }
  }
}
