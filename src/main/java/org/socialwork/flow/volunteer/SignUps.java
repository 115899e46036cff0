package org.socialwork.flow.volunteer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.ConflictException;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报名: a volunteer signs up for a published activity until its deadline (the station's staff also after it: a
 * walk-in). Confirmed while places are left, else on the waiting list; a cancellation of a confirmed place moves the
 * first on the waiting list up. Every sign-up and cancellation of an activity locks its row first
 * ({@code SELECT … FOR UPDATE}), so they run one after the other and the confirmed never exceed the quota, however many
 * arrive at once. A second sign-up of one volunteer: 409.
 */
@Service
class SignUps {

  private final ActivityMapper activities;
  private final VolunteerAccess access;
  private final Clock clock;

  SignUps(ActivityMapper activities, VolunteerAccess access, Clock clock) {
    this.activities = activities;
    this.access = access;
    this.clock = clock;
  }

  record Cancelled(String status, String promoted) {
  }

  @Transactional
  public String signUp(String activityNo, String volunteerNo, StaffMember member) {
    Activity seen = access.activity(activityNo, member);
    Volunteer v = access.participant(volunteerNo, seen, member);
    if (!access.eligible(v, seen)) {
      throw new NotFoundException("No activity " + activityNo + " for " + volunteerNo);
    }
    Activity a = activities.lockById(seen.id()).require(Activity.PUBLISHED, "volunteer.signup.notOpen");
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    boolean staff = VolunteerAccess.manages(member, a.stationCode());
    boolean late = now.isAfter(a.signupDeadline());
    if (late && !staff) {
      throw new ConflictException("volunteer.signup.closed", "Sign-up for " + activityNo + " has closed");
    }
    Optional<Signup> existing = activities.findSignup(a.id(), v.id());
    if (existing.isPresent() && existing.get().active()) {
      throw new ConflictException("volunteer.signup.duplicate", volunteerNo + " is signed up already");
    }
    int confirmed = activities.countSignups(a.id(), Signup.CONFIRMED);
    String status = confirmed < a.quota() ? Signup.CONFIRMED : Signup.WAITLISTED;
    try {
      if (existing.isPresent()) {
        activities.resignup(existing.get().id(), status, late, member.username(), now);
      } else {
        activities.insertSignup(a.id(), v.id(), status, late, member.username(), now);
      }
    } catch (DuplicateKeyException e) {
      throw new ConflictException("volunteer.signup.duplicate", volunteerNo + " is signed up already");
    }
    if (Signup.CONFIRMED.equals(status)) {
      activities.setConfirmedCount(a.id(), confirmed + 1);
    }
    return status.toLowerCase(Locale.ROOT);
  }

  @Transactional
  public Cancelled cancel(String activityNo, String volunteerNo, StaffMember member) {
    Activity seen = access.activity(activityNo, member);
    Volunteer v = access.participant(volunteerNo, seen, member);
    Activity a = activities.lockById(seen.id()).require(Activity.PUBLISHED, "volunteer.signup.notOpen");
    Signup s = activities.findSignup(a.id(), v.id()).filter(Signup::active)
        .orElseThrow(() -> new NotFoundException("No sign-up of " + volunteerNo));
    if (s.checkInAt() != null) {
      throw new ConflictException("volunteer.signup.checkedIn", volunteerNo + " has checked in already");
    }
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    activities.cancelSignup(s.id(), now);
    String promoted = null;
    if (Signup.CONFIRMED.equals(s.status())) {
      Optional<Signup> next = activities.firstWaitlisted(a.id());
      if (next.isPresent()) {
        activities.promote(next.get().id(), now);
        promoted = next.get().volunteerNo();
      }
      activities.setConfirmedCount(a.id(), activities.countSignups(a.id(), Signup.CONFIRMED));
    }
    return new Cancelled("cancelled", promoted);
  }
}
