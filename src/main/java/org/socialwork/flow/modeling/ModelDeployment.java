package org.socialwork.flow.modeling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Deploying models from the administration pages: the files are checked, then deployed as one deployment, which
 * passes {@link DeploymentGuard} like any other (the project rules, the forms it references carried along, the audit).
 * A refused deployment leaves nothing behind: the engine's transaction rolls back.
 */
@Component
public class ModelDeployment {

  /** The deployment source the pages write (Camunda Modeler writes its own). */
  public static final String SOURCE = "socialwork-flow admin";

  private final RepositoryService repository;
  private final ProcessEngineConfigurationImpl configuration;
  private final ModelRules rules;

  ModelDeployment(RepositoryService repository, ProcessEngineConfigurationImpl configuration, ModelRules rules) {
    this.repository = repository;
    this.configuration = configuration;
    this.rules = rules;
  }

  /** The outcome: problems (nothing deployed) or the new process definitions. */
  public record Outcome(List<ModelProblem> problems, String deploymentId, List<ProcessDefinition> definitions) {
    public boolean deployed() {
      return problems.isEmpty();
    }
  }

  /**
   * Everything that would refuse these files, without deploying: the project's rules and Camunda's own BPMN parser,
   * inside one engine command so that earlier deployments are looked up as the deployment itself would.
   */
  public List<ModelProblem> check(Map<String, byte[]> files) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      ModelRules.Review review = rules.review(files, new DeploymentGuard.EngineDeployedModels(context));
      List<ModelProblem> problems = new ArrayList<>(review.problems());
      if (!problems.isEmpty()) {
        return problems;
      }
      DeploymentEntity draft = new DeploymentEntity();
      draft.setNew(false);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        if (ModelKind.of(f.getKey()).orElse(null) != ModelKind.BPMN) {
          continue;
        }
        try {
          bpmnParser().createParse().sourceInputStream(new ByteArrayInputStream(f.getValue()))
              .deployment(draft).name(f.getKey()).execute();
        } catch (ParseException e) {
          problems.addAll(engineProblems(e));
        } catch (ProcessEngineException e) {
          problems.add(ModelProblem.of(f.getKey(), null, "engine", e.getMessage()));
        }
      }
      return problems;
    });
  }

  public Outcome deploy(String name, Map<String, byte[]> files) {
    List<ModelProblem> problems = new ArrayList<>();
    files.forEach((fileName, bytes) -> problems.addAll(rules.checkFile(fileName, bytes)));
    if (files.isEmpty()) {
      problems.add(ModelProblem.of("", null, "noFiles"));
    }
    if (!problems.isEmpty()) {
      return new Outcome(problems, null, List.of());
    }
    DeploymentBuilder builder = repository.createDeployment()
        .name(name.length() > 200 ? name.substring(0, 199) + "…" : name).source(SOURCE);
    files.forEach((fileName, bytes) -> builder.addInputStream(fileName, new ByteArrayInputStream(bytes)));
    try {
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      List<ProcessDefinition> definitions = deployment.getDeployedProcessDefinitions() == null ? List.of()
          : deployment.getDeployedProcessDefinitions();
      return new Outcome(List.of(), deployment.getId(), definitions);
    } catch (ModelRefusedException e) {
      return new Outcome(e.problems(), null, List.of());
    } catch (ParseException e) {
      return new Outcome(engineProblems(e), null, List.of());
    } catch (ProcessEngineException e) {
      return new Outcome(List.of(ModelProblem.of(String.join(", ", files.keySet()), null, "engine", e.getMessage())),
          null, List.of());
    }
  }

  private org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser bpmnParser() {
    return configuration.getDeployers().stream()
        .filter(d -> d instanceof org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer)
        .map(d -> ((org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer) d).getBpmnParser())
        .findFirst().orElseThrow();
  }

  private static List<ModelProblem> engineProblems(ParseException e) {
    List<ModelProblem> out = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem p : report.getErrors()) {
        out.add(ModelProblem.of(report.getResourceName(), p.getMainElementId(), "engine", p.getMessage()));
      }
    }
    if (out.isEmpty()) {
      out.add(ModelProblem.of("", null, "engine", e.getMessage()));
    }
    return out;
  }
}
