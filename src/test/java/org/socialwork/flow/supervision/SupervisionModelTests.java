package org.socialwork.flow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The house rules for the supervision and meeting models: readable ids, forms deployed with them, no station literals. */
class SupervisionModelTests {

  @ParameterizedTest
  @ValueSource(strings = {"mentor-supervision", "monthly-meeting", "action-item"})
  void modelsFollowTheHouseRules(String key) throws Exception {
    BpmnModelInstance model;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/" + key + ".bpmn")) {
      model = Bpmn.readModelFromStream(in);
    }
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(process.getId()).isEqualTo(key);
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    for (FlowElement e : model.getModelElementsByType(FlowElement.class)) {
      assertThat(e.getId()).as("readable ids").doesNotStartWith("Activity_").doesNotStartWith("Event_");
    }
    for (UserTask t : model.getModelElementsByType(UserTask.class)) {
      assertThat(t.getCamundaFormRef()).as(t.getId()).isNotBlank();
      assertThat(t.getCamundaFormRefBinding()).as(t.getId()).isEqualTo("deployment");
      assertThat(Files.exists(Path.of("forms", t.getCamundaFormRef() + ".form"))).as(t.getCamundaFormRef()).isTrue();
      String groups = t.getCamundaCandidateGroups();
      if (groups != null) {
        assertThat(groups).as(t.getId()).doesNotContain("xbhbl").doesNotContain("sjl");
      }
      assertThat(t.getName()).as("names in Chinese").matches(".*[\\u4e00-\\u9fa5].*");
    }
    assertThat(model.getModelElementsByType(BpmnShape.class)).as("a diagram for the modeler").isNotEmpty();
  }
}
