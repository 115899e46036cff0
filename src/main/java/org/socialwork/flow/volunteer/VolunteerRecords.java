package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.form.ResidentIdNumber;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading volunteers and activities as their readers may: a volunteer's record with hours, points, star and ledgers
 * (read audited; the whole ID number only for the station's supervisors), an activity with its roster (staff) or the
 * reader's own place on it (volunteer).
 */
@Service
class VolunteerRecords {

  private final VolunteerMapper volunteers;
  private final ActivityMapper activities;
  private final VolunteerAccess access;
  private final AuditTrail audit;

  VolunteerRecords(VolunteerMapper volunteers, ActivityMapper activities, VolunteerAccess access, AuditTrail audit) {
    this.volunteers = volunteers;
    this.activities = activities;
    this.access = access;
    this.audit = audit;
  }

  public record TeamView(Long id, String name, String kind) {
  }

  public record VolunteerPage(String volunteerNo, String fullName, String sex, String birthMonth, String idNumber,
                       String phone, List<String> skills, String availableTimes, String stationCode,
                       String stationName, List<TeamView> teams, BigDecimal hours, BigDecimal points, int stars,
                       BigDecimal nextStarHours, List<LedgerEntry> hoursEntries, List<LedgerEntry> pointsEntries,
                       LocalDateTime registeredAt) {
  }

  public record RosterLine(String volunteerNo, String fullName, String status, boolean walkIn, LocalDateTime signedUpAt,
                    LocalDateTime checkInAt, LocalDateTime checkOutAt, BigDecimal hours, Integer rating) {
  }

  public record ActivityPage(String activityNo, String title, String content, String recipients, String place,
                      String stationCode, String stationName, String organiser, LocalDateTime startsAt,
                      LocalDateTime endsAt, LocalDateTime signupDeadline, int quota, int confirmed, int waitlisted,
                      boolean insuranceRequired, String insuredBy, String status, String reviewComment,
                      LocalDateTime postingEndsAt, boolean manages, List<RosterLine> roster, RosterLine mine,
                      boolean mayCancel, ActivityMapper.Cancellation cancellation) {
  }

  @Transactional
  public VolunteerPage volunteer(String volunteerNo, StaffMember member, String channel) {
    Volunteer v = access.volunteer(volunteerNo, member);
    audit.record(member.username(), "VOLUNTEER_READ", v.volunteerNo(), channel);
    boolean self = v.username() != null && v.username().equals(member.username());
    String id = self || VolunteerAccess.seesIdNumber(member, v.stationCode()) ? v.idNumber()
        : ResidentIdNumber.mask(v.idNumber());
    BigDecimal hours = volunteers.sumHours(v.id());
    List<StarLevel> levels = volunteers.findStarLevels();
    return new VolunteerPage(v.volunteerNo(), v.fullName(), v.sex(), v.birthMonth(), id, v.phone(), v.skillList(),
        v.availableTimes(), v.stationCode(), volunteers.stationName(v.stationCode()),
        volunteers.findTeamsOf(v.id()).stream().map(t -> new TeamView(t.id(), t.name(), t.kind())).toList(),
        hours, volunteers.sumPoints(v.id()), StarLevel.reached(levels, hours), StarLevel.next(levels, hours),
        volunteers.findHours(v.id()), volunteers.findPoints(v.id()), v.registeredAt());
  }

  public ActivityPage activity(String activityNo, StaffMember member) {
    Activity a = access.activity(activityNo, member);
    boolean manages = VolunteerAccess.manages(member, a.stationCode()) || VolunteerAccess.isStaff(member);
    List<Signup> signups = activities.findSignups(a.id());
    List<RosterLine> roster = signups.stream().map(VolunteerRecords::line).toList();
    RosterLine mine = access.self(member).flatMap(v -> signups.stream()
        .filter(s -> s.volunteerId().equals(v.id())).findFirst()).map(VolunteerRecords::line).orElse(null);
    int waitlisted = (int) signups.stream().filter(s -> Signup.WAITLISTED.equals(s.status())).count();
    int confirmed = (int) signups.stream().filter(s -> Signup.CONFIRMED.equals(s.status())).count();
    return new ActivityPage(a.activityNo(), a.title(), a.content(), a.recipients(), a.place(), a.stationCode(),
        volunteers.stationName(a.stationCode()), a.organiser(), a.startsAt(), a.endsAt(), a.signupDeadline(),
        a.quota(), confirmed, waitlisted, a.insuranceRequired(), a.insuredBy(), a.status(), a.reviewComment(),
        a.postingEndsAt(), VolunteerAccess.manages(member, a.stationCode()), manages ? roster : List.of(), mine,
        Activity.PUBLISHED.equals(a.status()) && ActivityCancellation.mayCancel(member, a),
        Activity.CANCELLED.equals(a.status()) ? activities.findCancellation(a.id()).orElse(null) : null);
  }

  private static RosterLine line(Signup s) {
    return new RosterLine(s.volunteerNo(), s.fullName(), s.status(), s.walkIn(), s.signedUpAt(), s.checkInAt(),
        s.checkOutAt(), s.hours(), s.rating());
  }

  /** Activities the reader sees: in scope for staff; published ones of their station and teams for a volunteer. */
  public List<ActivityMapper.ActivityRow> activities(StaffMember member, String status) {
    if (VolunteerAccess.isStaff(member)) {
      return activities.findActivities(member.scope(), status, 200);
    }
    return access.self(member).map(v -> activities.findOpenFor(v.id(), v.stationCode(), 200)).orElse(List.of());
  }

  public List<VolunteerMapper.VolunteerRow> volunteers(StaffMember member, String station, String search) {
    if (!VolunteerAccess.isStaff(member)) {
      return List.of();
    }
    return volunteers.findVolunteers(member.scope(), station, search, 200);
  }
}
