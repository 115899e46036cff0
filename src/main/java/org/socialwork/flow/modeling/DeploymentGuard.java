package org.socialwork.flow.modeling;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one gate every deployment passes, whichever way it comes (the administration pages, /engine-rest from Camunda
 * Modeler, the start-up deployment): an engine plugin whose pre-deployer runs {@link ModelRules} on the new
 * deployment's files, carries the forms and decisions it references from earlier deployments, and refuses it with
 * every problem listed (the engine's transaction rolls back, nothing is deployed). Its post-deployer records who
 * deployed which process version in the model audit.
 *
 * <p>Deployments the engine re-reads into its cache (not new) are left alone: they passed when they came. The
 * application's own start-up deployment (no signed-in user) is reviewed too, but its problems are logged rather than
 * stopping the application; {@code RepositoryModelsTests} keeps the models in bpmn/ and forms/ to the rules.
 */
@Component
public class DeploymentGuard extends AbstractProcessEnginePlugin {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeploymentGuard.class);

  private final ModelRules rules;
  private final ObjectProvider<ModelAudit> audit;
  private final ObjectProvider<MessageSource> messages;

  public DeploymentGuard(ModelRules rules, ObjectProvider<ModelAudit> audit, ObjectProvider<MessageSource> messages) {
    this.rules = rules;
    this.audit = audit;
    this.messages = messages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> pre = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    pre.add(this::check);
    configuration.setCustomPreDeployers(pre);
    List<Deployer> post = configuration.getCustomPostDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostDeployers());
    post.add(this::record);
    configuration.setCustomPostDeployers(post);
  }

  /** An English message for a problem (what /engine-rest and the logs show). */
  public String english(ModelProblem p) {
    return messages.getObject().getMessage(p.messageCode(), p.args().toArray(), p.code(), Locale.ENGLISH);
  }

  private void check(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> files.put(name, resource.getBytes()));
    CommandContext commandContext = Context.getCommandContext();
    ModelRules.Review review = rules.review(files, new EngineDeployedModels(commandContext));
    if (!review.passed()) {
      List<ModelProblem> code = review.problems().stream().filter(ModelProblem::isCode).toList();
      if (signedIn() == null && code.isEmpty()) {
        // the application's own start-up deployment of bpmn/ and forms/: reviewed code, guarded by
        // RepositoryModelsTests; refusing it would stop the application, so it is reported instead
        LOG.warn(new ModelRefusedException(review.problems(), this::english).getMessage());
      } else if (signedIn() == null) {
        // code in a model (or a bean not published to models) is refused even at start-up
        throw new ModelRefusedException(code, this::english);
      } else {
        throw new ModelRefusedException(review.problems(), this::english);
      }
    }
    review.carried().forEach((name, bytes) -> {
      ResourceEntity resource = new ResourceEntity();
      resource.setName(name);
      resource.setBytes(bytes);
      resource.setDeploymentId(deployment.getId());
      resource.setType(ResourceTypes.REPOSITORY.getValue());
      resource.setCreateTime(ClockUtil.getCurrentTime());
      commandContext.getResourceManager().insertResource(resource);
      deployment.addResource(resource);
    });
  }

  private void record(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    String username = signedIn();
    if (username == null) {
      // the start-up deployment of the application's own models: listed from the engine as such
      return;
    }
    List<ProcessDefinition> definitions = deployment.getDeployedProcessDefinitions();
    if (definitions == null || definitions.isEmpty()) {
      audit.getObject().deployed(username, null, null, deployment.getId(), deployment.getSource(),
          String.join(", ", deployment.getResources().keySet()), new Date());
      return;
    }
    for (ProcessDefinition d : definitions) {
      audit.getObject().deployed(username, d.getKey(), d.getVersion(), deployment.getId(), deployment.getSource(),
          String.join(", ", deployment.getResources().keySet()), new Date());
    }
  }

  /** Who deploys: the signed-in user of the page or of /engine-rest; null for the application itself. */
  private static String signedIn() {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    return who == null || !who.isAuthenticated() || "anonymousUser".equals(who.getName()) ? null : who.getName();
  }

  /** Looks up earlier deployments inside the deploying command (same transaction). */
  record EngineDeployedModels(CommandContext context) implements DeployedModels {

    @Override
    public Optional<ModelFile> latestForm(String formKey) {
      CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey);
      return form == null ? Optional.empty() : file(form.getDeploymentId(), form.getResourceName());
    }

    @Override
    public Optional<ModelFile> latestDecision(String decisionKey) {
      DecisionDefinitionEntity decision = context.getDecisionDefinitionManager()
          .findLatestDecisionDefinitionByKey(decisionKey);
      return decision == null ? Optional.empty() : file(decision.getDeploymentId(), decision.getResourceName());
    }

    @Override
    public boolean groupExists(String groupId) {
      return context.getReadOnlyIdentityProvider().findGroupById(groupId) != null;
    }

    private Optional<ModelFile> file(String deploymentId, String name) {
      ResourceEntity r = context.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, name);
      return r == null ? Optional.empty() : Optional.of(new ModelFile(name, r.getBytes()));
    }
  }
}
