package org.socialwork.flow.modeling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving running instances from one version to another with Camunda's migration API: a plan generated from equal
 * activities, shown as a mapping; the administrator chooses instances (only those waiting at mapped activities can be
 * chosen); the migration runs as a batch whose progress the pages show; the rest finish on their own version.
 */
@Component
public class InstanceMigration {

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ManagementService management;
  private final HistoryService history;
  private final ProcessCatalog catalog;
  private final ModelAudit audit;

  InstanceMigration(RuntimeService runtime, RepositoryService repository, ManagementService management,
                    HistoryService history, ProcessCatalog catalog, ModelAudit audit) {
    this.runtime = runtime;
    this.repository = repository;
    this.management = management;
    this.history = history;
    this.catalog = catalog;
    this.audit = audit;
  }

  public record Mapping(String sourceActivityId, String sourceName, String targetActivityId, String targetName) {
  }

  public record Candidate(String processInstanceId, String businessKey, List<String> activities, boolean migratable) {
  }

  public record Proposal(ProcessDefinition source, ProcessDefinition target, List<Mapping> mappings,
                         List<String> unmappedWaiting, List<Candidate> instances) {
  }

  public record Progress(String batchId, int total, int completed, int remaining, int failed, boolean done) {
  }

  public Proposal propose(String sourceDefinitionId, String targetDefinitionId) {
    ProcessDefinition source = catalog.definition(sourceDefinitionId);
    ProcessDefinition target = catalog.definition(targetDefinitionId);
    if (!source.getKey().equals(target.getKey()) || source.getId().equals(target.getId())) {
      throw new InvalidParameterException("target", "Migrate between two versions of one process");
    }
    MigrationPlan plan = plan(source.getId(), target.getId());
    BpmnModelInstance from = repository.getBpmnModelInstance(source.getId());
    BpmnModelInstance to = repository.getBpmnModelInstance(target.getId());
    List<Mapping> mappings = new ArrayList<>();
    Set<String> mapped = new HashSet<>();
    for (MigrationInstruction i : plan.getInstructions()) {
      mapped.add(i.getSourceActivityId());
      mappings.add(new Mapping(i.getSourceActivityId(), name(from, i.getSourceActivityId()), i.getTargetActivityId(),
          name(to, i.getTargetActivityId())));
    }
    List<String> unmapped = new ArrayList<>();
    for (ProcessCatalog.ActivityCount c : catalog.waiting(source.getId())) {
      if (!mapped.contains(c.activityId())) {
        unmapped.add(c.activityId());
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
        .orderByBusinessKey().asc().listPage(0, 500)) {
      List<String> active = runtime.getActiveActivityIds(pi.getId());
      candidates.add(new Candidate(pi.getId(), pi.getBusinessKey(), active, mapped.containsAll(active)));
    }
    return new Proposal(source, target, mappings, unmapped, candidates);
  }

  /**
   * Starts the migration of the chosen instances as a batch (the job executor runs it) and records it in the audit.
   * Instances that are not of the source version, or wait at an activity the plan does not map, refuse it.
   */
  @Transactional
  public Batch start(String sourceDefinitionId, String targetDefinitionId, List<String> instanceIds, String username) {
    Proposal proposal = propose(sourceDefinitionId, targetDefinitionId);
    Set<String> chosen = new LinkedHashSet<>(instanceIds);
    if (chosen.isEmpty()) {
      throw new MigrationRefusedException("modeling.migrate.noneChosen");
    }
    Set<String> migratable = new HashSet<>();
    proposal.instances().stream().filter(Candidate::migratable).forEach(c -> migratable.add(c.processInstanceId()));
    if (!migratable.containsAll(chosen)) {
      throw new MigrationRefusedException("modeling.migrate.notMigratable");
    }
    Batch batch = runtime.newMigration(plan(sourceDefinitionId, targetDefinitionId))
        .processInstanceIds(new ArrayList<>(chosen)).executeAsync();
    audit.migrated(username, proposal.source().getKey(), proposal.source().getVersion(),
        proposal.target().getVersion(), batch.getId(), chosen.size());
    return batch;
  }

  public Progress progress(String batchId) {
    BatchStatistics s = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    if (s != null) {
      return new Progress(batchId, s.getTotalJobs(), s.getCompletedJobs(), s.getRemainingJobs(), s.getFailedJobs(),
          false);
    }
    HistoricBatch h = history.createHistoricBatchQuery().batchId(batchId).singleResult();
    if (h == null) {
      throw new ProcessNotFoundException(batchId);
    }
    return new Progress(batchId, h.getTotalJobs(), h.getTotalJobs(), 0, 0, h.getEndTime() != null);
  }

  private MigrationPlan plan(String source, String target) {
    return runtime.createMigrationPlan(source, target).mapEqualActivities().updateEventTriggers().build();
  }

  private static String name(BpmnModelInstance model, String id) {
    ModelElementInstance e = model.getModelElementById(id);
    return e instanceof FlowElement f && f.getName() != null ? f.getName() : id;
  }
}
