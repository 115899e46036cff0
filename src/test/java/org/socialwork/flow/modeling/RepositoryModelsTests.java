package org.socialwork.flow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

/**
 * The models in bpmn/ and forms/ keep the rules every later deployment must keep. The start-up deployment only logs
 * its problems (refusing it would stop the application), so this test is what holds the project's own models to them.
 */
class RepositoryModelsTests {

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
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    // every delegate expression of the models must name a @Component of the application
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        if (text.contains("@Component")) {
          String simple = source.getFileName().toString().replace(".java", "");
          beans.addBean(Character.toLowerCase(simple.charAt(0)) + simple.substring(1), new Object());
        }
      }
    }
    ModelRules rules = new ModelRules(new ModelingSettings(DataSize.ofMegabytes(5)), beans);
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
        return false;
      }
    });
    assertThat(review.problems()).as("problems of the models in bpmn/ and forms/").isEmpty();
    assertThat(files).isNotEmpty();
  }
}
