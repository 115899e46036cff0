package org.socialwork.flow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Variable writes keep their last value in the history but leave no ACT_HI_DETAIL rows unless the process is named. */
@ApplicationTest
class HistoryDetailsTests {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @Test
  void variableWritesLeaveTheirLastValueButNoDetailRows() {
    String key = "history_details_" + Long.toString(System.nanoTime(), 36);
    repository.createDeployment().name(key).addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Check").endEvent().done()).deploy();
    String instance = runtime.startProcessInstanceByKey(key, Map.of("risk", "low", "visits", 1)).getId();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    runtime.setVariable(instance, "risk", "high");
    tasks.complete(task, Map.of("visits", 2));

    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("risk")
        .singleResult().getValue()).isEqualTo("high");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count())
        .isEqualTo(1);
  }

  @Test
  void onlyTheNamedProcessesKeepDetails() {
    HistoryDetails details = new HistoryDetails(List.of(" intake", "casework "));
    assertThat(details.keepsDetails("intake")).isTrue();
    assertThat(details.keepsDetails("casework")).isTrue();
    assertThat(details.keepsDetails("care-visit")).isFalse();
    assertThat(details.keepsDetails(null)).isFalse();
    assertThat(new HistoryDetails(List.of()).keepsDetails("intake")).isFalse();
  }
}
