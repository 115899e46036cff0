package org.socialwork.flow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Camunda Modeler's "Deploy to Camunda 7" against /engine-rest, over real HTTP on the running server (Jersey serves
 * /engine-rest outside the DispatcherServlet, so MockMvc would not reach it): a worker is refused, an administrator's
 * deployment passes the same rules as the pages (a broken model is refused with its problems, nothing deployed).
 */
@ApplicationTest
class EngineRestDeploymentTests {

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired ModelAudit audit;

  /** The multipart request Camunda Modeler sends. */
  private ResponseEntity<String> deployAs(String username, String fileName, String content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", fileName);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "false");
    parts.add(fileName, new ByteArrayResource(TrialModels.bytes(content)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return new IntakeFlow(port).as(username).post().uri("/engine-rest/deployment/create")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
  }

  @Test
  void aWorkerCannotDeployThroughTheEngineRestApi() {
    String key = TrialModels.newKey();
    ResponseEntity<String> refused = deployAs("xbhbl-worker", key + ".bpmn", TrialModels.intakeAs(key));
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(deployAs("nobody", key + ".bpmn", TrialModels.intakeAs(key)).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void anAdministratorDeploysFromCamundaModelerWithTheFormsCarriedAndAudited() {
    String key = TrialModels.newKey();
    ResponseEntity<String> deployed = deployAs("admin", key + ".bpmn", TrialModels.intakeAs(key));
    assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
    String deploymentId = IntakeFlow.json(deployed).path("id").asText();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
    assertThat(repository.getDeploymentResourceNames(deploymentId))
        .contains(key + ".bpmn", "intake-screen.form", "intake-approve.form", "intake-register.form");
    assertThat(audit.ofProcess(key, 5)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("DEPLOY");
      assertThat(e.username()).isEqualTo("admin");
      assertThat(e.version()).isEqualTo(1);
      assertThat(e.channel()).isEqualTo("Camunda Modeler");
      assertThat(e.subject()).isEqualTo(deploymentId);
    });
  }

  @Test
  void anAdministratorsBrokenModelIsRefusedWithItsProblemsAndNothingDeployed() {
    String key = TrialModels.newKey();
    long deployments = repository.createDeploymentQuery().count();
    String broken = TrialModels.intakeAs(key).replace("Task_ScreenIntake", "Activity_0abc123")
        .replace("camunda:historyTimeToLive=\"3650\"", "");
    ResponseEntity<String> refused = deployAs("admin", key + ".bpmn", broken);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    JsonNode body = IntakeFlow.json(refused);
    assertThat(body.path("type").asText()).isEqualTo("ParseException");
    assertThat(body.path("message").asText()).contains("Activity_0abc123", "historyTimeToLive");
    assertThat(body.path("details").toString()).contains("Activity_0abc123");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(audit.ofProcess(key, 5)).isEmpty();
  }

  @Test
  void filesThatAreNoModelsAreRefusedThroughTheEngineRestApiToo() {
    long deployments = repository.createDeploymentQuery().count();
    ResponseEntity<String> script = deployAs("admin", "run.groovy", "println 'hello'");
    assertThat(script.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(script).path("message").asText()).contains("Unsupported file type: run.groovy");
    ResponseEntity<String> malformed = deployAs("admin", "half.bpmn", "<bpmn:definitions xmlns:bpmn=\"x\">");
    assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(malformed).path("message").asText()).contains("Malformed XML");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }
}
