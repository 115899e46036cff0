package org.socialwork.flow.system;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} part "engine": the process engine answers a query, its job executor runs (where this node
 * is configured to execute jobs), and how many jobs are due but not yet taken (the backlog: timers, escalations and
 * asynchronous continuations waiting for a thread). A growing backlog means the nodes' job executors do not keep up;
 * it does not make the node unhealthy, a stopped executor does.
 */
@Component("engine")
class EngineHealth implements HealthIndicator {

  private final ProcessEngine engine;

  EngineHealth(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public Health health() {
    ManagementService management = engine.getManagementService();
    long backlog = management.createJobQuery().executable().duedateLowerThan(new Date()).count();
    long failed = management.createJobQuery().noRetriesLeft().count();
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean executes = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isJobExecutorActivate();
    Health.Builder health = executes && (executor == null || !executor.isActive()) ? Health.down() : Health.up();
    return health.withDetail("name", engine.getName())
        .withDetail("jobExecutor", executor != null && executor.isActive() ? "running" : "stopped")
        .withDetail("jobBacklog", backlog)
        .withDetail("jobsWithoutRetries", failed)
        .build();
  }
}
