package org.socialwork.flow.organization;

import java.io.Serializable;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person with their roles: the source of their candidate groups and of their data scope.
 * Station workers and supervisors see their own stations; mentors, the leading group and administrators
 * the whole district.
 */
public record StaffMember(String username, String fullName, List<RoleAssignment> roles)
    implements Principal, Serializable {

  /** The username: what Spring Security's {@code Authentication.getName()} and Camunda's webapps see. */
  @Override
  public String getName() {
    return username;
  }

  public Set<String> groups() {
    Set<String> groups = new LinkedHashSet<>();
    roles.forEach(r -> groups.add(r.group()));
    return groups;
  }

  public boolean has(Role role) {
    return roles.stream().anyMatch(r -> r.role() == role);
  }

  /** Whether this person holds a staff role (see {@link Role#staff()}), not only a volunteer's or an organisation's. */
  public boolean staff() {
    return roles.stream().anyMatch(r -> r.role().staff());
  }

  public boolean districtWide() {
    return roles.stream().anyMatch(r -> r.role().districtWide());
  }

  /** Stations this person works in or supervises. */
  public Set<String> stationCodes() {
    Set<String> codes = new LinkedHashSet<>();
    roles.stream().filter(r -> r.role().perStation()).forEach(r -> codes.add(r.stationCode()));
    return codes;
  }

  /** Stations in which this person holds the given role. */
  public Set<String> stationsAs(Role role) {
    Set<String> codes = new LinkedHashSet<>();
    roles.stream().filter(r -> r.role() == role && r.stationCode() != null).forEach(r -> codes.add(r.stationCode()));
    return codes;
  }

  public DataScope scope() {
    return DataScope.of(this);
  }

  /** Whether records of this station are within this person's scope. */
  public boolean sees(String stationCode) {
    return districtWide() || stationCodes().contains(stationCode);
  }
}
