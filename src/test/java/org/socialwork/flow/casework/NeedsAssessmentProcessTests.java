package org.socialwork.flow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The needs-assessment model with the real decision table: every gateway branch. */
@Deployment(resources = {"bpmn/needs-assessment.bpmn", "bpmn/risk-level.dmn", "forms/needs-assessment.form",
    "forms/assessment-review.form", "forms/service-plan.form", "forms/plan-approve.form",
    "forms/emergency-response.form"})
class NeedsAssessmentProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** What the risk-level delegate was handed, instead of writing it to the domain tables. */
  private final List<String> recordedLevels = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("recordRiskLevelDelegate", (JavaDelegate) execution -> recordedLevels.add(
        NeedsAssessmentVariables.riskLevel(execution.getVariable(NeedsAssessmentVariables.RISK_DECISION))));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  private ProcessInstance start(String mentor) {
    Map<String, Object> v = new HashMap<>();
    v.put(NeedsAssessmentVariables.CASE_ID, 7L);
    v.put(NeedsAssessmentVariables.STATION_CODE, "xbhbl");
    v.put(NeedsAssessmentVariables.RESPONSIBLE_WORKER, "xbhbl-worker2");
    v.put(NeedsAssessmentVariables.MENTOR, mentor);
    return runtimeService().startProcessInstanceByKey("needs-assessment", "XBHBL-2026-0007", v);
  }

  private static Map<String, Object> answers(boolean emergency, String selfCare, String family) {
    return withVariables(NeedsAssessmentVariables.EMERGENCY, emergency, NeedsAssessmentVariables.SELF_CARE, selfCare,
        NeedsAssessmentVariables.HEALTH, "fair", NeedsAssessmentVariables.FAMILY_SUPPORT, family,
        NeedsAssessmentVariables.SOCIAL_SUPPORT, "weak");
  }

  @Test
  void unmentoredCaseGoesFromAssessmentToPlanToApproval() {
    ProcessInstance pi = start(null);
    assertThat(pi).isWaitingAt("Task_RecordAssessment");
    assertThat(task(pi)).isAssignedTo("xbhbl-worker2");

    complete(task(pi), answers(false, "full", "strong"));
    assertThat(recordedLevels).containsExactly("low");
    assertThat(pi).isWaitingAt("Task_WritePlan").hasNotPassed("Task_MentorReview", "Task_RespondToEmergency");

    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_ApprovePlan");
    assertThat(task(pi)).hasCandidateGroup("station-xbhbl-supervisor");
    complete(task(pi), withVariables(NeedsAssessmentVariables.PLAN_APPROVED, true));
    assertThat(pi).hasPassedInOrder("Task_RecordAssessment", "Task_DetermineRiskLevel", "Task_RecordRiskLevel",
        "Task_WritePlan", "Task_ApprovePlan", "EndEvent_PlanApproved").isEnded();
  }

  @Test
  void returnedPlanGoesBackToTheWorker() {
    ProcessInstance pi = start(null);
    complete(task(pi), answers(false, "none", "strong"));
    assertThat(recordedLevels).containsExactly("medium");
    complete(task(pi));
    complete(task(pi), withVariables(NeedsAssessmentVariables.PLAN_APPROVED, false));
    assertThat(pi).isWaitingAt("Task_WritePlan");
    complete(task(pi));
    complete(task(pi), withVariables(NeedsAssessmentVariables.PLAN_APPROVED, true));
    assertThat(pi).isEnded();
  }

  @Test
  void mentoredCaseIsReviewedByItsMentorAndCanBeReturned() {
    ProcessInstance pi = start("mentor");
    complete(task(pi), answers(false, "none", "none"));
    assertThat(recordedLevels).containsExactly("high");
    assertThat(pi).isWaitingAt("Task_MentorReview");
    assertThat(task(pi)).isAssignedTo("mentor");

    complete(task(pi), withVariables(NeedsAssessmentVariables.REVIEW_APPROVED, false));
    assertThat(pi).isWaitingAt("Task_RecordAssessment");
    complete(task(pi), answers(false, "partial", "strong"));
    assertThat(recordedLevels).containsExactly("high", "medium");
    complete(task(pi), withVariables(NeedsAssessmentVariables.REVIEW_APPROVED, true));
    assertThat(pi).isWaitingAt("Task_WritePlan");
  }

  @Test
  void emergencySkipsScoringAndGoesToTheSupervisorAtOnce() {
    ProcessInstance pi = start(null);
    complete(task(pi), answers(true, "full", "strong"));
    assertThat(recordedLevels).containsExactly("high");
    assertThat(pi).isWaitingAt("Task_RespondToEmergency");
    assertThat(task(pi)).hasCandidateGroup("station-xbhbl-supervisor");
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_WritePlan").hasPassed("Task_RespondToEmergency");
  }
}
