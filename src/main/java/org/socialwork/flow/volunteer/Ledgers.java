package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.ConflictException;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hours and points ledgers: append only. An activity's confirmed hours enter once its public posting is over,
 * with the points its rule gives; a correction reverses an hours entry (and the activity's points) and posts the
 * corrected value; a redemption is a negative points entry and never touches hours; a referral earns the rule's
 * bonus. Every entry has its source, who and when.
 */
@Service
class Ledgers {

  private static final String DEFAULT_RULE = "default";

  private final VolunteerMapper volunteers;
  private final ActivityMapper activities;
  private final Clock clock;

  Ledgers(VolunteerMapper volunteers, ActivityMapper activities, Clock clock) {
    this.volunteers = volunteers;
    this.activities = activities;
    this.clock = clock;
  }

  PointsRule rule(String code) {
    return volunteers.findRule(code == null ? DEFAULT_RULE : code)
        .or(() -> volunteers.findRule(DEFAULT_RULE)).orElseThrow();
  }

  /**
   * The posting period is over: each confirmed person's hours and points enter the ledgers (once: the posting key is
   * unique) and the activity closes. Called by the process's timer (postVolunteerHoursDelegate).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void postActivity(long activityId) {
    Activity a = activities.lockById(activityId).require(Activity.POSTING, "volunteer.activity.notPosting");
    PointsRule rule = rule(a.ruleCode());
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    String who = a.hoursConfirmedBy();
    for (Signup s : activities.findSignups(a.id())) {
      if (!Signup.CONFIRMED.equals(s.status()) || s.hours() == null || s.hours().signum() <= 0) {
        continue;
      }
      String key = "A:" + a.id() + ":" + s.volunteerId();
      String reason = a.title();
      volunteers.insertHours(new VolunteerMapper.Posting(s.volunteerId(), s.hours(), LedgerEntry.ACTIVITY, a.id(),
          null, key, reason, who, now));
      BigDecimal points = rule.points(s.hours());
      if (points.signum() > 0) {
        volunteers.insertPoints(new VolunteerMapper.Posting(s.volunteerId(), points, LedgerEntry.ACTIVITY, a.id(),
            null, key, reason, who, now));
      }
    }
    activities.close(a.id(), now);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void referralBonus(Volunteer referrer, long newVolunteerId, String who, LocalDateTime now) {
    BigDecimal bonus = rule(DEFAULT_RULE).referralPoints();
    if (bonus.signum() > 0) {
      volunteers.insertPoints(new VolunteerMapper.Posting(referrer.id(), bonus, LedgerEntry.REFERRAL, null, null,
          "F:" + newVolunteerId, "referral", who, now));
    }
  }

  /**
   * Corrects one hours entry (the station's supervisor): a reversing entry with the reason and, when the corrected
   * hours are above zero, a new entry of them; the activity's points are reversed and posted again from the corrected
   * hours by the activity's rule. An entry is reversed once (409 the second time).
   */
  @Transactional
  public void correct(Volunteer v, Fields body, StaffMember member) {
    if (!member.stationsAs(Role.SUPERVISOR).contains(v.stationCode()) && !member.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only the station's supervisors correct hours");
    }
    FormErrors errors = new FormErrors();
    Long entryId = null;
    BigDecimal hours = null;
    try {
      BigDecimal raw = body.number("entryId");
      entryId = raw == null ? null : raw.longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      errors.reject("entryId", "form.number");
    }
    if (entryId == null && !errors.has("entryId")) {
      errors.reject("entryId", "form.required");
    }
    try {
      hours = body.number("hours");
    } catch (NumberFormatException e) {
      errors.reject("hours", "form.number");
    }
    if (hours == null && !errors.has("hours")) {
      errors.reject("hours", "form.required");
    } else if (hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0)) {
      errors.reject("hours", "form.max", "24");
    }
    String reason = body.text("reason");
    if (reason == null) {
      errors.reject("reason", "form.required");
    } else if (reason.length() > 500) {
      errors.reject("reason", "form.maxLength", 500);
    }
    errors.throwIfAny(body.values());
    volunteers.lockVolunteer(v.id());
    LedgerEntry entry = volunteers.findHoursEntry(v.id(), entryId)
        .orElseThrow(() -> new NotFoundException("No hours entry"));
    if (entry.reversesId() != null || entry.amount().signum() <= 0) {
      new FormErrors().reject("entryId", "volunteer.correction.notAPosting").throwIfAny(body.values());
    }
    if (volunteers.countReversals(entry.id()) > 0) {
      throw new ConflictException("volunteer.correction.done", "Entry " + entry.id() + " is corrected already");
    }
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    String who = member.username();
    try {
      volunteers.insertHours(new VolunteerMapper.Posting(v.id(), entry.amount().negate(), LedgerEntry.CORRECTION,
          entry.activityId(), entry.id(), "R:" + entry.id(), reason, who, now));
    } catch (DuplicateKeyException e) {
      throw new ConflictException("volunteer.correction.done", "Entry " + entry.id() + " is corrected already");
    }
    BigDecimal corrected = hours;
    if (entry.activityId() != null) {
      Activity a = activities.findById(entry.activityId()).orElseThrow();
      corrected = rule(a.ruleCode()).creditedHours(hours, a.durationHours());
      for (LedgerEntry p : volunteers.findLivePoints(v.id(), a.id())) {
        volunteers.insertPoints(new VolunteerMapper.Posting(v.id(), p.amount().negate(), LedgerEntry.CORRECTION,
            a.id(), p.id(), "R:" + p.id(), reason, who, now));
      }
      BigDecimal points = rule(a.ruleCode()).points(corrected);
      if (corrected.signum() > 0 && points.signum() > 0) {
        volunteers.insertPoints(new VolunteerMapper.Posting(v.id(), points, LedgerEntry.CORRECTION, a.id(), null,
            null, reason, who, now));
      }
    }
    if (corrected.signum() > 0) {
      volunteers.insertHours(new VolunteerMapper.Posting(v.id(), corrected, LedgerEntry.CORRECTION,
          entry.activityId(), null, null, reason, who, now));
    }
  }

  /** Redeems points (station staff): a negative points entry; refused (409) beyond the balance; hours untouched. */
  @Transactional
  public BigDecimal redeem(Volunteer v, Fields body, StaffMember member) {
    if (!VolunteerAccess.manages(member, v.stationCode())) {
      throw new AccessDeniedException("Only the station's staff redeem points");
    }
    FormErrors errors = new FormErrors();
    BigDecimal points = null;
    try {
      points = body.number("points");
    } catch (NumberFormatException e) {
      errors.reject("points", "form.number");
    }
    if (points == null && !errors.has("points")) {
      errors.reject("points", "form.required");
    } else if (points != null && (points.signum() <= 0 || points.scale() > 2)) {
      errors.reject("points", "form.min", "0.01");
    }
    String item = body.text("item");
    if (item == null) {
      errors.reject("item", "form.required");
    } else if (item.length() > 500) {
      errors.reject("item", "form.maxLength", 500);
    }
    errors.throwIfAny(body.values());
    volunteers.lockVolunteer(v.id());
    BigDecimal balance = volunteers.sumPoints(v.id());
    if (balance.compareTo(points) < 0) {
      throw new ConflictException("volunteer.points.insufficient",
          "Only " + balance.stripTrailingZeros().toPlainString() + " points to redeem");
    }
    volunteers.insertPoints(new VolunteerMapper.Posting(v.id(), points.negate(), LedgerEntry.REDEMPTION, null, null,
        null, item, member.username(), LocalDateTime.now(clock).withNano(0)));
    return balance.subtract(points);
  }
}
