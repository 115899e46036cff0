package org.socialwork.flow.supervision;

import java.util.List;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;

/**
 * What supervision records a person may read, applied in SQL: the district's roles everything; a resident
 * supervisor the pairs of the stations they supervise; anyone the pairs they are mentor or supervisee of.
 */
public record SupervisionScope(String username, boolean districtWide, List<String> supervisedStations) {

  public static SupervisionScope of(StaffMember member) {
    return new SupervisionScope(member.username(), member.districtWide(),
        List.copyOf(member.stationsAs(Role.SUPERVISOR)));
  }
}
