package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * care-visit on an in-memory engine: the visit task opens with the window's timer and is due at the tier's date, a
 * visit not recorded when the window closes is marked late and goes to the station's supervisors, an emergency asks
 * the supervisors to handle it, a child's record gets its colour level (red/yellow → intervention). A year of each
 * tier, executing the timers, plans the expected number of visits at the expected dates.
 */
@Deployment(resources = {"bpmn/care-visit.bpmn", "bpmn/child-risk-level.dmn", "forms/care-visit-record.form",
    "forms/care-emergency.form", "forms/care-child-intervention.form"})
class CareVisitProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** The migration's default tiers (V24): the planning rule is the tier's, the values are data. */
  static final CareTier HIGH = new CareTier("high", "高风险", "High risk", "P7D", 1, 2, 1);
  static final CareTier KEY = new CareTier("key", "重点", "Priority", "P1M", 5, 5, 2);
  static final CareTier GENERAL = new CareTier("general", "一般", "General", "P3M", 10, 10, 3);

  private final List<Long> late = new ArrayList<>();
  private final Map<Long, String> levels = new HashMap<>();
  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private long visitIds = 1;

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    Mocks.register("markVisitLateDelegate", (JavaDelegate) e -> late.add((Long) e.getVariable("visitId")));
    Mocks.register("recordChildLevelDelegate",
        (JavaDelegate) e -> levels.put((Long) e.getVariable("visitId"), (String) e.getVariable("childLevel")));
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2027, 1, 1, 9, 0)));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private static Date date(LocalDateTime t) {
    return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
  }

  private ProcessInstance plan(VisitPlan plan, String targetType) {
    long id = visitIds++;
    return runtime.startProcessInstanceByKey("care-visit", "CV-" + id,
        CareVariables.atStart(id, "xbhbl", "xbhbl-worker", null, targetType, plan));
  }

  private Job onlyJob(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).singleResult();
  }

  private Task task(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private void opensWindow(ProcessInstance pi, VisitPlan plan) {
    Job open = onlyJob(pi);
    assertThat(open.getDuedate()).isEqualTo(date(plan.windowOpens()));
    ClockUtil.setCurrentTime(date(plan.windowOpens()));
    management.executeJob(open.getId());
  }

  private static Map<String, Object> record(boolean emergency, boolean safetyRisk, String guardianship,
                                            boolean basicNeedsUnmet, String riskChange) {
    return CareVariables.recorded(emergency, safetyRisk, guardianship, basicNeedsUnmet, riskChange);
  }

  /** Visits a target for a year, each on its due date, the next planned from it; answers the due dates. */
  private List<LocalDateTime> aYearOf(CareTier tier) {
    LocalDateTime start = LocalDateTime.of(2027, 1, 1, 18, 0);
    LocalDateTime last = start;
    List<LocalDateTime> dues = new ArrayList<>();
    while (true) {
      VisitPlan plan = tier.planAfter(last);
      if (plan.dueAt().isAfter(start.plusYears(1))) {
        return dues;
      }
      ProcessInstance pi = plan(plan, "elder");
      assertThat(task(pi)).as("no task before the window opens").isNull();
      opensWindow(pi, plan);
      Task visit = task(pi);
      assertThat(visit.getTaskDefinitionKey()).isEqualTo("Task_Visit");
      assertThat(visit.getAssignee()).isEqualTo("xbhbl-worker");
      assertThat(visit.getDueDate()).isEqualTo(date(plan.dueAt()));
      Job windowCloses = onlyJob(pi);
      assertThat(windowCloses.getDuedate()).isEqualTo(date(plan.windowCloses()));
      ClockUtil.setCurrentTime(date(plan.dueAt()));
      tasks.complete(visit.getId(), record(false, false, null, false, "same"));
      assertThat(pi).isEnded().hasPassed("EndEvent_VisitDone");
      dues.add(plan.dueAt());
      last = plan.dueAt();
    }
  }

  @Test
  void highRiskTargetsAreVisitedWeeklyForAYear() {
    List<LocalDateTime> dues = aYearOf(HIGH);
    assertThat(dues).hasSize(52);
    assertThat(dues.get(0)).isEqualTo(LocalDateTime.of(2027, 1, 8, 18, 0));
    assertThat(dues.get(51)).isEqualTo(LocalDateTime.of(2027, 12, 31, 18, 0));
    assertThat(late).isEmpty();
  }

  @Test
  void priorityTargetsAreVisitedMonthlyForAYear() {
    List<LocalDateTime> dues = aYearOf(KEY);
    assertThat(dues).hasSize(12);
    assertThat(dues).extracting(LocalDateTime::getDayOfMonth).containsOnly(1);
    assertThat(dues.get(11)).isEqualTo(LocalDateTime.of(2028, 1, 1, 18, 0));
  }

  @Test
  void generalTargetsAreVisitedQuarterlyForAYear() {
    assertThat(aYearOf(GENERAL)).containsExactly(LocalDateTime.of(2027, 4, 1, 18, 0),
        LocalDateTime.of(2027, 7, 1, 18, 0), LocalDateTime.of(2027, 10, 1, 18, 0),
        LocalDateTime.of(2028, 1, 1, 18, 0));
  }

  @Test
  void aVisitNotRecordedByTheEndOfItsWindowIsLateAndGoesToTheSupervisors() {
    VisitPlan plan = KEY.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = plan(plan, "elder");
    opensWindow(pi, plan);
    Job closes = onlyJob(pi);
    ClockUtil.setCurrentTime(date(plan.windowCloses()));
    management.executeJob(closes.getId());

    assertThat(pi).hasPassed("Timer_WindowCloses", "ServiceTask_MarkLate").isWaitingAt("Task_LateVisit");
    assertThat(late).containsExactly(1L);
    Task lateVisit = task(pi);
    assertThat(tasks.getIdentityLinksForTask(lateVisit.getId())).extracting(IdentityLink::getGroupId)
        .contains("station-xbhbl-supervisor");
    assertThat(tasks.getIdentityLinksForTask(lateVisit.getId())).extracting(IdentityLink::getUserId)
        .contains("xbhbl-worker");
    tasks.complete(lateVisit.getId(), record(false, false, null, false, "same"));
    assertThat(pi).isEnded().hasPassed("EndEvent_VisitDone");
  }

  @Test
  void aVisitAfterAMajorChangeIsOpenAtOnceAndDueWithin24Hours() {
    LocalDateTime now = LocalDateTime.of(2027, 3, 3, 10, 0);
    ClockUtil.setCurrentTime(date(now));
    VisitPlan plan = VisitPlan.within(now, java.time.Duration.ofHours(24));
    ProcessInstance pi = plan(plan, "elder");
    opensWindow(pi, plan);
    Task visit = task(pi);
    assertThat(visit.getDueDate()).isEqualTo(date(now.plusHours(24)));
    assertThat(onlyJob(pi).getDuedate()).isEqualTo(date(now.plusHours(24)));
  }

  @Test
  void anEmergencyAsksTheSupervisorsToHandleItAtOnceAndSkipsTheChildsScoring() {
    VisitPlan plan = HIGH.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = plan(plan, "child");
    opensWindow(pi, plan);
    tasks.complete(task(pi).getId(), record(true, true, "none", true, "worse"));

    assertThat(pi).isWaitingAt("Task_HandleEmergency").hasNotPassed("Task_ChildRiskLevel");
    Task handle = task(pi);
    assertThat(handle.getPriority()).isEqualTo(100);
    assertThat(tasks.getIdentityLinksForTask(handle.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("station-xbhbl-supervisor");
    tasks.complete(handle.getId(), Map.of("actionTaken", "已拨打 120，老人送医"));
    assertThat(pi).isEnded().hasPassed("EndEvent_EmergencyHandled");
  }

  @Test
  void aChildAtRedAsksForInterventionAtOnce() {
    VisitPlan plan = KEY.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = plan(plan, "child");
    opensWindow(pi, plan);
    tasks.complete(task(pi).getId(), record(false, false, "none", false, "same"));

    assertThat(pi).hasPassed("Task_ChildRiskLevel", "ServiceTask_RecordChildLevel")
        .isWaitingAt("Task_ChildIntervention");
    assertThat(levels).containsEntry(1L, "red");
    tasks.complete(task(pi).getId(), Map.of("intervention", "联系村儿童主任，临时托管"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Intervened");
  }

  @Test
  void aChildAtYellowAsksForInterventionToo() {
    VisitPlan plan = KEY.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = plan(plan, "child");
    opensWindow(pi, plan);
    tasks.complete(task(pi).getId(), record(false, false, "adequate", true, "same"));
    assertThat(pi).isWaitingAt("Task_ChildIntervention");
    assertThat(levels).containsEntry(1L, "yellow");
  }

  @Test
  void aChildAtGreenIsKeptUnderWatch() {
    VisitPlan plan = KEY.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = plan(plan, "child");
    opensWindow(pi, plan);
    tasks.complete(task(pi).getId(), record(false, false, "adequate", false, "better"));
    assertThat(pi).isEnded().hasPassed("Task_ChildRiskLevel").hasNotPassed("Task_ChildIntervention");
    assertThat(levels).containsEntry(1L, "green");
  }

  @Test
  void anElderlyPersonsVisitEndsWithoutTheChildsDecision() {
    VisitPlan plan = KEY.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = plan(plan, "elder");
    opensWindow(pi, plan);
    tasks.complete(task(pi).getId(), record(false, true, "none", true, "worse"));
    assertThat(pi).isEnded().hasPassed("EndEvent_VisitDone").hasNotPassed("Task_ChildRiskLevel");
    assertThat(levels).isEmpty();
  }

  private ProcessInstance planPaired(VisitPlan plan, String volunteer) {
    long id = visitIds++;
    return runtime.startProcessInstanceByKey("care-visit", "CV-" + id,
        CareVariables.atStart(id, "xbhbl", "xbhbl-worker", volunteer, "elder", plan));
  }

  private List<Task> tasksOf(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream()
        .sorted(java.util.Comparator.comparing(Task::getTaskDefinitionKey)).toList();
  }

  private Job windowCloses(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_WindowCloses").singleResult();
  }

  @Test
  void aPairedVolunteersOwnTaskOpensWithTheWindowAndTheirRecordEndsTheWorkers() {
    VisitPlan plan = KEY.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = planPaired(plan, "zy-xbhbl-00001");
    assertThat(tasksOf(pi)).isEmpty();
    opensWindow(pi, plan);
    List<Task> both = tasksOf(pi);
    assertThat(both).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Visit", "Task_VolunteerVisit");
    assertThat(both.get(1).getAssignee()).isEqualTo("zy-xbhbl-00001");
    assertThat(both.get(1).getDueDate()).isEqualTo(date(plan.dueAt()));
    assertThat(both.get(0).getAssignee()).isEqualTo("xbhbl-worker");
    tasks.complete(both.get(1).getId(), record(false, false, null, false, "same"));
    assertThat(pi).isEnded().hasPassed("EndEvent_VolunteerRecorded", "EndEvent_VisitDone")
        .hasNotPassed("EndEvent_WorkerRecorded");
    assertThat(late).isEmpty();
  }

  @Test
  void theWorkersRecordEndsThePairedVolunteersTask() {
    VisitPlan plan = HIGH.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = planPaired(plan, "zy-xbhbl-00001");
    opensWindow(pi, plan);
    Task worker = tasksOf(pi).get(0);
    assertThat(worker.getTaskDefinitionKey()).isEqualTo("Task_Visit");
    tasks.complete(worker.getId(), record(true, false, null, false, "worse"));
    assertThat(tasksOf(pi)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_HandleEmergency");
    assertThat(pi).hasPassed("EndEvent_WorkerRecorded").hasNotPassed("EndEvent_VolunteerRecorded");
  }

  @Test
  void whenThePairedVisitsWindowClosesTheLateVisitIsTheWorkersAndSupervisorsOnly() {
    VisitPlan plan = KEY.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = planPaired(plan, "zy-xbhbl-00001");
    opensWindow(pi, plan);
    assertThat(tasksOf(pi)).hasSize(2);
    ClockUtil.setCurrentTime(date(plan.windowCloses()));
    management.executeJob(windowCloses(pi).getId());
    assertThat(tasksOf(pi)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_LateVisit");
    assertThat(late).containsExactly(1L);
  }

  @Test
  void anUnpairedVisitHasTheWorkersTaskOnly() {
    VisitPlan plan = GENERAL.planAfter(LocalDateTime.of(2027, 1, 1, 18, 0));
    ProcessInstance pi = planPaired(plan, null);
    opensWindow(pi, plan);
    assertThat(tasksOf(pi)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Visit");
  }
}
