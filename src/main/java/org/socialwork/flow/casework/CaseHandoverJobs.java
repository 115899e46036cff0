package org.socialwork.flow.casework;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's job type for a case hand-over's batches ({@link CaseReassignment}): a message job of type
 * {@value #TYPE} whose configuration is the reassignment's id. Being an engine job, it is taken by whichever node's
 * job executor acquires it (an optimistic lock on the job's row), tried three times when it fails, and taken
 * again by another node when the node that locked it dies (after
 * {@code camunda.bpm.job-execution.lock-time-in-millis}).
 * The jobs have no process instance; find them in {@code ACT_RU_JOB} by {@code HANDLER_TYPE_} (Cockpit lists failed
 * ones under the engine's jobs).
 */
@Component
class CaseHandoverJobs extends AbstractProcessEnginePlugin {

  static final String TYPE = "socialwork-case-handover";

  /** Looked up when a job runs: the engine (and so this plugin) is built before the beans that use the engine. */
  private final ObjectProvider<CaseReassignment> reassignment;

  CaseHandoverJobs(ObjectProvider<CaseReassignment> reassignment) {
    this.reassignment = reassignment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers();
    if (handlers == null) {
      handlers = new ArrayList<>();
      configuration.setCustomJobHandlers(handlers);
    }
    handlers.add(new Handler());
  }

  /** Schedules the next batch of reassignment {@code id}, in the command's transaction. */
  static void schedule(CommandContext context, Long id, long priority) {
    MessageEntity message = new MessageEntity();
    message.setJobHandlerType(TYPE);
    message.setJobHandlerConfiguration(new Batch(id));
    message.setPriority(priority);
    context.getJobManager().send(message);
  }

  /** The job's configuration: the reassignment's id. */
  record Batch(Long reassignmentId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return String.valueOf(reassignmentId);
    }
  }

  private final class Handler implements JobHandler<Batch> {
    @Override
    public String getType() {
      return TYPE;
    }

    @Override
    public void execute(Batch batch, ExecutionEntity execution, CommandContext context, String tenantId) {
      reassignment.getObject().runBatch(batch.reassignmentId(), context);
    }

    @Override
    public Batch newConfiguration(String canonicalString) {
      return new Batch(Long.valueOf(canonicalString));
    }

    @Override
    public void onDelete(Batch batch, JobEntity job) {
      // nothing of its own to clean up: the reassignment row keeps its progress
    }
  }
}
