package org.socialwork.flow.volunteer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.notification.NotificationCentre;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.ConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 取消活动: the organiser or a supervisor of the station (or an administrator) cancels a published activity before it
 * starts, with a reason. In one transaction: the activity is CANCELLED (with the reason, who, when), every sign-up and
 * place on the waiting list ends, nobody gets hours (the process leaves the organiser's hours task at
 * {@code Event_ActivityCancelled}), and everyone who was signed up with a login is told (notification
 * {@code CANCELLED}). An activity that has started, or whose hours are confirmed, is not cancelled: 409.
 */
@Service
class ActivityCancellation {

  private final ActivityMapper activities;
  private final VolunteerMapper volunteers;
  private final VolunteerAccess access;
  private final NotificationCentre notifications;
  private final RuntimeService runtime;
  private final Clock clock;

  ActivityCancellation(ActivityMapper activities, VolunteerMapper volunteers, VolunteerAccess access,
                       NotificationCentre notifications, RuntimeService runtime, Clock clock) {
    this.activities = activities;
    this.volunteers = volunteers;
    this.access = access;
    this.notifications = notifications;
    this.runtime = runtime;
    this.clock = clock;
  }

  record Cancelled(String status, int signupsEnded, int notified) {
  }

  /** Who may cancel: the organiser, the station's supervisors, administrators. */
  static boolean mayCancel(StaffMember m, Activity a) {
    return m.username().equals(a.organiser()) || m.stationsAs(Role.SUPERVISOR).contains(a.stationCode())
        || m.has(Role.ADMIN);
  }

  @Transactional
  public Cancelled cancel(String activityNo, Fields body, StaffMember member) {
    Activity seen = access.activity(activityNo, member);
    if (!mayCancel(member, seen)) {
      throw new AccessDeniedException("Only the organiser or the station's supervisors cancel an activity");
    }
    FormErrors errors = new FormErrors();
    String reason = Needs.text(body, "reason", 500, true, errors);
    errors.throwIfAny(body.values());
    Activity a = activities.lockById(seen.id());
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    if (!Activity.PUBLISHED.equals(a.status())) {
      throw new ConflictException("volunteer.cancel.notPublished", "Activity " + activityNo + " is " + a.status());
    }
    if (!now.isBefore(a.startsAt())) {
      throw new ConflictException("volunteer.cancel.started", "Activity " + activityNo + " has started");
    }
    List<Signup> signedUp = activities.findSignups(a.id()).stream().filter(Signup::active).toList();
    activities.cancelActivity(a.id(), reason, member.username(), now);
    int ended = activities.endSignups(a.id(), now);
    activities.setConfirmedCount(a.id(), 0);
    endProcess(a);
    int notified = 0;
    for (Signup s : signedUp) {
      String username = volunteers.findAnyByNo(s.volunteerNo()).map(Volunteer::username).orElse(null);
      if (username != null && notifications.tellCancelled(username, "cancelled:" + a.activityNo(), a.title(), reason,
          "/volunteer/activities/" + a.activityNo())) {
        notified++;
      }
    }
    return new Cancelled(Activity.CANCELLED, ended, notified);
  }

  /** The process leaves the hours task by its boundary message; an instance of an older model is deleted. */
  private void endProcess(Activity a) {
    if (a.processInstanceId() == null) {
      return;
    }
    try {
      runtime.createMessageCorrelation(VolunteerVariables.MESSAGE_CANCELLED).processInstanceId(a.processInstanceId())
          .correlate();
    } catch (MismatchingMessageCorrelationException olderModel) {
      runtime.deleteProcessInstance(a.processInstanceId(), "activity cancelled");
    }
  }
}
