package org.socialwork.flow.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Editing a form of a process version: the form as deployed with that version, and the edit deployed together with
 * the version's BPMN as the process's next version (a form is versioned with its process).
 */
@Component
public class FormEditing {

  private final RepositoryService repository;
  private final ProcessCatalog catalog;
  private final ModelDeployment deployment;

  FormEditing(RepositoryService repository, ProcessCatalog catalog, ModelDeployment deployment) {
    this.repository = repository;
    this.catalog = catalog;
    this.deployment = deployment;
  }

  /** A form of a deployment: its key (the JSON {@code id}), its resource name and its JSON. */
  public record DeployedForm(String key, String resourceName, String json) {
  }

  /** The forms deployed with this process version. */
  public List<DeployedForm> forms(String definitionId) {
    ProcessDefinition d = catalog.definition(definitionId);
    List<DeployedForm> out = new ArrayList<>();
    for (String name : repository.getDeploymentResourceNames(d.getDeploymentId())) {
      if (ModelKind.of(name).orElse(null) != ModelKind.FORM) {
        continue;
      }
      String json = read(d.getDeploymentId(), name);
      try {
        out.add(new DeployedForm(ModelRules.readFormId(json.getBytes(StandardCharsets.UTF_8)), name, json));
      } catch (IllegalArgumentException e) {
        // a form that is no JSON cannot be deployed any more; nothing to edit
      }
    }
    out.sort(java.util.Comparator.comparing(DeployedForm::key));
    return out;
  }

  public DeployedForm form(String definitionId, String formKey) {
    return forms(definitionId).stream().filter(f -> f.key().equals(formKey)).findFirst()
        .orElseThrow(() -> new ProcessNotFoundException(formKey));
  }

  /** Deploys the version's BPMN with the edited form as the next version of the process. */
  public ModelDeployment.Outcome deploy(String definitionId, String formKey, String json) {
    ProcessDefinition d = catalog.definition(definitionId);
    DeployedForm form = form(definitionId, formKey);
    String name = form.resourceName().substring(form.resourceName().replace('\\', '/').lastIndexOf('/') + 1);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(d.getResourceName().substring(d.getResourceName().replace('\\', '/').lastIndexOf('/') + 1),
        catalog.xml(definitionId));
    files.put(name, json.getBytes(StandardCharsets.UTF_8));
    String id = safeId(json);
    if (id != null && !formKey.equals(id)) {
      return new ModelDeployment.Outcome(List.of(ModelProblem.of(name, null, "formIdChanged", formKey)), null,
          List.of());
    }
    return deployment.deploy(d.getKey(), files);
  }

  private static String safeId(String json) {
    try {
      return ModelRules.readFormId(json.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String read(String deploymentId, String name) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
