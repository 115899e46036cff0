package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * volunteer-activity on an in-memory engine: the station's supervisors review; approved, the organiser's task is to
 * confirm the hours (due when the activity ends), then the posting timer runs for the posting period and the ledgers
 * are posted; returned, the proposer resubmits (back to review) or withdraws.
 */
@Deployment(resources = {"bpmn/volunteer-activity.bpmn", "forms/volunteer-activity-propose.form",
    "forms/volunteer-activity-approve.form", "forms/volunteer-activity-revise.form",
    "forms/volunteer-activity-hours.form"})
class VolunteerActivityProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final List<Long> posted = new ArrayList<>();
  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private final LocalDateTime endsAt = LocalDateTime.of(2027, 3, 6, 11, 0);

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    Mocks.register("postVolunteerHoursDelegate", (JavaDelegate) e -> posted.add((Long) e.getVariable("activityId")));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  private ProcessInstance propose(long id) {
    return runtime.startProcessInstanceByKey("volunteer-activity", "HD-xbhbl-2027-000" + id,
        VolunteerVariables.atStart(id, "xbhbl", "xbhbl-worker", "xbhbl-worker", "P3D", endsAt,
            ZoneId.systemDefault()));
  }

  private Task task(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private List<String> candidateGroups(Task t) {
    return tasks.getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  @Test
  void approvedActivityWaitsForTheHoursThenPostsAfterThePostingPeriod() {
    ProcessInstance pi = propose(1);
    Task review = task(pi);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ApproveActivity");
    assertThat(candidateGroups(review)).containsExactly("station-xbhbl-supervisor");

    tasks.complete(review.getId(), VolunteerVariables.reviewed(true));
    Task hours = task(pi);
    assertThat(hours.getTaskDefinitionKey()).isEqualTo("Task_ConfirmHours");
    assertThat(hours.getAssignee()).isEqualTo("xbhbl-worker");
    assertThat(candidateGroups(hours)).containsExactly("station-xbhbl-worker");
    assertThat(hours.getDueDate()).isEqualTo(Date.from(endsAt.atZone(ZoneId.systemDefault()).toInstant()));

    tasks.complete(hours.getId());
    assertThat(pi).isWaitingAt("Timer_PostingEnds");
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    long days = (timer.getDuedate().getTime() - System.currentTimeMillis()) / 3_600_000L;
    assertThat(days).as("hours until the posting ends").isBetween(71L, 72L);
    assertThat(posted).isEmpty();

    management.executeJob(timer.getId());
    assertThat(posted).containsExactly(1L);
    assertThat(pi).isEnded().hasPassedInOrder("Task_ApproveActivity", "Task_ConfirmHours", "Timer_PostingEnds",
        "ServiceTask_PostLedgers", "EndEvent_Closed");
  }

  @Test
  void returnedActivityGoesToTheProposerWhoResubmitsItForReview() {
    ProcessInstance pi = propose(2);
    tasks.complete(task(pi).getId(), VolunteerVariables.reviewed(false));
    Task revise = task(pi);
    assertThat(revise.getTaskDefinitionKey()).isEqualTo("Task_ReviseActivity");
    assertThat(revise.getAssignee()).isEqualTo("xbhbl-worker");

    tasks.complete(revise.getId(), VolunteerVariables.revised(true));
    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("Task_ApproveActivity");
    tasks.complete(task(pi).getId(), VolunteerVariables.reviewed(true));
    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("Task_ConfirmHours");
  }

  @Test
  void returnedActivityMayBeWithdrawn() {
    ProcessInstance pi = propose(3);
    tasks.complete(task(pi).getId(), VolunteerVariables.reviewed(false));
    tasks.complete(task(pi).getId(), VolunteerVariables.revised(false));
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_ConfirmHours");
    assertThat(posted).isEmpty();
  }

  @Test
  void publishedActivityCancelledBeforeItStartsEndsWithoutHoursOrPosting() {
    ProcessInstance pi = propose(4);
    tasks.complete(task(pi).getId(), VolunteerVariables.reviewed(true));
    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("Task_ConfirmHours");

    runtime.createMessageCorrelation(VolunteerVariables.MESSAGE_CANCELLED).processInstanceId(pi.getId()).correlate();
    assertThat(pi).isEnded().hasPassed("Event_ActivityCancelled", "EndEvent_Cancelled")
        .hasNotPassed("Timer_PostingEnds", "ServiceTask_PostLedgers");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(posted).isEmpty();
  }

  @Test
  void starLevelsAreReachedExactlyAtTheirThresholds() {
    List<StarLevel> levels = List.of(new StarLevel(1, bd("100")), new StarLevel(2, bd("300")),
        new StarLevel(3, bd("600")), new StarLevel(4, bd("1000")), new StarLevel(5, bd("1500")));
    Map<String, Integer> expected = Map.of("0", 0, "99.99", 0, "100", 1, "299.99", 1, "300", 2, "599.5", 2,
        "600", 3, "1000", 4, "1499.99", 4, "1500", 5);
    expected.forEach((h, stars) -> assertThat(StarLevel.reached(levels, bd(h))).as(h + " h").isEqualTo(stars));
    assertThat(StarLevel.next(levels, bd("100"))).isEqualByComparingTo("300");
    assertThat(StarLevel.next(levels, bd("1500"))).isNull();
  }

  @Test
  void theDefaultRuleCountsAtMostTwoHoursOfAnActivityForPoints() {
    PointsRule rule = new PointsRule("default", "", bd("1"), null, bd("2"), bd("2"));
    assertThat(rule.creditedHours(bd("5"), bd("3"))).isEqualByComparingTo("3");
    assertThat(rule.creditedHours(bd("-1"), bd("3"))).isEqualByComparingTo("0");
    assertThat(rule.points(bd("3"))).isEqualByComparingTo("2");
    assertThat(rule.points(bd("1.5"))).isEqualByComparingTo("1.5");
    PointsRule capped = new PointsRule("capped", "", bd("10"), bd("2"), null, bd("0"));
    assertThat(capped.creditedHours(bd("3"), bd("4"))).isEqualByComparingTo("2");
    assertThat(capped.points(bd("2"))).isEqualByComparingTo("20");
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
