package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * micro-venture on an in-memory engine, one test per branch: debarred refused at once, refusal, the more-information
 * loop and its due date passing, three reviewers scoring (one replaced after declaring a conflict), reserve, reject,
 * the posting timer at a working-day date across a weekend, objections upheld and not, agreement and payment.
 */
@Deployment(resources = {"bpmn/micro-venture.bpmn", "forms/venture-application.form", "forms/venture-screening.form",
    "forms/venture-more-info.form", "forms/venture-score.form", "forms/venture-determination.form",
    "forms/venture-objection.form", "forms/venture-agreement.form", "forms/venture-payment.form",
    "forms/venture-report.form", "forms/venture-evaluation.form", "forms/venture-failure.form"})
class MicroVentureProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final List<String> delegates = new ArrayList<>();
  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private int numbers = 1;

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    Mocks.register("scoreApplicationDelegate", (JavaDelegate) e -> delegates.add("score"));
    Mocks.register("endPostingDelegate", (JavaDelegate) e -> delegates.add("endPosting"));
    Mocks.register("refuseLateApplicationDelegate", (JavaDelegate) e -> delegates.add("refuseLate"));
    Mocks.register("markReportLateDelegate", (JavaDelegate) e -> {
      delegates.add("late:" + e.getCurrentActivityId());
      e.setVariable("stage", e.getCurrentActivityId().contains("MidTerm") ? "mid" : "final");
    });
    Mocks.register("closeProjectDelegate", (JavaDelegate) e -> delegates.add("close"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance submit(boolean debarred) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicationId", (long) numbers);
    v.put("roundId", 1L);
    v.put("stationCode", "xbhbl");
    v.put("officer", "officer");
    v.put("applicant", "org-staff");
    v.put("reviewers", new ArrayList<>(List.of("expert1", "expert2", "expert3")));
    v.put("debarred", debarred);
    return runtime.startProcessInstanceByKey("micro-venture", "WGY-2026-" + String.format("%04d", numbers++), v);
  }

  private Task task(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance pi, String key, Object... variables) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      v.put((String) variables[i], variables[i + 1]);
    }
    tasks.complete(task(pi, key).getId(), v);
  }

  private void scoreAll(ProcessInstance pi) {
    for (Task t : tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Score").list()) {
      tasks.complete(t.getId());
    }
  }

  private ProcessInstance approved(LocalDateTime postingEnds) {
    ProcessInstance pi = submit(false);
    complete(pi, "Task_Screen", "screening", "pass");
    scoreAll(pi);
    complete(pi, "Task_Determine", "determination", "approve", "postingEndsAt", VentureVariables.date(postingEnds));
    return pi;
  }

  @Test
  void theDemoStartsAnApplicationAtTheScoringForEachReviewer() {
    // as DemoVenture does for this year's round in review
    ProcessInstance pi = runtime.createProcessInstanceByKey("micro-venture").businessKey("WGY-2026-9999")
        .setVariables(Map.of("applicationId", 99L, "officer", "officer", "applicant", "org-staff",
            "reviewers", new ArrayList<>(List.of("mentor")), "stationCode", "xbhbl"))
        .startBeforeActivity("Task_Score#multiInstanceBody").execute();
    assertThat(task(pi, "Task_Score").getAssignee()).isEqualTo("mentor");
    scoreAll(pi);
    assertThat(pi).isWaitingAt("Task_Determine");
  }

  @Test
  void aDebarredOrganisationIsRefusedAtOnce() {
    ProcessInstance pi = submit(true);
    assertThat(pi).isEnded().hasPassed("EndEvent_RefusedDebarred").hasNotPassed("Task_Screen");
  }

  @Test
  void theOfficerScreensAndRefuses() {
    ProcessInstance pi = submit(false);
    assertThat(pi).isWaitingAt("Task_Screen");
    assertThat(task(pi, "Task_Screen").getAssignee()).isEqualTo("officer");
    complete(pi, "Task_Screen", "screening", "refuse");
    assertThat(pi).isEnded().hasPassed("EndEvent_Refused");
  }

  @Test
  void moreInformationLoopsBackToScreeningForTheApplicant() {
    ProcessInstance pi = submit(false);
    LocalDateTime due = LocalDate.now().plusDays(7).atStartOfDay();
    complete(pi, "Task_Screen", "screening", "more", "moreInfoDue", VentureVariables.date(due));
    Task more = task(pi, "Task_MoreInfo");
    assertThat(more.getAssignee()).isEqualTo("org-staff");
    assertThat(more.getDueDate()).isEqualTo(VentureVariables.date(due));
    complete(pi, "Task_MoreInfo");
    complete(pi, "Task_Screen", "screening", "more", "moreInfoDue", VentureVariables.date(due));
    complete(pi, "Task_MoreInfo");
    assertThat(pi).isWaitingAt("Task_Screen");
    complete(pi, "Task_Screen", "screening", "pass");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Score").count())
        .isEqualTo(3);
  }

  @Test
  void informationNotGivenByItsDueDateRefusesTheApplication() {
    ProcessInstance pi = submit(false);
    LocalDateTime due = LocalDate.now().plusDays(3).atStartOfDay();
    complete(pi, "Task_Screen", "screening", "more", "moreInfoDue", VentureVariables.date(due));
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(VentureVariables.date(due));
    management.executeJob(timer.getId());
    assertThat(pi).isEnded().hasPassed("ServiceTask_RefuseLate", "EndEvent_RefusedLate");
    assertThat(delegates).containsExactly("refuseLate");
  }

  @Test
  void eachReviewerScoresAndAReserveReviewerAddedForAConflictScoresToo() {
    ProcessInstance pi = submit(false);
    complete(pi, "Task_Screen", "screening", "pass");
    List<Task> scoring = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Score").list();
    assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrder("expert1", "expert2", "expert3");
    // expert2 declares a conflict: what ScoreHandler does, one more instance of the scoring for the reserve
    runtime.createProcessInstanceModification(pi.getId()).startBeforeActivity("Task_Score")
        .setVariableLocal("reviewer", "reserve1").execute();
    for (Task t : scoring) {
      if (!t.getAssignee().equals("expert3")) {
        tasks.complete(t.getId());
      }
    }
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Score").list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("expert3", "reserve1");
    assertThat(pi).isWaitingAt("Task_Score");
    scoreAll(pi);
    assertThat(pi).isWaitingAt("Task_Determine");
    assertThat(delegates).containsExactly("score");
  }

  @Test
  void reserveComesBackToTheLeadingGroupAndRejectEnds() {
    ProcessInstance pi = submit(false);
    complete(pi, "Task_Screen", "screening", "pass");
    scoreAll(pi);
    complete(pi, "Task_Determine", "determination", "reserve");
    assertThat(pi).isWaitingAt("Task_Determine");
    complete(pi, "Task_Determine", "determination", "reject");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
  }

  @Test
  void thePostingTimerFiresAtItsWorkingDayDateAcrossAWeekendThenAgreementAndPayment() {
    LocalDateTime published = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).atTime(10, 0);
    LocalDateTime ends = WorkingDays.periodEnd(published, 5);
    assertThat(ends.toLocalDate()).isEqualTo(published.toLocalDate().plusDays(8));
    ProcessInstance pi = approved(ends);
    assertThat(pi).isWaitingAt("Gateway_Posting");
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(VentureVariables.date(ends));
    management.executeJob(timer.getId());
    assertThat(delegates).containsExactly("score", "endPosting");
    Task sign = task(pi, "Task_SignAgreement");
    assertThat(sign.getAssignee()).isEqualTo("officer");
    LocalDateTime due = WorkingDays.plus(LocalDate.now(), 15).plusDays(1).atStartOfDay();
    complete(pi, "Task_SignAgreement", "firstPaymentDue", VentureVariables.date(due),
        "midTermDue", VentureVariables.endOf(LocalDate.now().plusMonths(3)),
        "finalDue", VentureVariables.endOf(LocalDate.now().plusMonths(6)));
    assertThat(task(pi, "Task_PayTranche").getDueDate()).isEqualTo(VentureVariables.date(due));
    complete(pi, "Task_PayTranche", "tranchesLeft", 2);
    assertThat(pi).isWaitingAt("Task_MidTermReport").hasPassedInOrder("Task_Determine", "Timer_PostingEnds",
        "Task_SignAgreement", "Task_PayTranche");
  }

  /** Approved, posted, signed and tranche 1 paid: the mid-term report is due. */
  private ProcessInstance implementing(int tranchesLeft) {
    ProcessInstance pi = approved(LocalDateTime.now().plusDays(7));
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    complete(pi, "Task_SignAgreement", "firstPaymentDue", VentureVariables.endOf(LocalDate.now().plusDays(21)),
        "midTermDue", VentureVariables.endOf(LocalDate.now().plusMonths(3)),
        "finalDue", VentureVariables.endOf(LocalDate.now().plusMonths(6)));
    complete(pi, "Task_PayTranche", "tranchesLeft", tranchesLeft);
    return pi;
  }

  @Test
  void midTermPassPaysTheNextTrancheThenTheFinalPassPaysTheRestAndCloses() {
    ProcessInstance pi = implementing(2);
    assertThat(task(pi, "Task_MidTermReport").getAssignee()).isEqualTo("org-staff");
    assertThat(task(pi, "Task_MidTermReport").getDueDate())
        .isEqualTo(VentureVariables.endOf(LocalDate.now().plusMonths(3)));
    complete(pi, "Task_MidTermReport");
    complete(pi, "Task_MidTermEvaluation", "evaluation", "pass", "tranchesLeft", 2);
    complete(pi, "Task_PayMidTermTranche", "tranchesLeft", 1);
    complete(pi, "Task_FinalReport");
    complete(pi, "Task_FinalEvaluation", "evaluation", "pass", "tranchesLeft", 1);
    complete(pi, "Task_PayFinalTranche", "tranchesLeft", 0);
    assertThat(pi).isEnded().hasPassedInOrder("Task_MidTermEvaluation", "Task_PayMidTermTranche",
        "Task_FinalEvaluation", "Task_PayFinalTranche", "ServiceTask_Close", "EndEvent_Closed");
    assertThat(delegates).endsWith("close");
  }

  @Test
  void aSplitOfTwoPaysTheLastTrancheAtMidTermAndClosesWithoutAFinalPayment() {
    ProcessInstance pi = implementing(1);
    complete(pi, "Task_MidTermReport");
    complete(pi, "Task_MidTermEvaluation", "evaluation", "pass", "tranchesLeft", 1);
    complete(pi, "Task_PayMidTermTranche", "tranchesLeft", 0);
    complete(pi, "Task_FinalReport");
    complete(pi, "Task_FinalEvaluation", "evaluation", "pass", "tranchesLeft", 0);
    assertThat(pi).isEnded().hasPassed("EndEvent_Closed").hasNotPassed("Task_PayFinalTranche");
  }

  @Test
  void aLateMidTermReportFailsAndARectificationAsksForItAgain() {
    ProcessInstance pi = implementing(2);
    Job late = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(late.getDuedate()).isEqualTo(VentureVariables.endOf(LocalDate.now().plusMonths(3)));
    management.executeJob(late.getId());
    assertThat(delegates).contains("late:ServiceTask_MidTermLate");
    assertThat(pi).isWaitingAt("Task_DecideFailure");
    LocalDate again = LocalDate.now().plusMonths(4);
    complete(pi, "Task_DecideFailure", "failure", "rectify", "midTermDue", VentureVariables.endOf(again));
    assertThat(task(pi, "Task_MidTermReport").getDueDate()).isEqualTo(VentureVariables.endOf(again));
    complete(pi, "Task_MidTermReport");
    complete(pi, "Task_MidTermEvaluation", "evaluation", "pass", "tranchesLeft", 2);
    assertThat(pi).isWaitingAt("Task_PayMidTermTranche");
  }

  @Test
  void aFailedMidTermEvaluationCanTerminateTheProject() {
    ProcessInstance pi = implementing(2);
    complete(pi, "Task_MidTermReport");
    complete(pi, "Task_MidTermEvaluation", "evaluation", "fail", "stage", "mid", "tranchesLeft", 2);
    complete(pi, "Task_DecideFailure", "failure", "terminate");
    assertThat(pi).isEnded().hasPassed("EndEvent_Terminated").hasNotPassed("Task_PayMidTermTranche");
  }

  @Test
  void aLateOrFailedFinalReportGoesToTheLeadingGroupAndRectifiesIntoTheFinalReport() {
    ProcessInstance pi = implementing(2);
    complete(pi, "Task_MidTermReport");
    complete(pi, "Task_MidTermEvaluation", "evaluation", "pass", "tranchesLeft", 2);
    complete(pi, "Task_PayMidTermTranche", "tranchesLeft", 1);
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    assertThat(delegates).contains("late:ServiceTask_FinalLate");
    complete(pi, "Task_DecideFailure", "failure", "rectify",
        "finalDue", VentureVariables.endOf(LocalDate.now().plusMonths(7)));
    complete(pi, "Task_FinalReport");
    complete(pi, "Task_FinalEvaluation", "evaluation", "fail", "stage", "final", "tranchesLeft", 1);
    complete(pi, "Task_DecideFailure", "failure", "terminate");
    assertThat(pi).isEnded().hasPassed("EndEvent_Terminated").hasNotPassed("Task_PayFinalTranche");
  }

  @Test
  void anUpheldObjectionCancelsTheGrant() {
    ProcessInstance pi = approved(LocalDateTime.now().plusDays(7));
    runtime.createMessageCorrelation("VentureObjection").processInstanceBusinessKey(pi.getBusinessKey())
        .correlateAll();
    assertThat(pi).isWaitingAt("Task_DecideObjection");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    complete(pi, "Task_DecideObjection", "upheld", true);
    assertThat(pi).isEnded().hasPassed("EndEvent_Cancelled").hasNotPassed("Task_SignAgreement");
  }

  @Test
  void anObjectionNotUpheldLetsThePostingRunToItsEnd() {
    LocalDateTime ends = LocalDateTime.now().plusDays(7).withNano(0);
    ProcessInstance pi = approved(ends);
    runtime.createMessageCorrelation("VentureObjection").processInstanceBusinessKey(pi.getBusinessKey())
        .correlateAll();
    complete(pi, "Task_DecideObjection", "upheld", false);
    assertThat(pi).isWaitingAt("Gateway_Posting");
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(VentureVariables.date(ends));
    management.executeJob(timer.getId());
    assertThat(pi).isWaitingAt("Task_SignAgreement");
  }
}
