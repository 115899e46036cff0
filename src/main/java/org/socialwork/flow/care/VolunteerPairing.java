package org.socialwork.flow.care;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.WorkItemConflictException;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.socialwork.flow.volunteer.StationVolunteers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结对: a station's worker or supervisor pairs a target with a volunteer of the same station who has a login, or ends
 * the pairing. The target's row is locked while it changes, so of two pairings at once one wins and the other is told
 * the target is paired already (409). The open visit follows at once: a pairing sets its instance's volunteer and,
 * when the window is open, starts the volunteer's own task beside the worker's; ending it removes that task.
 */
@Service
class VolunteerPairing {

  static final String VOLUNTEER_TASK = "Task_VolunteerVisit";

  private final CareMapper care;
  private final StationVolunteers volunteers;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Clock clock;

  VolunteerPairing(CareMapper care, StationVolunteers volunteers, RuntimeService runtime, TaskService tasks,
                   Clock clock) {
    this.care = care;
    this.volunteers = volunteers;
    this.runtime = runtime;
    this.tasks = tasks;
    this.clock = clock;
  }

  private CareTarget target(Long id, StaffMember member) {
    CareTarget t = care.findTarget(id, member.scope()).orElseThrow(() -> new WorkItemNotFoundException("CT-" + id));
    if (!VisitRecording.mayRecord(member, t.stationCode())) {
      throw new AccessDeniedException("Only the station's workers and supervisors pair volunteers");
    }
    care.lockTarget(t.id());
    return care.findTargetById(t.id()).orElseThrow();
  }

  /** Pairs the target with the volunteer {@code volunteerNo} of its station. */
  @Transactional
  public CareTarget pair(Long targetId, Submission form, StaffMember member) {
    CareTarget t = target(targetId, member);
    String no = form.text("volunteerNo");
    FormErrors errors = new FormErrors();
    StationVolunteers.VolunteerCard v = null;
    if (no == null) {
      errors.reject("volunteerNo", "form.required");
    } else {
      v = volunteers.find(no).filter(x -> x.stationCode().equals(t.stationCode())).orElse(null);
      if (v == null) {
        errors.reject("volunteerNo", "form.option");
      } else if (v.username() == null) {
        errors.reject("volunteerNo", "care.pair.noLogin");
      }
    }
    errors.throwIfAny(form.values());
    if (care.pairVolunteer(t.id(), v.volunteerNo(), v.username(), v.fullName()) != 1) {
      throw new WorkItemConflictException("care.conflict.paired", t.number() + " is paired already");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    care.insertPairing(t.id(), t.stationCode(), v.volunteerNo(), v.fullName(), member.username(), now);
    for (CareVisit open : care.findOpenVisits(t.id())) {
      if (open.processInstanceId() == null) {
        continue;
      }
      runtime.setVariable(open.processInstanceId(), CareVariables.VOLUNTEER, v.username());
      boolean windowOpen = tasks.createTaskQuery().processInstanceId(open.processInstanceId())
          .taskDefinitionKey("Task_Visit").count() > 0;
      if (windowOpen) {
        runtime.createProcessInstanceModification(open.processInstanceId()).startBeforeActivity(VOLUNTEER_TASK)
            .execute();
      }
    }
    return care.findTargetById(t.id()).orElseThrow();
  }

  /** Ends the target's pairing; the volunteer's open visit task goes with it. */
  @Transactional
  public CareTarget unpair(Long targetId, StaffMember member) {
    CareTarget t = target(targetId, member);
    if (care.unpairVolunteer(t.id()) != 1) {
      throw new WorkItemConflictException("care.conflict.notPaired", t.number() + " is not paired");
    }
    care.endPairing(t.id(), member.username(), LocalDateTime.now(clock));
    for (CareVisit open : care.findOpenVisits(t.id())) {
      if (open.processInstanceId() == null) {
        continue;
      }
      runtime.setVariable(open.processInstanceId(), CareVariables.VOLUNTEER, null);
      if (tasks.createTaskQuery().processInstanceId(open.processInstanceId()).taskDefinitionKey(VOLUNTEER_TASK)
          .count() > 0) {
        runtime.createProcessInstanceModification(open.processInstanceId()).cancelAllForActivity(VOLUNTEER_TASK)
            .execute();
      }
    }
    return care.findTargetById(t.id()).orElseThrow();
  }
}
