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
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

/** action-item on an in-memory engine: done in time, or overdue and escalated while the owner can still finish. */
@Deployment(resources = {"bpmn/action-item.bpmn", "forms/action-item.form", "forms/action-item-follow-up.form"})
class ActionItemProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final List<String> escalatedTo = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at(2026, 11, 28, 10));
    Mocks.register("escalateActionItemDelegate", (JavaDelegate) execution ->
        escalatedTo.add(execution.getVariable(SupervisionVariables.ACTION_ITEM_ID) + "->"
            + execution.getVariable(SupervisionVariables.ESCALATION_GROUP)));
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

  private ProcessInstance startItem(String group) {
    Map<String, Object> v = new HashMap<>();
    v.put(SupervisionVariables.ACTION_ITEM_ID, 9L);
    v.put(SupervisionVariables.OWNER, "sjl-supervisor");
    v.put(SupervisionVariables.DUE_AT, at(2026, 12, 6, 0));
    v.put(SupervisionVariables.ESCALATION_GROUP, group);
    v.put(SupervisionVariables.STATION_CODE, "sjl");
    return runtimeService().startProcessInstanceByKey("action-item", "ACT-9", v);
  }

  private Task task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  @Test
  void itemDoneBeforeItsDueDateEndsWithoutEscalation() {
    ProcessInstance pi = startItem("leading-group");
    Task t = task(pi, "Task_CompleteActionItem");
    assertThat(t.getAssignee()).isEqualTo("sjl-supervisor");
    assertThat(t.getDueDate()).isEqualTo(at(2026, 12, 6, 0));
    engine.getTaskService().complete(t.getId());
    assertThat(pi).hasPassed("EndEvent_ItemDone").hasNotPassed("Timer_ActionItemOverdue").isEnded();
    assertThat(escalatedTo).isEmpty();
  }

  @Test
  void overdueItemEscalatesToItsGroupAndTheOwnerCanStillFinishIt() {
    ProcessInstance pi = startItem("leading-group");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(2026, 12, 6, 0));
    ClockUtil.setCurrentTime(at(2026, 12, 6, 1));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(escalatedTo).containsExactly("9->leading-group");
    Task followUp = task(pi, "Task_FollowUpActionItem");
    assertThat(followUp.getAssignee()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
        .anyMatch(l -> "leading-group".equals(l.getGroupId()));
    assertThat(task(pi, "Task_CompleteActionItem")).as("the owner keeps the item").isNotNull();

    engine.getTaskService().complete(task(pi, "Task_CompleteActionItem").getId());
    assertThat(pi).isNotEnded();
    engine.getTaskService().complete(followUp.getId());
    assertThat(pi).hasPassed("EndEvent_ItemDone", "EndEvent_FollowedUp").isEnded();
  }

  @Test
  void supervisionItemsEscalateToTheStationsResidentSupervisors() {
    ProcessInstance pi = startItem("station-sjl-supervisor");
    ClockUtil.setCurrentTime(at(2026, 12, 7, 0));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(pi.getId()).timers().singleResult().getId());
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(pi, "Task_FollowUpActionItem").getId()))
        .anyMatch(l -> "station-sjl-supervisor".equals(l.getGroupId()));
  }
}
