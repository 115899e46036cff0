package org.socialwork.flow.volunteer;

import java.util.Optional;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with volunteers and activities. Station staff (workers, supervisors) manage their stations'
 * volunteers and activities; the district's roles read everything; a volunteer reads their own record and the
 * published activities of their station and teams. Anything else answers 404, like something that does not exist.
 */
@Component
class VolunteerAccess {

  private final VolunteerMapper volunteers;
  private final ActivityMapper activities;

  VolunteerAccess(VolunteerMapper volunteers, ActivityMapper activities) {
    this.volunteers = volunteers;
    this.activities = activities;
  }

  static boolean isStaff(StaffMember m) {
    return m.has(Role.WORKER) || m.has(Role.SUPERVISOR) || m.districtWide();
  }

  /** Workers and supervisors of the station (and administrators) register, organise, sign up and confirm there. */
  static boolean manages(StaffMember m, String station) {
    return m.has(Role.ADMIN) || m.stationsAs(Role.WORKER).contains(station)
        || m.stationsAs(Role.SUPERVISOR).contains(station);
  }

  /** Only the station's supervisors see a volunteer's whole ID number. */
  static boolean seesIdNumber(StaffMember m, String station) {
    return m.stationsAs(Role.SUPERVISOR).contains(station);
  }

  /** The volunteer record of the signed-in volunteer, if they are one. */
  Optional<Volunteer> self(StaffMember m) {
    return m.has(Role.VOLUNTEER) ? volunteers.findByUsername(m.username()) : Optional.empty();
  }

  /** A volunteer the reader may see: in their station scope, or their own record. */
  Volunteer volunteer(String volunteerNo, StaffMember m) {
    Optional<Volunteer> found = isStaff(m) ? volunteers.findByNo(volunteerNo, m.scope()) : Optional.empty();
    return found.or(() -> self(m).filter(v -> v.volunteerNo().equals(volunteerNo)))
        .orElseThrow(() -> new NotFoundException("No volunteer " + volunteerNo));
  }

  /** An activity the reader may see: in their scope (staff), or published for their station or teams (volunteer). */
  Activity activity(String activityNo, StaffMember m) {
    if (isStaff(m)) {
      Optional<Activity> a = activities.findByNo(activityNo, m.scope());
      if (a.isPresent()) {
        return a.get();
      }
    }
    Optional<Volunteer> me = self(m);
    if (me.isPresent()) {
      Optional<Activity> a = activities.findAnyByNo(activityNo)
          .filter(Activity::visibleToVolunteers).filter(x -> eligible(me.get(), x));
      if (a.isPresent()) {
        return a.get();
      }
    }
    throw new NotFoundException("No activity " + activityNo);
  }

  /** Whether the volunteer may take part: the activity is of their station or of one of their teams. */
  boolean eligible(Volunteer v, Activity a) {
    return v.stationCode().equals(a.stationCode())
        || (a.teamId() != null && activities.countTeamMembership(a.teamId(), v.id()) > 0);
  }

  /**
   * The volunteer a sign-up, cancellation or check-in is for: the signed-in volunteer themself, or, for the station's
   * staff, any volunteer in their scope (walk-ins, people without a phone).
   */
  Volunteer participant(String volunteerNo, Activity a, StaffMember m) {
    if (manages(m, a.stationCode())) {
      Optional<Volunteer> v = volunteers.findByNo(volunteerNo, m.scope());
      if (v.isEmpty() && m.has(Role.ADMIN)) {
        v = volunteers.findAnyByNo(volunteerNo);
      }
      if (v.isPresent()) {
        return v.get();
      }
    }
    return self(m).filter(v -> v.volunteerNo().equals(volunteerNo))
        .orElseThrow(() -> new NotFoundException("No volunteer " + volunteerNo));
  }
}
