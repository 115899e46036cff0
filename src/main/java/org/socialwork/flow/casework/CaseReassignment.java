package org.socialwork.flow.casework;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 移交个案: a station supervisor hands all open cases of one worker to a colleague. Each case moves in its own
 * transaction (case file, the processes' {@code responsibleWorker}, the worker's open tasks), in the background,
 * with the progress recorded so the page can show it for large batches.
 */
@Component
public class CaseReassignment {

  private static final Logger log = LoggerFactory.getLogger(CaseReassignment.class);
  private static final int CHUNK = 50;

  private final ReassignmentMapper reassignments;
  private final StaffDirectory staff;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "case-reassignment");
    t.setDaemon(true);
    return t;
  });

  CaseReassignment(ReassignmentMapper reassignments, StaffDirectory staff, RuntimeService runtime,
                   TaskService tasks, TransactionTemplate tx, Clock clock) {
    this.reassignments = reassignments;
    this.staff = staff;
    this.runtime = runtime;
    this.tasks = tasks;
    this.tx = tx;
    this.clock = clock;
  }

  /** The workers of a station the member supervises. */
  public List<Person> workersOf(String stationCode, StaffMember member) {
    requireSupervisor(stationCode, member);
    return staff.peopleAt(stationCode, Role.WORKER);
  }

  public int openCases(String stationCode, String worker) {
    return reassignments.countOpenCases(stationCode, worker);
  }

  /** Checks the request, records it and starts moving the cases; returns the reassignment's id. */
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
    tx.executeWithoutResult(s -> reassignments.insert(new Reassignment(null, stationCode, from, to,
        reassignments.countOpenCases(stationCode, from), 0, Reassignment.RUNNING, null, member.username(),
        LocalDateTime.now(clock), null), id));
    worker.execute(() -> move(id.getValue(), stationCode, from, to));
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
    reassignments.insert(new Reassignment(null, stationCode, from, to, ids.size(), ids.size(), Reassignment.DONE,
        null, requestedBy, now, now), id);
    ids.forEach(caseId -> moveCase(caseId, from, to));
    return ids.size();
  }

  public Reassignment find(Long id, StaffMember member) {
    Reassignment r = reassignments.find(id).orElseThrow(() -> new CaseNotFoundException("reassignment " + id));
    if (!member.stationsAs(Role.SUPERVISOR).contains(r.stationCode())) {
      throw new CaseNotFoundException("reassignment " + id);
    }
    return r;
  }

  private void move(Long id, String stationCode, String from, String to) {
    int done = 0;
    try {
      List<Long> batch;
      while (!(batch = reassignments.findOpenCaseIds(stationCode, from, CHUNK)).isEmpty()) {
        for (Long caseId : batch) {
          tx.executeWithoutResult(s -> moveCase(caseId, from, to));
          done++;
        }
        int progress = done;
        tx.executeWithoutResult(s -> reassignments.progress(id, progress));
      }
      tx.executeWithoutResult(s -> reassignments.finish(id, Reassignment.DONE, null, LocalDateTime.now(clock)));
    } catch (RuntimeException e) {
      log.error("Reassignment {} stopped after {} cases", id, done, e);
      String message = e.getClass().getSimpleName() + ": " + e.getMessage();
      tx.executeWithoutResult(s -> reassignments.finish(id, Reassignment.FAILED,
          message.substring(0, Math.min(1000, message.length())), LocalDateTime.now(clock)));
    }
  }

  private void moveCase(Long caseId, String from, String to) {
    reassignments.reassignCase(caseId, from, to);
    for (String pid : reassignments.findRunningProcesses(caseId)) {
      if (runtime.getVariable(pid, CaseworkVariables.RESPONSIBLE_WORKER) != null) {
        runtime.setVariable(pid, CaseworkVariables.RESPONSIBLE_WORKER, to);
      }
      for (Task t : tasks.createTaskQuery().processInstanceId(pid).taskAssignee(from).list()) {
        tasks.setAssignee(t.getId(), to);
      }
    }
  }

  private static void requireSupervisor(String stationCode, StaffMember member) {
    if (!member.stationsAs(Role.SUPERVISOR).contains(stationCode)) {
      throw new AccessDeniedException("Only the station's supervisors hand over its cases");
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  @PreDestroy
  void stop() {
    worker.shutdown();
  }
}
