package org.socialwork.flow.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.socialwork.flow.form.FormSchema;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms schema of a start event or user task, as deployed with its process version
 * ({@code camunda:formRef}, binding {@code deployment}). Deployed forms never change, so they are cached
 * by process definition and activity.
 */
@Component
public class TaskForms {

  private final FormService forms;
  private final RepositoryService repository;
  private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();
  private final LatestDefinitions latest;

  public TaskForms(FormService forms, RepositoryService repository, LatestDefinitions latest) {
    this.forms = forms;
    this.repository = repository;
    this.latest = latest;
  }

  /** The latest active version of the process (kept per node, see {@link LatestDefinitions}). */
  public ProcessDefinition latest(String processKey) {
    return latest.latest(processKey, key -> repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().active().singleResult());
  }

  public FormSchema startForm(ProcessDefinition definition) {
    return cache.computeIfAbsent(definition.getId() + "#start",
        k -> read(forms.getDeployedStartForm(definition.getId())));
  }

  public FormSchema taskForm(String taskId, String processDefinitionId, String taskKey) {
    return cache.computeIfAbsent(processDefinitionId + "#" + taskKey, k -> read(forms.getDeployedTaskForm(taskId)));
  }

  /**
   * A form deployed with the latest version of a process but used outside its tasks (e.g. the case note form
   * of casework), found by its file name in that deployment.
   */
  public FormSchema deployedForm(String processKey, String formId) {
    ProcessDefinition definition = latest(processKey);
    if (definition == null) {
      throw new IllegalStateException("Process " + processKey + " is not deployed");
    }
    String deploymentId = definition.getDeploymentId();
    return cache.computeIfAbsent(deploymentId + "#" + formId, k -> repository.getDeploymentResourceNames(deploymentId)
        .stream().filter(name -> isFile(name, formId + ".form")).findFirst()
        .map(name -> read(repository.getResourceAsStream(deploymentId, name)))
        .orElseThrow(() -> new IllegalStateException("Form " + formId + " is not deployed with " + processKey)));
  }

  /** The file itself, not one whose name merely ends the same (follow-up.form is not action-item-follow-up.form). */
  private static boolean isFile(String resourceName, String fileName) {
    String name = resourceName.replace('\\', '/');
    return name.equals(fileName) || name.endsWith("/" + fileName);
  }

  private static FormSchema read(InputStream in) {
    try (in) {
      return FormSchema.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
