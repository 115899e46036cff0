package org.socialwork.flow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The administrator's edit of a model: version 2 deployed from the editor's JSON, the forms carried with it, version-1
 * instances continuing, the impact preview, migration of one instance as a batch, and the audit of it all.
 */
@ApplicationTest
class ProcessEditingTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired MockMvc mvc;
  @Autowired StaffDirectory staff;
  @Autowired ModelDeployment deployment;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ModelAudit audit;
  @Autowired org.camunda.bpm.engine.FormService formService;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  /** Version 1 of a trial copy of the intake, deployed as the admin, with two instances waiting at screening. */
  private ProcessDefinition versionOneWithInstances(String key, int instances) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        staff.find("admin").orElseThrow(), null, List.of()));
    ModelDeployment.Outcome outcome = deployment.deploy(key, Map.of(key + ".bpmn", TrialModels.bytes(TrialModels.intakeAs(key))));
    SecurityContextHolder.clearContext();
    assertThat(outcome.problems()).isEmpty();
    ProcessDefinition v1 = outcome.definitions().get(0);
    for (int i = 0; i < instances; i++) {
      runtime.startProcessInstanceById(v1.getId(), key + "-" + i, Map.of("stationCode", "xbhbl",
          "registeredBy", "xbhbl-worker", "approvalTimeout", "P3D"));
    }
    return v1;
  }

  private MvcResult postJson(String url, String xml, String who) throws Exception {
    return mvc.perform(post(url).with(Staff.as(staff, who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content(JSON.writeValueAsString(Map.of("xml", xml)))).andReturn();
  }

  @Test
  void anEditDeployedAsVersionTwoLeavesRunningInstancesOnVersionOneAndMigratesTheChosenOne() throws Exception {
    String key = TrialModels.newKey();
    ProcessDefinition v1 = versionOneWithInstances(key, 2);
    String edited = TrialModels.intakeAs(key).replace("name=\"筛查接案请求\"", "name=\"筛查接案请求（第二版）\" camunda:dueDate=\"P5D\"");

    // impact preview: the instances wait at screening, which the new version keeps
    MvcResult impact = postJson("/admin/processes/definitions/" + v1.getId() + "/impact", edited, "admin");
    JsonNode rows = JSON.readTree(impact.getResponse().getContentAsString()).path("rows");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).path("activityId").asText()).isEqualTo("Task_ScreenIntake");
    assertThat(rows.get(0).path("instances").asInt()).isEqualTo(2);
    assertThat(rows.get(0).path("kept").asBoolean()).isTrue();

    MvcResult deployed = postJson("/admin/processes/definitions/" + v1.getId() + "/deploy", edited, "admin");
    assertThat(deployed.getResponse().getStatus()).isEqualTo(201);
    JsonNode body = JSON.readTree(deployed.getResponse().getContentAsString());
    assertThat(body.path("version").asInt()).isEqualTo(2);
    String v2 = body.path("definitionId").asText();
    // the deployment carries the forms the process references
    assertThat(repository.getDeploymentResourceNames(body.path("deploymentId").asText()))
        .containsExactlyInAnyOrder(key + ".bpmn", "intake-register.form", "intake-screen.form", "intake-approve.form");

    // version-1 instances continue on version 1, with their task as it was
    List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionKey(key).list();
    assertThat(running).hasSize(2).allMatch(pi -> pi.getProcessDefinitionId().equals(v1.getId()));
    assertThat(tasks.createTaskQuery().processDefinitionId(v1.getId()).list())
        .extracting(Task::getName).containsOnly("筛查接案请求");

    // a new case runs on version 2 with the new name and due date
    ProcessInstance fresh = runtime.startProcessInstanceByKey(key, key + "-new", Map.of("stationCode", "xbhbl",
        "registeredBy", "xbhbl-worker", "approvalTimeout", "P3D"));
    Task freshTask = tasks.createTaskQuery().processInstanceId(fresh.getId()).singleResult();
    assertThat(fresh.getProcessDefinitionId()).isEqualTo(v2);
    assertThat(freshTask.getName()).isEqualTo("筛查接案请求（第二版）");
    long days = (freshTask.getDueDate().getTime() - new Date().getTime()) / 86_400_000L;
    assertThat(days).isBetween(4L, 5L);

    // the versions page lists both, who deployed version 2, and the migration link
    mvc.perform(get("/admin/processes/" + key).with(Staff.as(staff, "admin"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-version=\"2\"")))
        .andExpect(content().string(Matchers.containsString("/admin/processes/migrate?source=" + v1.getId())));

    // migration: the plan maps screening; one instance chosen, run as a batch
    mvc.perform(get("/admin/processes/migrate").param("source", v1.getId()).param("target", v2)
            .with(Staff.as(staff, "admin"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-source=\"Task_ScreenIntake\"")));
    ProcessInstance chosen = running.get(0);
    ProcessInstance left = running.get(1);
    MvcResult started = mvc.perform(post("/admin/processes/migrate").param("source", v1.getId()).param("target", v2)
            .param("instance", chosen.getId()).with(Staff.as(staff, "admin")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/processes/batches/*")).andReturn();
    String batchId = started.getResponse().getRedirectedUrl().replaceAll(".*/batches/([^?]+).*", "$1");
    mvc.perform(get("/admin/processes/batches/" + batchId).with(Staff.as(staff, "admin")))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-done=\"false\"")));

    // the test context runs no job executor: execute the batch's jobs here (seed, migration, monitor)
    runBatch(batchId);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(chosen.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(v2);
    assertThat(runtime.getActiveActivityIds(chosen.getId())).containsExactly("Task_ScreenIntake");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(left.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(v1.getId());
    mvc.perform(get("/admin/processes/batches/" + batchId).with(Staff.as(staff, "admin")))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-done=\"true\"")));

    // the audit lists the deployments and the migration, with who and which version
    List<AuditEntry> entries = audit.ofProcess(key, 10);
    assertThat(entries).extracting(AuditEntry::action, AuditEntry::username, AuditEntry::version)
        .contains(org.assertj.core.groups.Tuple.tuple("MIGRATE", "admin", 2),
            org.assertj.core.groups.Tuple.tuple("DEPLOY", "admin", 2),
            org.assertj.core.groups.Tuple.tuple("DEPLOY", "admin", 1));
    mvc.perform(get("/admin/processes").with(Staff.as(staff, "admin"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(batchId)));
  }

  @Test
  void aModelWithProblemsIsRefusedFromTheEditorWithTheListAndNothingDeployed() throws Exception {
    String key = TrialModels.newKey();
    ProcessDefinition v1 = versionOneWithInstances(key, 0);
    long deployments = repository.createDeploymentQuery().count();
    String broken = TrialModels.intakeAs(key).replace("Task_ScreenIntake", "Activity_0abc123")
        .replace("camunda:formRef=\"intake-approve\"", "camunda:formRef=\"approve-v9\"");
    MvcResult checked = postJson("/admin/processes/definitions/" + v1.getId() + "/check", broken, "admin");
    JsonNode problems = JSON.readTree(checked.getResponse().getContentAsString()).path("problems");
    assertThat(problems.findValuesAsText("code")).contains("generatedId", "formMissing");
    MvcResult refused = postJson("/admin/processes/definitions/" + v1.getId() + "/deploy", broken, "admin");
    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    JsonNode list = JSON.readTree(refused.getResponse().getContentAsString()).path("problems");
    assertThat(list.findValuesAsText("elementId")).contains("Activity_0abc123", "Task_ApproveOpening");
    assertThat(list.findValuesAsText("message")).anyMatch(m -> m.contains("approve-v9"));
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
  }

  @Test
  void camundasOwnParserRefusesWhatTheProjectRulesDoNotSee() throws Exception {
    String key = TrialModels.newKey();
    ProcessDefinition v1 = versionOneWithInstances(key, 0);
    String noTimer = TrialModels.intakeAs(key).replace(
        "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">${approvalTimeout}</bpmn:timeDuration>", "");
    JsonNode checked = JSON.readTree(postJson("/admin/processes/definitions/" + v1.getId() + "/check", noTimer, "admin")
        .getResponse().getContentAsString()).path("problems");
    assertThat(checked.findValuesAsText("code")).containsExactly("engine");
    assertThat(checked.findValuesAsText("elementId")).containsExactly("Timer_ApprovalOverdue");
    MvcResult refused = postJson("/admin/processes/definitions/" + v1.getId() + "/deploy", noTimer, "admin");
    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    assertThat(refused.getResponse().getContentAsString()).contains("Timer_ApprovalOverdue");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
  }

  @Test
  void theDiagramPageOverlaysWaitingCountsAndADownloadIsAudited() throws Exception {
    String key = TrialModels.newKey();
    ProcessDefinition v1 = versionOneWithInstances(key, 3);
    String execution = runtime.createExecutionQuery().processDefinitionId(v1.getId()).activityId("Task_ScreenIntake")
        .list().get(0).getId();
    runtime.createIncident("failedJob", execution, "trial incident");
    mvc.perform(get("/admin/processes/" + key).with(Staff.as(staff, "admin"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<span class=\"badge\">1</span>")));
    mvc.perform(get("/admin/processes/definitions/" + v1.getId()).with(Staff.as(staff, "admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(
            "data-activity=\"Task_ScreenIntake\" data-instances=\"3\" data-incidents=\"1\"")))
        .andExpect(content().string(Matchers.containsString("bpmn-navigated-viewer.production.min.js")));
    mvc.perform(get("/admin/processes/definitions/" + v1.getId() + "/xml").with(Staff.as(staff, "admin")))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("<bpmn:process id=\"" + key)));
    assertThat(audit.ofProcess(key, 5)).extracting(AuditEntry::action, AuditEntry::username, AuditEntry::version)
        .contains(org.assertj.core.groups.Tuple.tuple("DOWNLOAD", "admin", 1));
    mvc.perform(get("/vendor/bpmn-js/LICENSE").with(Staff.as(staff, "admin"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("watermark")));
  }

  @Test
  void anEditedFormIsPreviewedWithOurRendererAndDeployedWithItsProcessAsTheNextVersion() throws Exception {
    deleteDeploymentsOfTheEditedForm();
    try {
      anEditedFormIsDeployedAsTheNextVersion();
    } finally {
      deleteDeploymentsOfTheEditedForm();
    }
  }

  /**
   * Deletes (with their trial instances) the trial deployments that hold the edited intake-screen form. Form keys are
   * global: left deployed, the edited form would be the latest intake-screen, which the next deployment of a trial
   * intake carries as its own, so a second run on the same database would see the edit on version 1.
   */
  private void deleteDeploymentsOfTheEditedForm() throws Exception {
    java.util.Set<String> deployments = new java.util.TreeSet<>();
    for (ProcessDefinition d : repository.createProcessDefinitionQuery().processDefinitionKeyLike("intake-trial-%")
        .list()) {
      deployments.add(d.getDeploymentId());
    }
    for (String id : deployments) {
      for (org.camunda.bpm.engine.repository.Resource r : repository.getDeploymentResources(id)) {
        if (r.getName().endsWith(".form") && new String(repository.getResourceAsStream(id, r.getName())
            .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(EDITED_LABEL)) {
          repository.deleteDeployment(id, true);
          break;
        }
      }
    }
  }

  private static final String EDITED_LABEL = "初步判断（新）";

  private void anEditedFormIsDeployedAsTheNextVersion() throws Exception {
    String key = TrialModels.newKey();
    ProcessDefinition v1 = versionOneWithInstances(key, 1);
    String url = "/admin/processes/definitions/" + v1.getId() + "/forms/intake-screen";
    mvc.perform(get("/admin/processes/definitions/" + v1.getId()).with(Staff.as(staff, "admin")))
        .andExpect(content().string(Matchers.containsString("data-form=\"intake-screen\"")));
    MvcResult page = mvc.perform(get(url).with(Staff.as(staff, "admin"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"field-decision\""))).andReturn();
    String json = new String(getClass().getResourceAsStream("/forms/intake-screen.form").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    String edited = json.replace("\"label\": \"初步判断\"", "\"label\": \"初步判断（新）\"");
    assertThat(page.getResponse().getContentAsString()).contains("初步判断");

    // preview renders the edit; malformed JSON and a changed id are refused, nothing deployed
    mvc.perform(post(url).param("json", edited).param("action", "preview").with(Staff.as(staff, "admin")).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("初步判断（新）")));
    mvc.perform(post(url).param("json", edited.substring(0, 40)).param("action", "deploy")
            .with(Staff.as(staff, "admin")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andExpect(content().string(Matchers.containsString("JSON 格式错误")));
    mvc.perform(post(url).param("json", edited.replace("\"id\": \"intake-screen\"", "\"id\": \"screen-x\""))
            .param("action", "deploy").with(Staff.as(staff, "admin")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("表单的 id 必须保持为 intake-screen")));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);

    mvc.perform(post(url).param("json", edited).param("action", "deploy").with(Staff.as(staff, "admin")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
    assertThat(v2.getVersion()).isEqualTo(2);
    // a new case's screening task gets the edited form; the running case keeps its version's form
    ProcessInstance fresh = runtime.startProcessInstanceByKey(key, key + "-form", Map.of("stationCode", "xbhbl",
        "registeredBy", "xbhbl-worker", "approvalTimeout", "P3D"));
    Task freshTask = tasks.createTaskQuery().processInstanceId(fresh.getId()).singleResult();
    Task oldTask = tasks.createTaskQuery().processDefinitionId(v1.getId()).singleResult();
    assertThat(new String(formService.getDeployedTaskForm(freshTask.getId()).readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8)).contains("初步判断（新）");
    assertThat(new String(formService.getDeployedTaskForm(oldTask.getId()).readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("初步判断（新）");
  }

  @Test
  void onlyAdministratorsSeeTheProcessAdministration() throws Exception {
    mvc.perform(get("/admin/processes").with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/processes").with(Staff.as(staff, "leader"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/models").with(Staff.as(staff, "xbhbl-supervisor"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/processes").with(Staff.as(staff, "admin"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-key=\"intake\"")))
        .andExpect(content().string(Matchers.containsString("流程管理")));
    mvc.perform(get("/admin/processes").param("lang", "en").with(Staff.as(staff, "admin"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Process administration")));
    String intake = repository.createProcessDefinitionQuery().processDefinitionKey("intake").latestVersion()
        .singleResult().getId();
    for (String lang : List.of("zh_CN", "en")) {
      for (String page : List.of("/admin/processes/intake", "/admin/processes/definitions/" + intake,
          "/admin/processes/definitions/" + intake + "/edit", "/admin/processes/definitions/" + intake
              + "/forms/intake-screen", "/admin/models")) {
        mvc.perform(get(page).param("lang", lang).with(Staff.as(staff, "admin"))).andExpect(status().isOk());
      }
    }
    mvc.perform(get("/admin/processes/definitions/" + intake + "/edit").param("lang", "en")
            .with(Staff.as(staff, "admin")))
        .andExpect(content().string(Matchers.containsString("Deploy as new version")))
        .andExpect(content().string(Matchers.containsString("bpmn-modeler.production.min.js")));
  }

  private void runBatch(String batchId) {
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    for (int round = 0; round < 20 && management.createBatchQuery().batchId(batchId).count() > 0; round++) {
      for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
          batch.getMonitorJobDefinitionId())) {
        for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
          management.executeJob(job.getId());
        }
      }
    }
    assertThat(management.createBatchQuery().batchId(batchId).count()).as("batch finished").isZero();
    assertThat(history.createHistoricBatchQuery().batchId(batchId).singleResult().getEndTime()).isNotNull();
  }
}
