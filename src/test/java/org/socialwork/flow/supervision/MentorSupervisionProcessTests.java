package org.socialwork.flow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * mentor-supervision on an in-memory engine: sessions fall due by the cycle timer until the end date, recorded on
 * time or escalated when late, reflected on by every supervisee and signed off; the pair ends on its end date.
 */
@Deployment(resources = {"bpmn/mentor-supervision.bpmn", "forms/supervision-pair.form",
    "forms/supervision-session.form", "forms/supervision-reflection.form", "forms/supervision-sign-off.form"})
class MentorSupervisionProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final AtomicLong sessionIds = new AtomicLong(100);
  private final Map<Long, List<String>> roster = new HashMap<>();
  private final List<Long> overdueSessions = new ArrayList<>();
  private final List<Long> endedPairs = new ArrayList<>();

  /** Stands in for the Spring bean sessionRoster. */
  public class Roster {
    public List<String> supervisees(Long sessionId) {
      return roster.getOrDefault(sessionId, List.of());
    }
  }

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at(2026, 11, 28, 10));
    Mocks.register("scheduleSessionDelegate", (JavaDelegate) execution -> {
      long id = sessionIds.incrementAndGet();
      roster.put(id, List.of("xbhbl-worker"));
      execution.setVariableLocal(SupervisionVariables.SESSION_ID, id);
    });
    Mocks.register("markSessionOverdueDelegate", (JavaDelegate) execution ->
        overdueSessions.add((Long) execution.getVariable(SupervisionVariables.SESSION_ID)));
    Mocks.register("endSupervisionPairDelegate", (JavaDelegate) execution ->
        endedPairs.add((Long) execution.getVariable(SupervisionVariables.PAIR_ID)));
    Mocks.register("sessionRoster", new Roster());
    Mocks.register("recordTaskSubjectListener", (TaskListener) task -> { });
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Date at(int y, int m, int d, int h) {
    return Date.from(LocalDateTime.of(y, m, d, h, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** A monthly pair from 2026-12-01 to 2027-01-15: two sessions, 12-01 and 01-01, at 09:00. */
  private ProcessInstance startPair() {
    String cycle = PairCreation.sessionCycle(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2027, 1, 15),
        java.time.Period.ofMonths(1), java.time.LocalTime.of(9, 0), LocalDateTime.of(2026, 11, 28, 10, 0));
    assertThat(cycle).isEqualTo("R1/2026-12-01T09:00:00/P1M");
    return runtimeService().startProcessInstanceByKey("mentor-supervision", "SUP-2026-0001", Map.of(
        SupervisionVariables.PAIR_ID, 1L, SupervisionVariables.STATION_CODE, "xbhbl",
        SupervisionVariables.MENTOR, "mentor", SupervisionVariables.SESSION_CYCLE, cycle,
        SupervisionVariables.RECORD_WITHIN, "P7D", SupervisionVariables.PAIR_ENDS_AT, at(2027, 1, 16, 0),
        SupervisionVariables.SUBJECT, "李慧敏 → 刘洋"));
  }

  private ManagementService management() {
    return engine.getManagementService();
  }

  private TaskService tasks() {
    return engine.getTaskService();
  }

  private Job sessionTimer(ProcessInstance pi) {
    return management().createJobQuery().processInstanceId(pi.getId()).activityId("Timer_SessionDue").singleResult();
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
    management().executeJob(job.getId());
  }

  private List<Task> openTasks(ProcessInstance pi, String key) {
    return tasks().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  @Test
  void aFirstSessionDueEarlierTodayStartsTheCycleAMinuteFromNow() {
    String cycle = PairCreation.sessionCycle(java.time.LocalDate.of(2026, 11, 28), java.time.LocalDate.of(2027, 1, 31),
        java.time.Period.ofMonths(1), java.time.LocalTime.of(9, 0), LocalDateTime.of(2026, 11, 28, 10, 0, 30));
    assertThat(cycle).isEqualTo("R2/2026-11-28T10:01:00/P1M");
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("mentor-supervision", "SUP-2026-0003", Map.of(
        SupervisionVariables.PAIR_ID, 3L, SupervisionVariables.STATION_CODE, "sjl",
        SupervisionVariables.MENTOR, "mentor", SupervisionVariables.SESSION_CYCLE, cycle,
        SupervisionVariables.RECORD_WITHIN, "P7D", SupervisionVariables.PAIR_ENDS_AT, at(2027, 2, 1, 0)));
    assertThat(sessionTimer(pi).getDuedate()).isEqualTo(new Date(at(2026, 11, 28, 10).getTime() + 60_000));
  }

  @Test
  void aPairWithOneSessionDayHasExactlyOneSession() {
    String cycle = PairCreation.sessionCycle(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 1),
        java.time.Period.ofMonths(1), java.time.LocalTime.of(9, 0), LocalDateTime.of(2026, 11, 28, 10, 0));
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("mentor-supervision", "SUP-2026-0002", Map.of(
        SupervisionVariables.PAIR_ID, 2L, SupervisionVariables.STATION_CODE, "sjl",
        SupervisionVariables.MENTOR, "mentor", SupervisionVariables.SESSION_CYCLE, cycle,
        SupervisionVariables.RECORD_WITHIN, "P7D", SupervisionVariables.PAIR_ENDS_AT, at(2026, 12, 2, 0)));
    fire(sessionTimer(pi));
    assertThat(openTasks(pi, "Task_RecordSession")).hasSize(1);
    assertThat(sessionTimer(pi)).isNull();
  }

  @Test
  void sessionFallsDueOnItsDateRecordedOnTimeReflectedAndSignedOff() {
    ProcessInstance pi = startPair();
    assertThat(pi).isWaitingAt("Timer_PairEnds");
    Job first = sessionTimer(pi);
    assertThat(first.getDuedate()).isEqualTo(at(2026, 12, 1, 9));
    assertThat(openTasks(pi, "Task_RecordSession")).isEmpty();

    fire(first);
    Task record = openTasks(pi, "Task_RecordSession").get(0);
    assertThat(record.getAssignee()).isEqualTo("mentor");
    Long sessionId = (Long) tasks().getVariable(record.getId(), SupervisionVariables.SESSION_ID);
    roster.put(sessionId, List.of("xbhbl-worker", "xbhbl-worker2"));
    tasks().complete(record.getId());

    List<Task> reflections = openTasks(pi, "Task_WriteReflection");
    assertThat(reflections).extracting(Task::getAssignee).containsExactlyInAnyOrder("xbhbl-worker", "xbhbl-worker2");
    reflections.forEach(t -> tasks().complete(t.getId()));

    Task signOff = openTasks(pi, "Task_SignOff").get(0);
    assertThat(signOff.getAssignee()).isEqualTo("mentor");
    tasks().complete(signOff.getId());
    assertThat(pi).hasPassed("EndEvent_SessionSigned").hasNotPassed("Timer_SessionOverdue").isNotEnded();
    assertThat(overdueSessions).isEmpty();
  }

  @Test
  void sessionNotRecordedInTimeEscalatesToTheResidentSupervisor() {
    ProcessInstance pi = startPair();
    fire(sessionTimer(pi));
    Task record = openTasks(pi, "Task_RecordSession").get(0);
    Long sessionId = (Long) tasks().getVariable(record.getId(), SupervisionVariables.SESSION_ID);

    Job overdue = management().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId("Timer_SessionOverdue").singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(new Date(at(2026, 12, 8, 9).getTime() + 1000));
    fire(overdue);

    assertThat(openTasks(pi, "Task_RecordSession")).isEmpty();
    Task late = openTasks(pi, "Task_RecordSessionEscalated").get(0);
    assertThat(late.getAssignee()).isNull();
    List<IdentityLink> links = tasks().getIdentityLinksForTask(late.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
    assertThat(links).extracting(IdentityLink::getGroupId).contains("station-xbhbl-supervisor");
    assertThat(links).extracting(IdentityLink::getUserId).contains("mentor");
    assertThat(overdueSessions).containsExactly(sessionId);

    tasks().complete(late.getId());
    openTasks(pi, "Task_WriteReflection").forEach(t -> tasks().complete(t.getId()));
    tasks().complete(openTasks(pi, "Task_SignOff").get(0).getId());
    assertThat(pi).hasPassedInOrder("Timer_SessionOverdue", "ServiceTask_MarkSessionOverdue",
        "Task_RecordSessionEscalated", "Task_WriteReflection", "Task_SignOff", "EndEvent_SessionSigned");
  }

  @Test
  void sessionsRecurUntilTheEndDateEachWithItsOwnRecordAndThePairEnds() {
    ProcessInstance pi = startPair();
    fire(sessionTimer(pi));
    Job second = sessionTimer(pi);
    assertThat(second.getDuedate()).isEqualTo(at(2027, 1, 1, 9));
    fire(second);
    assertThat(sessionTimer(pi)).as("two sessions up to the end date, no third").isNull();

    List<Task> records = openTasks(pi, "Task_RecordSession");
    assertThat(records).hasSize(2);
    assertThat(records).extracting(t -> tasks().getVariable(t.getId(), SupervisionVariables.SESSION_ID))
        .doesNotHaveDuplicates();

    Job end = management().createJobQuery().processInstanceId(pi.getId()).activityId("Timer_PairEnds").singleResult();
    assertThat(end.getDuedate()).isEqualTo(at(2027, 1, 16, 0));
    fire(end);
    assertThat(endedPairs).containsExactly(1L);
    assertThat(pi).isNotEnded();

    for (Task t : records) {
      tasks().complete(t.getId());
    }
    openTasks(pi, "Task_WriteReflection").forEach(t -> tasks().complete(t.getId()));
    openTasks(pi, "Task_SignOff").forEach(t -> tasks().complete(t.getId()));
    assertThat(pi).hasPassed("EndEvent_PairEnded").isEnded();
  }
}
