package org.socialwork.flow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The models in bpmn/ and forms/ keep the rules every later deployment must keep. The start-up deployment only logs
 * its problems (refusing it would stop the application), so this test is what holds the project's own models to them:
 * checked together as the start-up deploys them, with the application's real beans and groups.
 */
@ApplicationTest
class RepositoryModelsTests {

  @Autowired ModelRules rules;
  @Autowired IdentityService identity;

  @Test
  void theProjectsOwnModelsPassTheDeploymentRules() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String dir : new String[] {"bpmn", "forms"}) {
      try (Stream<Path> paths = Files.list(Path.of(dir))) {
        for (Path p : paths.sorted().toList()) {
          files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
      }
    }
    ModelRules.Review review = rules.review(files, new DeployedModels() {
      @Override
      public Optional<ModelFile> latestForm(String formKey) {
        return Optional.empty();
      }

      @Override
      public Optional<ModelFile> latestDecision(String decisionKey) {
        return Optional.empty();
      }

      @Override
      public boolean groupExists(String groupId) {
        return identity.createGroupQuery().groupId(groupId).count() > 0;
      }
    });
    assertThat(files).isNotEmpty();
    assertThat(review.problems()).as("problems of the models in bpmn/ and forms/").isEmpty();
  }
}
