package org.socialwork.flow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The upload page and the engine gate on a corpus of broken files: each refused with its message and nothing deployed;
 * a form previewed with the application's own renderer; a valid BPMN with a new form deployed together.
 */
@ApplicationTest
class ModelUploadTests {

  @Autowired MockMvc mvc;
  @Autowired StaffDirectory staff;
  @Autowired RepositoryService repository;
  @Autowired ModelDeployment deployment;

  private MockMultipartHttpServletRequestBuilder upload(String action, MockMultipartFile... files) {
    MockMultipartHttpServletRequestBuilder request = multipart("/admin/models");
    for (MockMultipartFile f : files) {
      request.file(f);
    }
    request.param("action", action);
    request.with(Staff.as(staff, "admin")).with(csrf());
    return request;
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("files", name, "application/octet-stream", content);
  }

  private static MockMultipartFile file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesATwentyMegabyteFileWithAClearMessageAndDeploysNothing() throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    byte[] big = new byte[20 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    mvc.perform(upload("deploy", file("big.bpmn", big))).andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("文件太大：20.0 MB，上限为 5.0 MB")));
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void refusesFilesThatAreNotModelsAndMalformedXmlOrJson() throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    mvc.perform(upload("deploy", file("notes.txt", "hello"))).andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("不支持的文件类型：notes.txt")));
    String xml = TrialModels.intakeXml();
    mvc.perform(upload("deploy", file("intake.bpmn", xml.substring(0, xml.length() / 2))))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("XML 格式错误")));
    mvc.perform(upload("deploy", file("screen.form", "{\"id\": \"screen\", \"components\": [")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("JSON 格式错误")));
    mvc.perform(upload("deploy", file("risk.dmn", "<definitions><decision id=\"x\"></definitions>")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("XML 格式错误")));
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void previewsAFormWithTheApplicationsRendererAndADecisionTable() throws Exception {
    byte[] form = getClass().getResourceAsStream("/forms/intake-screen.form").readAllBytes();
    byte[] dmn = getClass().getResourceAsStream("/bpmn/risk-level.dmn").readAllBytes();
    mvc.perform(upload("preview", file("intake-screen.form", form), file("risk-level.dmn", dmn)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"no-problems\"")))
        .andExpect(content().string(Matchers.containsString("class=\"card form-preview\" data-file=\"intake-screen.form\"")))
        .andExpect(content().string(Matchers.containsString("id=\"field-decision\"")))
        .andExpect(content().string(Matchers.containsString("class=\"card decision-preview\"")))
        .andExpect(content().string(Matchers.containsString("风险等级")));
  }

  @Test
  void deploysAProcessTogetherWithANewFormItReferences() throws Exception {
    String key = TrialModels.newKey();
    String formId = key + "-screen";
    String form = new String(getClass().getResourceAsStream("/forms/intake-screen.form").readAllBytes(),
        StandardCharsets.UTF_8).replaceFirst("\"id\": \"intake-screen\"", "\"id\": \"" + formId + "\"");
    String bpmn = TrialModels.intakeAs(key).replace("camunda:formRef=\"intake-screen\"", "camunda:formRef=\"" + formId + "\"");
    // without the form it is refused: the form exists nowhere yet
    mvc.perform(upload("deploy", file(key + ".bpmn", bpmn))).andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("表单 " + formId + " 既不在本次部署中，也未曾部署")));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    mvc.perform(upload("deploy", file(key + ".bpmn", bpmn), file(formId + ".form", form))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"deployed\"")));
    String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
        .getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(deploymentId)).contains(formId + ".form", "intake-approve.form");
  }

  @Test
  void theEngineGateRefusesADirectDeploymentThatSkipsThePages() {
    String key = TrialModels.newKey();
    long deployments = repository.createDeploymentQuery().count();
    String broken = TrialModels.intakeAs(key).replace("isExecutable=\"true\"", "isExecutable=\"false\"");
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        staff.find("admin").orElseThrow(), null, List.of()));
    try {
      assertThatThrownBy(() -> repository.createDeployment().addString(key + ".bpmn", broken).deploy())
        .isInstanceOf(ModelRefusedException.class)
        .satisfies(e -> assertThat(((ModelRefusedException) e).problems()).extracting(ModelProblem::code)
            .containsExactly("notExecutable"));
      ModelDeployment.Outcome outcome = deployment.deploy(key, Map.of(key + ".bpmn", TrialModels.bytes(
          TrialModels.intakeAs(key).replace("station-${stationCode}-worker", "station-${stationCode}-staff"))));
      assertThat(outcome.problems()).extracting(ModelProblem::code).isEqualTo(List.of("unknownGroupExpression"));
    } finally {
      SecurityContextHolder.clearContext();
    }
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }
}
