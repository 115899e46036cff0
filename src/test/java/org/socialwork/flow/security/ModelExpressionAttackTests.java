package org.socialwork.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.modeling.ModelProblem;
import org.socialwork.flow.modeling.ModelRules;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 11, finding 1: an administrator's model ran OS commands and read password hashes. Each payload is put into an
 * otherwise valid intake model and deployed through the three doors (Camunda Modeler's /engine-rest, the upload page,
 * the editor's deploy): refused with a reason, nothing deployed, the marker file the payload would create never
 * appears. Behind the deployment check, the engine's own expression sandbox refuses the same expressions when it
 * evaluates them, and the beans published to models still resolve.
 */
@ApplicationTest
class ModelExpressionAttackTests {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"),
      "socialwork-attack-marker-" + ProcessHandle.current().pid());
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired StaffDirectory staff;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngine engine;
  @Autowired ModelRules rules;

  @AfterEach
  void noMarker() {
    assertThat(MARKER).doesNotExist();
  }

  /** A payload: where it goes in the model, and the text to put there. */
  record Payload(String name, String where, String xml) {
    @Override
    public String toString() {
      return name;
    }
  }

  static String touch() {
    return "touch " + MARKER;
  }

  /** An execution listener on the process start holding the expression (XML-escaped by the caller where needed). */
  static Payload listener(String name, String expression) {
    return new Payload(name, "process", "<bpmn:extensionElements><camunda:executionListener event=\"start\" expression=\""
        + expression + "\"/></bpmn:extensionElements>");
  }

  static List<Payload> payloads() {
    return List.of(
        listener("runtime exec through getClass", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
            + ".invoke(null).exec('" + touch() + "')}"),
        listener("password hashes through jdbcTemplate",
            "${execution.setVariable('h', jdbcTemplate.queryForList('SELECT ID_, PWD_, SALT_ FROM ACT_ID_USER'))}"),
        listener("engine services from the execution",
            "${execution.getProcessEngineServices().getIdentityService().createUserQuery().list()}"),
        listener("engine services as a property", "${execution.processEngineServices.runtimeService}"),
        listener("class through brackets", "${''['class'].forName('java.lang.Runtime')}"),
        listener("class loader of a published bean", "${meetingRoster.getClass().getClassLoader()}"),
        listener("a mapper bean", "${caseMapper.findAll()}"),
        new Payload("a mapper as delegate", "process", "<bpmn:extensionElements><camunda:executionListener event=\"start\""
            + " delegateExpression=\"${caseMapper}\"/></bpmn:extensionElements>"),
        new Payload("Java class listener", "process", "<bpmn:extensionElements><camunda:executionListener event=\"start\""
            + " class=\"java.lang.Runtime\"/></bpmn:extensionElements>"),
        new Payload("script listener", "process", "<bpmn:extensionElements><camunda:executionListener event=\"start\">"
            + "<camunda:script scriptFormat=\"javascript\">java.lang.Runtime.getRuntime().exec('" + touch()
            + "')</camunda:script></camunda:executionListener></bpmn:extensionElements>"),
        new Payload("script task", "end", "<bpmn:scriptTask id=\"Task_Evil\" scriptFormat=\"groovy\"><bpmn:script>"
            + "'" + touch() + "'.execute()</bpmn:script></bpmn:scriptTask>"),
        new Payload("external script resource", "end", "<bpmn:scriptTask id=\"Task_Evil\" scriptFormat=\"groovy\""
            + " camunda:resource=\"file:///etc/passwd\"/>"),
        new Payload("script condition", "condition", "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\""
            + " language=\"javascript\">java.lang.Runtime.getRuntime().exec('" + touch() + "')"),
        listener("system property through a variable", "${execution.getVariable('x').getClass().forName('java.lang.System')}"));
  }

  static String intakeXml() {
    try (InputStream in = ModelExpressionAttackTests.class.getResourceAsStream("/bpmn/intake.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String model(String key, Payload payload) {
    String xml = intakeXml().replace("<bpmn:process id=\"intake\"", "<bpmn:process id=\"" + key + "\"")
        .replace("bpmnElement=\"intake\"", "bpmnElement=\"" + key + "\"");
    if (payload == null) {
      return xml;
    }
    return switch (payload.where()) {
      case "process" -> xml.replaceFirst("(<bpmn:process id=\"" + key + "\"[^>]*>\\s*<bpmn:documentation>[^<]*</bpmn:documentation>)",
          "$1" + quoteReplacement(payload.xml()));
      case "end" -> xml.replace("</bpmn:process>", payload.xml() + "</bpmn:process>");
      case "condition" -> xml.replaceFirst("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">\\$\\{screening == 'accept'}",
          quoteReplacement(payload.xml()));
      default -> throw new IllegalArgumentException(payload.where());
    };
  }

  private static String quoteReplacement(String s) {
    return java.util.regex.Matcher.quoteReplacement(s);
  }

  static String newKey() {
    return "attack-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
  }

  static Stream<Arguments> everyPayload() {
    return payloads().stream().map(Arguments::of);
  }

  /** So that the doors refuse each model for its payload, not for being broken otherwise. */
  @Test
  void theAttackModelsAreValidModelsRefusedOnlyForTheirPayload() {
    String key = newKey();
    assertThat(rules.checkFile(key + ".bpmn", model(key, null).getBytes(StandardCharsets.UTF_8))).isEmpty();
    for (Payload p : payloads()) {
      byte[] bytes = model(key, p).getBytes(StandardCharsets.UTF_8);
      assertThat(bytes).as(p.name()).isNotEqualTo(model(key, null).getBytes(StandardCharsets.UTF_8));
      Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(bytes));
      List<ModelProblem> problems = rules.checkFile(key + ".bpmn", bytes);
      assertThat(problems).as(p.name()).isNotEmpty().allMatch(ModelProblem::isCode);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPayload")
  void isRefusedThroughEngineRest(Payload payload) {
    String key = newKey();
    String file = key + ".bpmn";
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", file);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add(file, new ByteArrayResource(model(key, payload).getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return file;
      }
    });
    ResponseEntity<String> answer = new IntakeFlow(port).as("admin").post().uri("/engine-rest/deployment/create")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody()).containsAnyOf("model", "Model", "script", "bean", "class", "member", "resource");
    assertNothingDeployed(key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPayload")
  void isRefusedThroughTheUploadPage(Payload payload) throws Exception {
    String key = newKey();
    String body = mvc.perform(multipart("/admin/models")
            .file(new MockMultipartFile("files", key + ".bpmn", "application/octet-stream",
                model(key, payload).getBytes(StandardCharsets.UTF_8)))
            .param("action", "deploy").with(Staff.as(staff, "admin")).with(csrf()))
        .andReturn().getResponse().getContentAsString();
    assertThat(mvc.perform(multipart("/admin/models")
            .file(new MockMultipartFile("files", key + ".bpmn", "application/octet-stream",
                model(key, payload).getBytes(StandardCharsets.UTF_8)))
            .param("action", "deploy").with(Staff.as(staff, "admin")).with(csrf()))
        .andReturn().getResponse().getStatus()).isEqualTo(422);
    assertThat(body).contains(key + ".bpmn");
    assertNothingDeployed(key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPayload")
  void isRefusedThroughTheEditorsDeploy(Payload payload) throws Exception {
    String key = newKey();
    repository.createDeployment().name(key).addString(key + ".bpmn", model(key, null)).deploy();
    ProcessDefinition v1 = repository.createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
    var answer = mvc.perform(post("/admin/processes/definitions/" + v1.getId() + "/deploy")
            .contentType(MediaType.APPLICATION_JSON)
            .content(JSON.writeValueAsString(Map.of("xml", model(key, payload))))
            .with(Staff.as(staff, "admin")).with(csrf()))
        .andReturn().getResponse();
    assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(422);
    assertThat(answer.getContentAsString()).contains("problems");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
  }

  @Test
  void aDecisionInAnotherLanguageThanFeelIsRefused() throws Exception {
    String dmn = new String(ModelExpressionAttackTests.class.getResourceAsStream("/bpmn/risk-level.dmn").readAllBytes(),
        StandardCharsets.UTF_8);
    String key = "riskAttack" + SEQUENCE.incrementAndGet();
    String evil = dmn.replaceFirst("<decision id=\"[^\"]+\"", "<decision id=\"" + key + "\"")
        .replaceFirst("<inputExpression ", "<inputExpression expressionLanguage=\"javascript\" ");
    long decisions = repository.createDecisionDefinitionQuery().count();
    int status = mvc.perform(multipart("/admin/models")
            .file(new MockMultipartFile("files", key + ".dmn", "application/octet-stream",
                evil.getBytes(StandardCharsets.UTF_8)))
            .param("action", "deploy").with(Staff.as(staff, "admin")).with(csrf()))
        .andReturn().getResponse().getStatus();
    assertThat(status).isEqualTo(422);
    assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(decisions);
  }

  private void assertNothingDeployed(String key) {
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(repository.createDeploymentQuery().deploymentName(key + ".bpmn").count()).isZero();
    assertThat(MARKER).doesNotExist();
  }

  // ---- behind the deployment check: the engine's own sandbox

  private Object evaluate(String expression) {
    String key = newKey();
    repository.createDeployment().name(key).addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1).startEvent("Start").userTask("Task_Wait").camundaCandidateGroups("admins")
        .camundaFormRef("intake-screen").camundaFormRefBinding("latest").endEvent("End").done()).deploy();
    ProcessInstance instance = runtime.startProcessInstanceByKey(key, Map.of("x", "text", "meetingId", 1L));
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Expression compiled = configuration.getExpressionManager().createExpression(expression);
    try {
      return configuration.getCommandExecutorTxRequired().execute((Command<Object>) context -> {
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance.getId());
        return compiled.getValue(execution);
      });
    } finally {
      runtime.deleteProcessInstance(instance.getId(), "test");
    }
  }

  @Test
  void theEnginesSandboxRefusesTheSameExpressionsWhenEvaluatingThem() throws IOException {
    List<String> refused = List.of(
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('" + touch() + "')}",
        "${''['cl'.concat('ass')].forName('java.lang.Runtime')}",
        "${jdbcTemplate.queryForList('SELECT ID_, PWD_, SALT_ FROM ACT_ID_USER')}",
        "${execution.getProcessEngineServices().getIdentityService()}",
        "${execution.processEngine}",
        "${caseMapper}",
        "${meetingRoster.getClass()}",
        "${x.getClass()}");
    for (String expression : refused) {
      assertThatThrownBy(() -> evaluate(expression)).as(expression).isInstanceOf(RuntimeException.class);
    }
    assertThat(MARKER).doesNotExist();
    Files.deleteIfExists(MARKER);
  }

  @Test
  void publishedBeansVariablesAndTheExecutionStillResolve() {
    assertThat(evaluate("${x}")).isEqualTo("text");
    assertThat(evaluate("${execution.getVariable('meetingId') != null}")).isEqualTo(true);
    assertThat(evaluate("${meetingCalendar.reportWithin}")).isNotNull();
    assertThat(evaluate("${execution.processInstanceId}")).isNotNull();
  }
}
