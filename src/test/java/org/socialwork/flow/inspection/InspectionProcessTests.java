package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The project-inspection model on an in-memory engine: one test per path (pass; rectification accepted first time;
 * rejected then accepted; overdue escalation with extension; marked failed; self-check confirmed and returned), with
 * the overdue timer executed. The result computation is stood in by a delegate that says whether to rectify.
 */
@Deployment(resources = {"bpmn/project-inspection.bpmn", "forms/inspection-plan.form", "forms/inspection-score.form",
    "forms/self-check-review.form", "forms/rectification-report.form", "forms/rectification-overdue.form",
    "forms/reinspection.form"})
class InspectionProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private boolean rectify;
  private int computed;

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at(TODAY));
    Mocks.register("computeInspectionResultDelegate", (JavaDelegate) execution -> {
      computed++;
      execution.setVariable(InspectionVariables.NEEDS_RECTIFICATION, rectify);
      if (rectify) {
        execution.setVariable(InspectionVariables.RECTIFICATION_DUE, InspectionVariables.dueAt(TODAY.plusDays(30)));
      }
    });
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private ProcessInstance plan(List<String> inspectors, boolean selfCheck) {
    return runtimeService().startProcessInstanceByKey(InspectionVariables.PROCESS_KEY, "JC-2026-0001",
        InspectionVariables.planned(1L, "xbhbl", inspectors, selfCheck));
  }

  private void scoreAll(ProcessInstance pi) {
    for (Task t : taskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ScoreInspection").list()) {
      taskService().complete(t.getId());
    }
  }

  private List<String> candidateGroups(String taskId) {
    return taskService().getIdentityLinksForTask(taskId).stream()
        .filter(l -> "candidate".equals(l.getType())).map(l -> l.getGroupId()).toList();
  }

  @Test
  void everyInspectorScoresAndAPassedInspectionCloses() {
    rectify = false;
    ProcessInstance pi = plan(List.of("leader", "mentor"), false);
    List<Task> scoring = taskService().createTaskQuery().processInstanceId(pi.getId()).list();
    assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrder("leader", "mentor");
    taskService().complete(scoring.get(0).getId());
    assertThat(computed).as("computed once all inspectors scored").isZero();
    taskService().complete(scoring.get(1).getId());
    assertThat(computed).isEqualTo(1);
    assertThat(pi).hasPassed("Task_ComputeResult", "EndEvent_Closed").hasNotPassed("Task_SubmitRectification")
        .isEnded();
  }

  @Test
  void rectificationGoesToTheStationSupervisorAndIsAcceptedFirstTime() {
    rectify = true;
    ProcessInstance pi = plan(List.of("leader"), false);
    scoreAll(pi);
    assertThat(pi).isWaitingAt("Task_SubmitRectification");
    Task notice = task(pi);
    assertThat(candidateGroups(notice.getId())).containsExactly("station-xbhbl-supervisor");
    assertThat(notice.getDueDate()).isEqualTo(Date.from(TODAY.plusDays(30).atTime(23, 59, 59)
        .atZone(ZoneId.systemDefault()).toInstant()));
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_Reinspect");
    assertThat(task(pi)).isAssignedTo("leader");
    complete(task(pi), withVariables(InspectionVariables.ACCEPTED, true));
    assertThat(pi).hasPassedInOrder("Task_ScoreInspection", "Task_ComputeResult", "Task_SubmitRectification",
        "Task_Reinspect", "EndEvent_Rectified").isEnded();
  }

  @Test
  void rectificationNotYetDoneGoesBackToTheStationThenIsAccepted() {
    rectify = true;
    ProcessInstance pi = plan(List.of("mentor"), false);
    scoreAll(pi);
    complete(task(pi));
    complete(task(pi), withVariables(InspectionVariables.ACCEPTED, false));
    assertThat(pi).isWaitingAt("Task_SubmitRectification");
    complete(task(pi));
    complete(task(pi), withVariables(InspectionVariables.ACCEPTED, true));
    assertThat(pi).hasPassed("EndEvent_Rectified").isEnded();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_Reinspect").count()).isEqualTo(2);
  }

  @Test
  void overdueRectificationEscalatesToTheLeadingGroupWhoExtendItOnce() {
    rectify = true;
    ProcessInstance pi = plan(List.of("leader"), false);
    scoreAll(pi);
    assertThat(pi).isWaitingAt("Task_SubmitRectification");
    assertThat(job(pi)).as("the overdue timer waits for the deadline").isNotNull();
    assertThat(job(pi).getDuedate()).isEqualTo(Date.from(TODAY.plusDays(30).atTime(23, 59, 59)
        .atZone(ZoneId.systemDefault()).toInstant()));

    ClockUtil.setCurrentTime(at(TODAY.plusDays(31)));
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_DecideOverdueRectification");
    assertThat(candidateGroups(task(pi).getId())).containsExactly("leading-group");

    complete(task(pi), withVariables(InspectionVariables.OVERDUE_DECISION, "extend",
        InspectionVariables.RECTIFICATION_DUE, InspectionVariables.dueAt(TODAY.plusDays(45))));
    assertThat(pi).isWaitingAt("Task_SubmitRectification");
    assertThat(job(pi).getDuedate()).as("the timer is re-armed with the new deadline")
        .isEqualTo(Date.from(TODAY.plusDays(45).atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
    complete(task(pi));
    complete(task(pi), withVariables(InspectionVariables.ACCEPTED, true));
    assertThat(pi).hasPassedInOrder("Task_SubmitRectification", "Timer_RectificationOverdue",
        "Task_DecideOverdueRectification", "Task_SubmitRectification", "Task_Reinspect", "EndEvent_Rectified").isEnded();
  }

  @Test
  void overdueRectificationMarkedFailedEndsAsFailed() {
    rectify = true;
    ProcessInstance pi = plan(List.of("leader"), false);
    scoreAll(pi);
    ClockUtil.setCurrentTime(at(TODAY.plusDays(40)));
    execute(job(pi));
    complete(task(pi), withVariables(InspectionVariables.OVERDUE_DECISION, "fail"));
    assertThat(pi).hasPassed("Timer_RectificationOverdue", "EndEvent_RectificationFailed")
        .hasNotPassed("Task_Reinspect").isEnded();
  }

  @Test
  void selfCheckIsReviewedByTheLeadingGroupAndMayBeReturned() {
    rectify = false;
    ProcessInstance pi = plan(List.of("xbhbl-supervisor"), true);
    assertThat(task(pi)).isAssignedTo("xbhbl-supervisor");
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_ReviewSelfCheck");
    assertThat(candidateGroups(task(pi).getId())).containsExactly("leading-group");
    complete(task(pi), withVariables(InspectionVariables.SELF_CHECK_CONFIRMED, false));
    assertThat(pi).isWaitingAt("Task_ScoreInspection");
    complete(task(pi));
    complete(task(pi), withVariables(InspectionVariables.SELF_CHECK_CONFIRMED, true));
    assertThat(pi).hasPassed("EndEvent_Closed").isEnded();
    assertThat(computed).isEqualTo(2);
  }

  @Test
  void confirmedSelfCheckWithFindingsGoesToRectification() {
    rectify = true;
    ProcessInstance pi = plan(List.of("xbhbl-supervisor"), true);
    complete(task(pi));
    complete(task(pi), withVariables(InspectionVariables.SELF_CHECK_CONFIRMED, true));
    assertThat(pi).isWaitingAt("Task_SubmitRectification");
  }
}
