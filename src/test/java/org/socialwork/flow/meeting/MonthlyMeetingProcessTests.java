package org.socialwork.flow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * monthly-meeting on an in-memory engine: the cron timer (first weekday of the month, 09:00) starts it, one report
 * per station the roster names, then agenda and minutes by the leading group; a month already open ends at once.
 * Each test deploys the model itself after setting the clock, since the start timer is computed at deployment.
 */
class MonthlyMeetingProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final List<String> stations = new ArrayList<>();
  private boolean monthAlreadyOpen;
  private String deploymentId;

  /** Stands in for the Spring beans meetingRoster and meetingCalendar. */
  public class Roster {
    public List<String> stations(Long meetingId) {
      return stations;
    }

    public String getCron() {
      return MeetingCalendar.DEFAULT_CRON;
    }

    public String getReportWithin() {
      return "P5D";
    }
  }

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Roster roster = new Roster();
    Mocks.register("meetingRoster", roster);
    Mocks.register("meetingCalendar", roster);
    Mocks.register("recordTaskSubjectListener", (TaskListener) task -> { });
    Mocks.register("openMeetingDelegate", (JavaDelegate) execution -> {
      if (!monthAlreadyOpen) {
        execution.setVariable(MeetingVariables.MEETING_ID, 5L);
      }
    });
  }

  @AfterEach
  void tearDown() {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Date at(int y, int m, int d, int h) {
    return Date.from(LocalDateTime.of(y, m, d, h, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  private void deployAt(Date now) {
    ClockUtil.setCurrentTime(now);
    deploymentId = engine.getRepositoryService().createDeployment()
        .addClasspathResource("bpmn/monthly-meeting.bpmn")
        .addClasspathResource("forms/meeting-station-report.form")
        .addClasspathResource("forms/meeting-agenda.form")
        .addClasspathResource("forms/meeting-minutes.form")
        .deploy().getId();
  }

  private Job startTimer() {
    return engine.getManagementService().createJobQuery().activityId("StartEvent_Monthly").singleResult();
  }

  private ProcessInstance fireStartTimer() {
    Job timer = startTimer();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    engine.getManagementService().executeJob(timer.getId());
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("monthly-meeting")
        .singleResult();
  }

  private List<Task> tasks(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  private List<String> groupsOf(Task t) {
    return engine.getTaskService().getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId).toList();
  }

  @Test
  void timerOpensTheMeetingOnTheFirstWeekdayOfTheMonth() {
    deployAt(at(2026, 11, 15, 12));
    assertThat(startTimer().getDuedate()).isEqualTo(at(2026, 12, 1, 9));
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
    // 2026-08-01 is a Saturday: the meeting opens on Monday the 3rd
    deployAt(at(2026, 7, 20, 12));
    assertThat(startTimer().getDuedate()).isEqualTo(at(2026, 8, 3, 9));
  }

  @Test
  void everyStationOfTheRosterReportsThenAgendaAndMinutes() {
    stations.addAll(List.of("xbhbl", "sjl", "syj1"));
    deployAt(at(2026, 11, 15, 12));
    ProcessInstance pi = fireStartTimer();
    assertThat(pi).isWaitingAt("Task_StationReport");
    List<Task> reports = tasks(pi, "Task_StationReport");
    assertThat(reports).hasSize(3);
    assertThat(reports).flatExtracting(this::groupsOf).containsExactlyInAnyOrder("station-xbhbl-supervisor",
        "station-sjl-supervisor", "station-syj1-supervisor");
    assertThat(startTimer().getDuedate()).as("next month's timer").isEqualTo(at(2027, 1, 1, 9));

    for (int i = 0; i < reports.size(); i++) {
      assertThat(tasks(pi, "Task_DraftAgenda")).isEmpty();
      engine.getTaskService().complete(reports.get(i).getId());
    }
    Task agenda = tasks(pi, "Task_DraftAgenda").get(0);
    assertThat(groupsOf(agenda)).containsExactly("leading-group");
    engine.getTaskService().complete(agenda.getId());
    Task minutes = tasks(pi, "Task_RecordMinutes").get(0);
    assertThat(groupsOf(minutes)).containsExactly("leading-group");
    engine.getTaskService().complete(minutes.getId());
    assertThat(pi).hasPassedInOrder("StartEvent_Monthly", "ServiceTask_OpenMeeting", "Task_StationReport",
        "Task_DraftAgenda", "Task_RecordMinutes", "EndEvent_MeetingHeld").isEnded();
  }

  @Test
  void stationsNotReportingInTimeAreLeftOutAndTheAgendaGoesAhead() {
    stations.addAll(List.of("xbhbl", "sjl"));
    deployAt(at(2026, 11, 15, 12));
    ProcessInstance pi = fireStartTimer();
    engine.getTaskService().complete(tasks(pi, "Task_StationReport").get(0).getId());
    Job due = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId("Timer_ReportsDue")
        .singleResult();
    assertThat(due.getDuedate()).isEqualTo(new Date(at(2026, 12, 6, 9).getTime() + 1000));
    ClockUtil.setCurrentTime(due.getDuedate());
    engine.getManagementService().executeJob(due.getId());
    assertThat(tasks(pi, "Task_StationReport")).isEmpty();
    assertThat(pi).hasPassed("Timer_ReportsDue").isWaitingAt("Task_DraftAgenda");
  }

  /** 14 stations in Taiyanggong, 140 township stations in Lu'an: the model is the same. */
  @Test
  void theNumberOfReportsFollowsTheRosterNotTheModel() {
    for (int n = 1; n <= 140; n++) {
      stations.add("s" + n);
    }
    deployAt(at(2026, 11, 15, 12));
    ProcessInstance pi = fireStartTimer();
    assertThat(tasks(pi, "Task_StationReport")).hasSize(140);
  }

  @Test
  void openingByHandStartsTheSameWay() {
    stations.add("xbhbl");
    deployAt(at(2026, 11, 15, 12));
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByMessage("OpenMonthlyMeeting");
    assertThat(pi).hasPassed("StartEvent_OpenedByHand").isWaitingAt("Task_StationReport");
  }

  @Test
  void aMonthAlreadyOpenEndsAtOnce() {
    monthAlreadyOpen = true;
    stations.add("xbhbl");
    deployAt(at(2026, 11, 15, 12));
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByMessage("OpenMonthlyMeeting");
    assertThat(pi).hasPassed("EndEvent_AlreadyOpen").hasNotPassed("Task_StationReport").isEnded();
  }
}
