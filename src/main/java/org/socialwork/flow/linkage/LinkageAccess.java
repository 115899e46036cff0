package org.socialwork.flow.linkage;

import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads and who records linkages and donations: the district's staff read in their scope (the leading group,
 * mentors and administrators the whole district); a station's workers and supervisors record for their stations, the
 * leading group and administrators for any. Volunteers and organisations' staff have nothing here.
 */
final class LinkageAccess {

  private LinkageAccess() {
  }

  static void requireReader(StaffMember member) {
    if (!member.staff()) {
      throw new AccessDeniedException("The five-force linkage is for the district's staff");
    }
  }

  /** Whether the member records anything at all (the forms are shown). */
  static boolean records(StaffMember member) {
    return member.has(Role.LEADER) || member.has(Role.ADMIN) || member.has(Role.WORKER)
        || member.has(Role.SUPERVISOR);
  }

  static boolean recordsFor(StaffMember member, String station) {
    return member.has(Role.LEADER) || member.has(Role.ADMIN) || member.stationsAs(Role.WORKER).contains(station)
        || member.stationsAs(Role.SUPERVISOR).contains(station);
  }

  static void requireRecorder(StaffMember member) {
    if (!records(member)) {
      throw new AccessDeniedException("Only station staff, the leading group and administrators record linkages");
    }
  }
}
