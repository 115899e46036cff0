package org.socialwork.flow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The casework lifecycle with the real needs-assessment model and decision table; timers run as jobs. */
@Deployment(resources = {"bpmn/casework.bpmn", "bpmn/needs-assessment.bpmn", "bpmn/risk-level.dmn",
    "forms/needs-assessment.form", "forms/assessment-review.form", "forms/service-plan.form",
    "forms/plan-approve.form", "forms/emergency-response.form", "forms/intervention-complete.form",
    "forms/case-evaluation.form", "forms/closure-report.form", "forms/closure-approve.form", "forms/follow-up.form",
    "forms/case-note.form"})
class CaseworkProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("recordRiskLevelDelegate", (JavaDelegate) execution -> { });
    Mocks.register("planDeadlines", planDue);
    Mocks.register("interventionFollowsPlan", new InterventionFollowsPlan(planDue::due));
  }

  private final PlanDue planDue = new PlanDue();

  /** Stands in for casework.PlanDeadlines: the plan of case 9 runs until 2027-03-31, no other case has one. */
  public static class PlanDue {
    java.util.Date current = PLAN_DUE;

    public java.util.Date due(Object caseId) {
      return Long.valueOf(9L).equals(caseId) ? current : null;
    }
  }

  private static final java.util.Date PLAN_DUE = java.util.Date.from(java.time.LocalDateTime.of(2027, 3, 31, 23, 59, 59)
      .atZone(java.time.ZoneId.systemDefault()).toInstant());

  @Test
  void theInterventionIsDueWhenThePlansLastObjectiveIsDueNotDaysAfterItStarts() {
    ProcessInstance pi = openCase();
    assessAndPlan(pi, "full");
    assertThat(pi).isWaitingAt("Task_Intervention");
    assertThat(task(pi).getDueDate()).isEqualTo(PLAN_DUE);
  }

  @Test
  void aReassessmentsNewPlanMovesTheOpenInterventionsDueDate() {
    ProcessInstance pi = openCase();
    assessAndPlan(pi, "none");
    assertThat(task(pi).getDueDate()).isEqualTo(PLAN_DUE);
    execute(timer(pi, "Timer_Reassessment"));
    java.util.Date later = java.util.Date.from(java.time.LocalDateTime.of(2027, 9, 30, 23, 59, 59)
        .atZone(java.time.ZoneId.systemDefault()).toInstant());
    planDue.current = later; // the re-assessment's plan runs longer
    assessAndPlan(pi, "none");
    assertThat(pi).isWaitingAt("Task_Intervention");
    assertThat(task(pi).getDueDate()).isEqualTo(later);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance openCase() {
    Map<String, Object> v = new HashMap<>();
    v.put(CaseworkVariables.CASE_ID, 9L);
    v.put(CaseworkVariables.STATION_CODE, "sjl");
    v.put(CaseworkVariables.RESPONSIBLE_WORKER, "sjl-worker");
    v.put(CaseworkVariables.MENTOR, null);
    v.put(CaseworkVariables.FOLLOW_UP_FIRST, "P1M");
    v.put(CaseworkVariables.FOLLOW_UP_SECOND, "P2M");
    return runtimeService().startProcessInstanceByMessage(CaseworkVariables.MESSAGE_CASE_OPENED, "SJL-2026-0009", v);
  }

  /** Runs the called needs assessment to an approved plan, with the given self-care answer. */
  private void assessAndPlan(ProcessInstance casework, String selfCare) {
    ProcessInstance assessment = calledProcessInstance(casework);
    assertThat(assessment).isWaitingAt("Task_RecordAssessment");
    assertThat(task(assessment)).isAssignedTo("sjl-worker");
    complete(task(assessment), withVariables(NeedsAssessmentVariables.EMERGENCY, false,
        NeedsAssessmentVariables.SELF_CARE, selfCare, NeedsAssessmentVariables.HEALTH, "good",
        NeedsAssessmentVariables.FAMILY_SUPPORT, "strong", NeedsAssessmentVariables.SOCIAL_SUPPORT, "strong"));
    complete(task(assessment));
    complete(task(assessment), withVariables(NeedsAssessmentVariables.PLAN_APPROVED, true));
    assertThat(assessment).isEnded();
  }

  private static Job timer(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private static Duration untilDue(Job job) {
    return Duration.between(ClockUtil.getCurrentTime().toInstant(), job.getDuedate().toInstant());
  }

  private static void closeAndApprove(ProcessInstance pi) {
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_Evaluate");
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_WriteClosure");
    complete(task(pi));
    assertThat(task(pi)).hasDefinitionKey("Task_ApproveClosure").hasCandidateGroup("station-sjl-supervisor");
    complete(task(pi), withVariables(CaseworkVariables.CLOSURE_APPROVED, true));
  }

  @Test
  void aCaseGoesFromAssessmentThroughInterventionAndClosureToTwoFollowUps() {
    ProcessInstance pi = openCase();
    assertThat(pi).isWaitingAt("CallActivity_NeedsAssessment");
    assessAndPlan(pi, "full");
    assertThat(pi).isWaitingAt("Task_Intervention");
    assertThat(task(pi)).isAssignedTo("sjl-worker");

    closeAndApprove(pi);
    Job first = timer(pi, "Timer_FirstFollowUpDue");
    assertThat(untilDue(first)).isBetween(Duration.ofDays(28), Duration.ofDays(31));
    execute(first);
    assertThat(pi).isWaitingAt("Task_FirstFollowUp");
    complete(task(pi), withVariables(CaseworkVariables.REOPEN, false));

    Job second = timer(pi, "Timer_SecondFollowUpDue");
    assertThat(untilDue(second)).isBetween(Duration.ofDays(58), Duration.ofDays(62));
    execute(second);
    complete(task(pi), withVariables(CaseworkVariables.REOPEN, false));
    assertThat(pi).hasPassedInOrder("CallActivity_NeedsAssessment", "Task_Intervention", "Task_Evaluate",
        "Task_WriteClosure", "Task_ApproveClosure", "Timer_FirstFollowUpDue", "Task_FirstFollowUp",
        "Timer_SecondFollowUpDue", "Task_SecondFollowUp", "EndEvent_CaseClosed").isEnded();
  }

  @Test
  void theReassessmentPeriodComesFromTheRiskLevelAndStartsANewAssessment() {
    ProcessInstance pi = openCase();
    assessAndPlan(pi, "none");
    Job reassessment = timer(pi, "Timer_Reassessment");
    assertThat(untilDue(reassessment)).as("medium risk: every 3 months")
        .isBetween(Duration.ofDays(88), Duration.ofDays(93));

    execute(reassessment);
    assertThat(pi).isWaitingAt("Task_Intervention", "CallActivity_Reassessment");
    assertThat(calledProcessInstance(pi)).isWaitingAt("Task_RecordAssessment");
  }

  @Test
  void aHighRiskCaseIsReassessedEveryMonth() {
    ProcessInstance pi = openCase();
    ProcessInstance assessment = calledProcessInstance(pi);
    complete(task(assessment), withVariables(NeedsAssessmentVariables.EMERGENCY, false,
        NeedsAssessmentVariables.SELF_CARE, "none", NeedsAssessmentVariables.HEALTH, "poor",
        NeedsAssessmentVariables.FAMILY_SUPPORT, "none", NeedsAssessmentVariables.SOCIAL_SUPPORT, "none"));
    complete(task(assessment));
    complete(task(assessment), withVariables(NeedsAssessmentVariables.PLAN_APPROVED, true));
    assertThat(untilDue(timer(pi, "Timer_Reassessment"))).isBetween(Duration.ofDays(28), Duration.ofDays(31));
  }

  @Test
  void anEmergencyCaseIsReassessedWithinAWeek() {
    ProcessInstance pi = openCase();
    ProcessInstance assessment = calledProcessInstance(pi);
    complete(task(assessment), withVariables(NeedsAssessmentVariables.EMERGENCY, true,
        NeedsAssessmentVariables.SELF_CARE, "full", NeedsAssessmentVariables.HEALTH, "good",
        NeedsAssessmentVariables.FAMILY_SUPPORT, "strong", NeedsAssessmentVariables.SOCIAL_SUPPORT, "strong"));
    complete(task(assessment));
    complete(task(assessment));
    complete(task(assessment), withVariables(NeedsAssessmentVariables.PLAN_APPROVED, true));
    assertThat(untilDue(timer(pi, "Timer_Reassessment"))).isBetween(Duration.ofDays(6), Duration.ofDays(8));
  }

  @Test
  void aLowRiskCaseIsReassessedEverySixMonths() {
    ProcessInstance pi = openCase();
    assessAndPlan(pi, "full");
    assertThat(untilDue(timer(pi, "Timer_Reassessment"))).isBetween(Duration.ofDays(180), Duration.ofDays(185));
  }

  @Test
  void aReturnedClosureGoesBackToTheWorker() {
    ProcessInstance pi = openCase();
    assessAndPlan(pi, "full");
    complete(task(pi));
    complete(task(pi));
    complete(task(pi));
    complete(task(pi), withVariables(CaseworkVariables.CLOSURE_APPROVED, false));
    assertThat(pi).isWaitingAt("Task_WriteClosure");
  }

  @Test
  void aFollowUpThatFindsNewNeedReopensTheCase() {
    ProcessInstance pi = openCase();
    assessAndPlan(pi, "full");
    closeAndApprove(pi);
    execute(timer(pi, "Timer_FirstFollowUpDue"));
    complete(task(pi), withVariables(CaseworkVariables.REOPEN, true));
    assertThat(pi).isWaitingAt("Task_Intervention").isNotEnded();
  }
}
