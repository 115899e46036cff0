package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 移交个案: a station supervisor hands all open cases of one worker to a colleague. The cases move in the
 * background as engine jobs, one batch per job ({@link CaseHandoverJobs}): a job moves up to
 * {@code socialwork.reassignment.batch-size} cases (case file, the processes' {@code responsibleWorker}, the
 * worker's open tasks), adds them to the progress and schedules the next batch, all in the job's one transaction.
 * Any node's job executor takes the next job, so a node that dies mid-way leaves its batch uncommitted and another
 * node does it again once the dead node's lock on the job has expired. Moving a case is conditional (only while the
 * case is still the leaving worker's) and recorded once per case in {@code reassignment_case} (primary key
 * reassignment and case), so a batch run twice moves no case twice.
 */
@Component
public class CaseReassignment {

  private static final Logger log = LoggerFactory.getLogger(CaseReassignment.class);

  private final ReassignmentMapper reassignments;
  private final StaffDirectory staff;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ProcessEngine engine;
  private final TransactionTemplate tx;
  private final TransactionTemplate separately;
  private final Clock clock;
  private final int batchSize;
  private final long jobPriority;

  CaseReassignment(ReassignmentMapper reassignments, StaffDirectory staff, RuntimeService runtime,
                   TaskService tasks, ProcessEngine engine, PlatformTransactionManager transactions, Clock clock,
                   @Value("${socialwork.reassignment.batch-size:50}") int batchSize,
                   @Value("${socialwork.reassignment.job-priority:0}") long jobPriority) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("socialwork.reassignment.batch-size must be at least 1: " + batchSize);
    }
    this.reassignments = reassignments;
    this.staff = staff;
    this.runtime = runtime;
    this.tasks = tasks;
    this.engine = engine;
    this.tx = new TransactionTemplate(transactions);
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.batchSize = batchSize;
    this.jobPriority = jobPriority;
  }

  /** The workers of a station the member supervises. */
  public List<Person> workersOf(String stationCode, StaffMember member) {
    requireSupervisor(stationCode, member);
    return staff.peopleAt(stationCode, Role.WORKER);
  }

  public int openCases(String stationCode, String worker) {
    return reassignments.countOpenCases(stationCode, worker);
  }

  /**
   * Checks the request, records it and schedules its first batch as an engine job, in one transaction (so there is
   * no recorded hand-over without a job to carry it out); returns the reassignment's id.
   */
  public Long start(String stationCode, Map<String, Object> submitted, StaffMember member) {
    requireSupervisor(stationCode, member);
    String from = text(submitted.get("fromWorker"));
    String to = text(submitted.get("toWorker"));
    List<String> workers = staff.peopleAt(stationCode, Role.WORKER).stream().map(Person::username).toList();
    FormErrors errors = new FormErrors();
    if (from == null || !workers.contains(from)) {
      errors.reject("fromWorker", "form.option");
    }
    if (to == null || !workers.contains(to)) {
      errors.reject("toWorker", "form.option");
    } else if (to.equals(from)) {
      errors.reject("toWorker", "reassign.same");
    }
    errors.throwIfAny(submitted);

    ReassignmentMapper.GeneratedId id = new ReassignmentMapper.GeneratedId();
    tx.executeWithoutResult(s -> {
      reassignments.insert(new Reassignment(null, stationCode, from, to,
          reassignments.countOpenCases(stationCode, from), 0, Reassignment.RUNNING, null, member.username(),
          LocalDateTime.now(clock), null), id);
      configuration().getCommandExecutorTxRequired().execute(context -> {
        CaseHandoverJobs.schedule(context, id.getValue(), jobPriority);
        return null;
      });
    });
    return id.getValue();
  }

  /**
   * 移交个案 for a person who leaves, asked by an administrator (organisation's leaving procedure): every open case of
   * {@code from} at the station moves to {@code to} in the caller's transaction, recorded as a finished reassignment.
   * The checks (colleague active and a worker of the station) are the caller's.
   */
  public int handOverNow(String stationCode, String from, String to, String requestedBy) {
    List<Long> ids = reassignments.findOpenCaseIds(stationCode, from, Integer.MAX_VALUE);
    LocalDateTime now = LocalDateTime.now(clock);
    ReassignmentMapper.GeneratedId id = new ReassignmentMapper.GeneratedId();
    reassignments.insert(new Reassignment(null, stationCode, from, to, ids.size(), 0, Reassignment.RUNNING,
        null, requestedBy, now, null), id);
    int moved = 0;
    for (Long caseId : ids) {
      if (moveCase(id.getValue(), caseId, from, to, configuration().getHostname())) {
        moved++;
      }
    }
    reassignments.progress(id.getValue(), moved);
    reassignments.finish(id.getValue(), Reassignment.DONE, null, now);
    return moved;
  }

  public Reassignment find(Long id, StaffMember member) {
    Reassignment r = reassignments.find(id).orElseThrow(() -> new CaseNotFoundException("reassignment " + id));
    if (!member.stationsAs(Role.SUPERVISOR).contains(r.stationCode())) {
      throw new CaseNotFoundException("reassignment " + id);
    }
    return r;
  }

  /**
   * One batch, inside the job's command (and so its transaction): moves up to a batch of the worker's open cases,
   * adds them to the progress, then either schedules the next batch with the same priority or marks the hand-over
   * done. A hand-over that is no longer running (done, failed) is left alone. When the job fails on its last retry,
   * the hand-over is marked failed in a transaction of its own once the job's has rolled back, and the error is
   * rethrown, so the engine keeps the failed job, with its stack trace, for Cockpit.
   */
  void runBatch(Long id, CommandContext context) {
    JobEntity job = context.getCurrentJob();
    try {
      Reassignment r = reassignments.find(id).orElse(null);
      if (r == null || !r.running()) {
        return;
      }
      List<Long> batch = reassignments.findOpenCaseIds(r.stationCode(), r.fromWorker(), batchSize);
      String node = context.getProcessEngineConfiguration().getHostname();
      int moved = 0;
      for (Long caseId : batch) {
        if (moveCase(id, caseId, r.fromWorker(), r.toWorker(), node)) {
          moved++;
        }
      }
      if (moved > 0) {
        reassignments.progress(id, moved);
      }
      if (batch.size() < batchSize) {
        reassignments.finish(id, Reassignment.DONE, null, LocalDateTime.now(clock));
      } else {
        CaseHandoverJobs.schedule(context, id, job == null ? jobPriority : job.getPriority());
      }
    } catch (RuntimeException e) {
      if (job == null || job.getRetries() <= 1) {
        log.error("Reassignment {} stopped", id, e);
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        // once the job's transaction has rolled back: before, its locks (the moved cases' rows, the foreign-key
        // check of reassignment_case on the reassignment's row) would make this update wait for it
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            separately.executeWithoutResult(s -> reassignments.finish(id, Reassignment.FAILED,
                message.substring(0, Math.min(1000, message.length())), LocalDateTime.now(clock)));
          }
        });
      } else {
        log.warn("Reassignment {}: a batch failed, the engine retries it ({} retries left): {}", id,
            job.getRetries() - 1, e.toString());
      }
      throw e;
    }
  }

  /** Moves one case if it is still {@code from}'s, and records it; false when it was not (moved already). */
  private boolean moveCase(Long reassignmentId, Long caseId, String from, String to, String node) {
    if (reassignments.reassignCase(caseId, from, to) == 0) {
      return false;
    }
    reassignments.recordMoved(reassignmentId, caseId, node, LocalDateTime.now(clock));
    for (String pid : reassignments.findRunningProcesses(caseId)) {
      if (runtime.getVariable(pid, CaseworkVariables.RESPONSIBLE_WORKER) != null) {
        runtime.setVariable(pid, CaseworkVariables.RESPONSIBLE_WORKER, to);
      }
      for (Task t : tasks.createTaskQuery().processInstanceId(pid).taskAssignee(from).list()) {
        tasks.setAssignee(t.getId(), to);
      }
    }
    return true;
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private static void requireSupervisor(String stationCode, StaffMember member) {
    if (!member.stationsAs(Role.SUPERVISOR).contains(stationCode)) {
      throw new AccessDeniedException("Only the station's supervisors hand over its cases");
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
