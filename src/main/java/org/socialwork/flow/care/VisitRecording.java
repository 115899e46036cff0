package org.socialwork.flow.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.socialwork.flow.casework.IntakeRequests;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.WorkItemConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 记录探访: stores the record, completes the visit's task, and plans the next visit from the tier, in one
 * transaction. An emergency opens an intake request for the target (casework, source 探访发现) and, through the
 * process, an urgent task for the station's supervisors; the visit keeps the case number. Of two people recording
 * the same visit one wins, the other is told it was recorded meanwhile (409).
 */
@Service
class VisitRecording {

  static final List<String> VISIT_TASKS = List.of("Task_Visit", "Task_LateVisit");
  /** The paired volunteer's own task, open while the visit's window is. */
  static final List<String> VOLUNTEER_TASKS = List.of("Task_VolunteerVisit");
  /** Visits planned from a record fall due at the end of the working day. */
  static final LocalTime DUE_TIME = LocalTime.of(18, 0);

  private final CareMapper care;
  private final CareRecords records;
  private final TaskService tasks;
  private final IntakeRequests intake;
  private final VisitPlanning planning;
  private final Clock clock;

  VisitRecording(CareMapper care, CareRecords records, TaskService tasks, IntakeRequests intake,
                 VisitPlanning planning, Clock clock) {
    this.care = care;
    this.records = records;
    this.tasks = tasks;
    this.intake = intake;
    this.planning = planning;
    this.clock = clock;
  }

  static boolean mayRecord(StaffMember member, String station) {
    return member.stationsAs(Role.WORKER).contains(station) || member.stationsAs(Role.SUPERVISOR).contains(station);
  }

  /** Whether the member records this visit: the station's staff, or the volunteer paired with its target. */
  static boolean mayRecord(StaffMember member, CareVisit visit, CareTarget target) {
    return mayRecord(member, visit.stationCode()) || target.pairedWith(member.username());
  }

  /**
   * Answers the id of the next planned visit (null when the target no longer consents). The paired volunteer records
   * through their own task (while the window is open); the case an emergency opens is registered by the responsible
   * worker in their name, the record keeps who recorded it.
   */
  @Transactional
  public Long record(Long visitId, Submission form, StaffMember member) {
    CareVisit visit = records.visitFor(visitId, member);
    CareTarget target = care.findTargetById(visit.targetId()).orElseThrow();
    boolean staff = mayRecord(member, visit.stationCode());
    if (!staff && !target.pairedWith(member.username())) {
      throw new AccessDeniedException("Only the station's workers and supervisors and the paired volunteer record");
    }
    if (!visit.open()) {
      throw new WorkItemConflictException("recorded", "CV-" + visitId + " was recorded already");
    }
    VisitRecord r = VisitRecord.of(form, LocalDate.now(clock));
    Task task = openTask(visit, staff ? VISIT_TASKS : VOLUNTEER_TASKS);
    LocalDateTime now = LocalDateTime.now(clock);
    int stored = care.recordVisit(new CareVisit(visit.id(), null, null, null, null, null, null, null, null, null,
        r.visitedOn(), r.method(), r.contactMade(), r.noContactReason(), r.healthItems(), r.healthNote(),
        r.economicItems(), r.economicNote(), r.familyItems(), r.familyNote(), r.safetyItems(), r.safetyNote(),
        r.needsItems(), r.needsNote(), r.riskChange(), r.nextStep(), r.emergency(), null, null, member.username(),
        now));
    if (stored != 1) {
      throw new WorkItemConflictException("recorded", "CV-" + visitId + " was recorded meanwhile");
    }
    if (r.emergency() != null) {
      String caseNo = intake.open(new IntakeRequests.Request(target.clientId(), target.stationCode(), "care_visit",
          "关爱探访记录 " + visit.number(), "探访发现紧急情况（" + r.emergency() + "）：" + nonNull(r.healthNote())
          + nonNull(r.safetyNote()) + " 探访记录 " + visit.number(), true),
          staff ? member.username() : target.workerUsername());
      care.setIntakeCase(visit.id(), caseNo);
    }
    try {
      tasks.complete(task.getId(), CareVariables.recorded(r.emergency() != null, r.safetyRisk(), r.guardianship(),
          r.basicNeedsUnmet(), r.riskChange()));
    } catch (OptimisticLockingException e) {
      throw new WorkItemConflictException("recorded", "CV-" + visitId + " was recorded meanwhile");
    }
    if ("died".equals(r.noContactReason())) {
      return null;
    }
    return planning.planAfter(target, r.visitedOn().atTime(DUE_TIME));
  }

  private Task openTask(CareVisit visit, List<String> keys) {
    Task task;
    try {
      task = tasks.createTaskQuery().processInstanceId(visit.processInstanceId())
          .taskDefinitionKeyIn(keys.toArray(String[]::new)).singleResult();
    } catch (ProcessEngineException e) {
      task = null;
    }
    if (task == null) {
      throw new WorkItemConflictException("notOpen", "The window of CV-" + visit.id() + " opens on "
          + visit.windowOpens().toLocalDate());
    }
    return task;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s + " ";
  }
}
