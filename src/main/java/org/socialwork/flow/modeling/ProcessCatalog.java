package org.socialwork.flow.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** What the administration pages show: definitions, versions, where they came from, running instances, incidents. */
@Component
public class ProcessCatalog {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final ModelAudit audit;

  ProcessCatalog(RepositoryService repository, RuntimeService runtime, ManagementService management, ModelAudit audit) {
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.audit = audit;
  }

  /** One process key with its latest version and totals over all versions. */
  public record ProcessSummary(String key, String name, int latestVersion, String latestDefinitionId, int versions,
                               long running, long incidents) {
  }

  /** One version of a process. {@code deployedBy} is null for the application's own start-up deployment. */
  public record VersionRow(String definitionId, String key, String name, int version, String resourceName,
                           String deploymentId, Date deployedAt, String source, String deployedBy, long running,
                           long incidents, boolean latest) {
  }

  /** Instances waiting at one activity of a version (the overlay of the diagram). */
  public record ActivityCount(String activityId, int instances, int incidents) {
  }

  public List<ProcessSummary> processes() {
    Map<String, List<VersionRow>> byKey = new LinkedHashMap<>();
    for (VersionRow v : rows(repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
        .orderByProcessDefinitionVersion().desc().list())) {
      byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
    }
    List<ProcessSummary> out = new ArrayList<>();
    byKey.forEach((key, versions) -> {
      VersionRow latest = versions.get(0);
      out.add(new ProcessSummary(key, latest.name(), latest.version(), latest.definitionId(), versions.size(),
          versions.stream().mapToLong(VersionRow::running).sum(),
          versions.stream().mapToLong(VersionRow::incidents).sum()));
    });
    return out;
  }

  public List<VersionRow> versions(String key) {
    List<VersionRow> rows = rows(repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .orderByProcessDefinitionVersion().desc().list());
    if (rows.isEmpty()) {
      throw new ProcessNotFoundException(key);
    }
    return rows;
  }

  public VersionRow version(String definitionId) {
    ProcessDefinition d = definition(definitionId);
    return versions(d.getKey()).stream().filter(v -> v.definitionId().equals(definitionId)).findFirst()
        .orElseThrow(() -> new ProcessNotFoundException(definitionId));
  }

  public ProcessDefinition definition(String definitionId) {
    ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
    if (d == null) {
      throw new ProcessNotFoundException(definitionId);
    }
    return d;
  }

  public List<ActivityCount> waiting(String definitionId) {
    List<ActivityCount> out = new ArrayList<>();
    for (ActivityStatistics s : management.createActivityStatisticsQuery(definitionId).includeIncidents().list()) {
      int incidents = s.getIncidentStatistics().stream().mapToInt(i -> i.getIncidentCount()).sum();
      out.add(new ActivityCount(s.getId(), s.getInstances(), incidents));
    }
    out.sort(Comparator.comparing(ActivityCount::activityId));
    return out;
  }

  public byte[] xml(String definitionId) {
    ProcessDefinition d = definition(definitionId);
    try (InputStream in = repository.getResourceAsStream(d.getDeploymentId(), d.getResourceName())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<VersionRow> rows(List<ProcessDefinition> definitions) {
    Map<String, Deployment> deployments = new LinkedHashMap<>();
    for (ProcessDefinition d : definitions) {
      deployments.computeIfAbsent(d.getDeploymentId(),
          id -> repository.createDeploymentQuery().deploymentId(id).singleResult());
    }
    Map<String, AuditEntry> who = audit.deployers(new ArrayList<>(deployments.keySet()));
    Map<String, Integer> latest = new LinkedHashMap<>();
    for (ProcessDefinition d : definitions) {
      latest.merge(d.getKey(), d.getVersion(), Math::max);
    }
    List<VersionRow> out = new ArrayList<>();
    for (ProcessDefinition d : definitions) {
      Deployment deployment = deployments.get(d.getDeploymentId());
      AuditEntry by = who.get(d.getDeploymentId());
      out.add(new VersionRow(d.getId(), d.getKey(), d.getName() == null ? d.getKey() : d.getName(), d.getVersion(),
          d.getResourceName(), d.getDeploymentId(), deployment == null ? null : deployment.getDeploymentTime(),
          deployment == null ? null : deployment.getSource(), by == null ? null : by.username(),
          runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count(),
          runtime.createIncidentQuery().processDefinitionId(d.getId()).count(),
          latest.get(d.getKey()) == d.getVersion()));
    }
    return out;
  }
}
