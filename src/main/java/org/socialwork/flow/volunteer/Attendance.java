package org.socialwork.flow.volunteer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.ConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 签到签退: the organiser's phone shows a six-digit code valid for {@code socialwork.volunteer.code-validity}
 * (default 10 minutes; a new one once it has run out), which volunteers type (or scan) to check in and out. A wrong
 * code is 400, an expired one 409. The station's staff may mark someone without a code (no phone). Check-in and
 * check-out happen on the activity's day only: check-in from {@code check-in-opens} (default one hour) before the start
 * until the end, check-out until {@code check-out-closes} (default two hours) after the end, never outside the day;
 * otherwise 400 naming {@code code} with the window.
 */
@Service
class Attendance {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ActivityMapper activities;
  private final VolunteerAccess access;
  private final VolunteerSettings settings;
  private final Clock clock;

  Attendance(ActivityMapper activities, VolunteerAccess access, VolunteerSettings settings, Clock clock) {
    this.activities = activities;
    this.access = access;
    this.settings = settings;
    this.clock = clock;
  }

  public record Code(String code, LocalDateTime expiresAt) {
  }

  /** The current code for the organiser's page: a new one when there is none or it has expired. */
  @Transactional
  public Code code(String activityNo, StaffMember member) {
    Activity seen = access.activity(activityNo, member);
    if (!VolunteerAccess.manages(member, seen.stationCode())) {
      throw new AccessDeniedException("Only the station's staff show the check-in code");
    }
    Activity a = activities.lockById(seen.id()).require(Activity.PUBLISHED, "volunteer.checkin.notOpen");
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    if (a.checkCode() != null && a.codeExpiresAt() != null && a.codeExpiresAt().isAfter(now)) {
      return new Code(a.checkCode(), a.codeExpiresAt());
    }
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    LocalDateTime expires = now.plus(settings.codeValidity());
    activities.setCode(a.id(), code, expires);
    return new Code(code, expires);
  }

  @Transactional
  public LocalDateTime checkIn(String activityNo, Fields body, StaffMember member) {
    return mark(activityNo, body, member, true);
  }

  @Transactional
  public LocalDateTime checkOut(String activityNo, Fields body, StaffMember member) {
    return mark(activityNo, body, member, false);
  }

  private LocalDateTime mark(String activityNo, Fields body, StaffMember member, boolean in) {
    String volunteerNo = body.text("volunteerNo");
    if (volunteerNo == null) {
      new FormErrors().reject("volunteerNo", "form.required").throwIfAny(body.values());
    }
    Activity a = access.activity(activityNo, member);
    Volunteer v = access.participant(volunteerNo, a, member);
    a.require(Activity.PUBLISHED, "volunteer.checkin.notOpen");
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    LocalDateTime opens = a.checkInOpens(settings.checkInOpens());
    LocalDateTime closes = in ? a.endsAt() : a.checkOutCloses(settings.checkOutCloses());
    if (now.isBefore(opens) || now.isAfter(closes)) {
      new FormErrors().reject("code", "volunteer.checkin.window", TIME.format(opens), TIME.format(closes))
          .throwIfAny(body.values());
    }
    String code = body.text("code");
    boolean staff = VolunteerAccess.manages(member, a.stationCode());
    if (code != null || !staff) {
      if (code == null) {
        new FormErrors().reject("code", "form.required").throwIfAny(body.values());
      }
      if (a.checkCode() == null || !a.checkCode().equals(code)) {
        new FormErrors().reject("code", "volunteer.code.wrong").throwIfAny(body.values());
      }
      if (a.codeExpiresAt() == null || !a.codeExpiresAt().isAfter(now)) {
        throw new ConflictException("volunteer.code.expired", "The code has expired: ask the organiser for the new one");
      }
    }
    Signup s = activities.findSignup(a.id(), v.id()).filter(x -> Signup.CONFIRMED.equals(x.status()))
        .orElseThrow(() -> new ConflictException("volunteer.checkin.notConfirmed",
            volunteerNo + " has no confirmed place on " + activityNo));
    int changed = in ? activities.checkIn(s.id(), now) : activities.checkOut(s.id(), now);
    if (changed == 0) {
      throw new ConflictException(in ? "volunteer.checkin.twice" : "volunteer.checkout.notIn",
          in ? volunteerNo + " has checked in already" : volunteerNo + " is not checked in (or out already)");
    }
    return now;
  }
}
