package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * API forms carry their options: a script fills the intake from what GET /api/processes returned, knowing no
 * station code, option value or user name in advance.
 */
@ApplicationTest
class FormOptionsApiTests {

  @LocalServerPort
  int port;

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  @Test
  void aScriptStartsAnIntakeFromTheSchemaAlone() {
    JsonNode intake = null;
    for (JsonNode p : IntakeFlow.json(api.get("sjl-worker", "/api/processes"))) {
      if ("intake".equals(p.get("key").asText())) {
        intake = p;
      }
    }
    assertThat(intake).as("intake is startable by a worker").isNotNull();

    JsonNode station = component(intake.get("form"), "stationCode");
    assertThat(station.get("valuesKey").asText()).isEqualTo("userStations");
    assertThat(station.get("values")).hasSize(1);
    assertThat(station.at("/values/0/label").asText()).isEqualTo("尚家楼社区社工站");
    assertThat(station.get("defaultValue").asText()).isEqualTo(station.at("/values/0/value").asText());
    assertThat(intake.at("/data/userStations/0/value").asText()).isEqualTo(station.get("defaultValue").asText());

    Map<String, Object> filled = fill(intake.get("form"));
    String caseNo = api.register("sjl-worker", filled);
    assertThat(caseNo).startsWith(station.get("defaultValue").asText().toUpperCase() + "-");
    JsonNode opened = IntakeFlow.json(api.get("sjl-worker", "/api/cases/" + caseNo));
    assertThat(opened.get("stationCode").asText()).isEqualTo(station.get("defaultValue").asText());
  }

  @Test
  void aTaskFormCarriesTheWorkersOfItsStationByName() {
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    String approval = api.taskOf("xbhbl-supervisor", caseNo, "Task_ApproveOpening");
    JsonNode task = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/tasks/" + approval));

    JsonNode worker = component(task.get("form"), "responsibleWorker");
    List<String> labels = new ArrayList<>();
    List<String> values = new ArrayList<>();
    worker.get("values").forEach(v -> {
      labels.add(v.get("label").asText());
      values.add(v.get("value").asText());
    });
    assertThat(values).contains("xbhbl-worker", "xbhbl-worker2").doesNotContain("sjl-worker");
    assertThat(String.join(",", labels)).contains("刘洋").contains("陈静");
    assertThat(task.at("/data/stationWorkers")).hasSize(worker.get("values").size());
    // two workers to choose from: no default is made up
    assertThat(worker.has("defaultValue")).isFalse();
    // a static select keeps its own values untouched
    assertThat(component(task.get("form"), "decision").get("values").size()).isGreaterThan(1);
  }

  @Test
  void oneStartableProcessIsReadableByWhoMayStartItOnly() {
    JsonNode one = IntakeFlow.json(api.get("xbhbl-worker", "/api/processes/intake"));
    assertThat(one.get("key").asText()).isEqualTo("intake");
    assertThat(component(one.get("form"), "stationCode").at("/values/0/value").asText()).isEqualTo("xbhbl");

    for (String role : List.of("xbhbl-supervisor", "leader", "mentor", "admin")) {
      assertThat(api.get(role, "/api/processes/intake").getStatusCode().value()).as(role).isEqualTo(403);
    }
    assertThat(api.get("xbhbl-worker", "/api/processes/no-such-process").getStatusCode().value()).isEqualTo(404);
    RestClient anonymous = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(s -> s.isError(), (req, res) -> { }).build();
    assertThat(anonymous.get().uri("/api/processes/intake").retrieve().toBodilessEntity().getStatusCode().value())
        .isEqualTo(401);
    // a supervisor starts supervision pairs; its mentor list comes with the schema
    JsonNode pair = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/processes/mentor-supervision"));
    assertThat(component(pair.get("form"), "mentor").get("values").size()).isGreaterThan(0);
  }

  @Test
  void aReturnedPlanReopensWithTheResourcesItLinked() {
    String caseNo = api.register("sjl-worker", Fixtures.anIntake("sjl"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", "sjl-worker"));
    Map<String, Object> assessment = new HashMap<>(Map.of("assessedOn", java.time.LocalDate.now().toString(),
        "health", "good", "selfCare", "full", "familySupport", "strong", "socialSupport", "strong",
        "individualSystem", "身体尚可", "familySystem", "女儿每周探望", "socialSystem", "参加社区合唱团",
        "priority", "low", "summary", "需要居家安全改造咨询"));
    assessment.put("needs", List.of("home_adaptation"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_RecordAssessment"), assessment);

    String writing = api.taskOf("sjl-worker", caseNo, "Task_WritePlan");
    JsonNode resources = component(IntakeFlow.json(api.get("sjl-worker", "/api/tasks/" + writing)).get("form"),
        "resourceLinks").get("values");
    assertThat(resources.size()).as("the station's resources come with the form").isGreaterThan(0);
    String resource = resources.get(0).get("value").asText();
    api.complete("sjl-worker", writing, Map.of("goal", "完成居家适老化改造", "approach", "链接街道适老化改造项目",
        "objective1", "完成卫生间扶手安装", "indicator1", "扶手安装验收",
        "deadline1", java.time.LocalDate.now().plusMonths(2).toString(), "resourceLinks", List.of(resource)));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApprovePlan"),
        Map.of("decision", "return", "comment", "请补充目标"));

    JsonNode again = IntakeFlow.json(api.get("sjl-worker", "/api/tasks/" + api.taskOf("sjl-worker", caseNo,
        "Task_WritePlan")));
    assertThat(again.at("/values/resourceLinks/0").asText()).isEqualTo(resource);
    assertThat(again.at("/values/goal").asText()).isEqualTo("完成居家适老化改造");
    // the worker sees why it came back, worded for the step
    assertThat(again.get("documents").toString()).contains("退回修改计划").contains("请补充目标");
  }

  /** Every input the schema names: an allowed value where it offers values, plain text from the fixture. */
  private static Map<String, Object> fill(JsonNode form) {
    Map<String, Object> text = Fixtures.anIntake("unknown");
    Map<String, Object> out = new HashMap<>();
    for (JsonNode c : inputs(form)) {
      String key = c.get("key").asText();
      if (c.has("defaultValue")) {
        out.put(key, c.get("defaultValue").asText());
      } else if (c.path("values").size() > 0) {
        String first = c.at("/values/0/value").asText();
        out.put(key, "checklist".equals(c.get("type").asText()) ? List.of(first) : first);
      } else if (text.containsKey(key)) {
        out.put(key, text.get(key));
      }
    }
    return out;
  }

  private static List<JsonNode> inputs(JsonNode form) {
    List<JsonNode> out = new ArrayList<>();
    collect(form.get("components"), out);
    return out;
  }

  private static void collect(JsonNode components, List<JsonNode> out) {
    for (JsonNode c : components) {
      if (c.path("components").isArray()) {
        collect(c.get("components"), out);
      } else if (c.hasNonNull("key")) {
        out.add(c);
      }
    }
  }

  private static JsonNode component(JsonNode form, String key) {
    return inputs(form).stream().filter(c -> key.equals(c.get("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key));
  }
}
