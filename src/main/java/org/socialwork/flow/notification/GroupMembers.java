package org.socialwork.flow.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The people behind a candidate group: {@code station-<code>-worker|supervisor} are the active people holding that
 * role at that station, the district groups those holding the district role (organization's {@link StaffDirectory}).
 * A group of no known form has nobody.
 */
@Component
class GroupMembers {

  private static final String STATION = "station-";

  private final StaffDirectory staff;

  GroupMembers(StaffDirectory staff) {
    this.staff = staff;
  }

  Set<String> of(Collection<String> groups) {
    Set<String> people = new LinkedHashSet<>();
    for (String group : groups) {
      people.addAll(of(group));
    }
    return people;
  }

  Set<String> of(String group) {
    Set<String> people = new LinkedHashSet<>();
    if (group == null) {
      return people;
    }
    for (Role role : Role.values()) {
      if (!role.perStation() && role.group(null).equals(group)) {
        staff.peopleWithRole(role).stream().map(Person::username).forEach(people::add);
        return people;
      }
    }
    if (group.startsWith(STATION)) {
      for (Role role : Role.values()) {
        String suffix = "-" + role.name().toLowerCase();
        if (role.perStation() && group.endsWith(suffix) && group.length() > STATION.length() + suffix.length()) {
          String station = group.substring(STATION.length(), group.length() - suffix.length());
          if (role.group(station).equals(group)) {
            staff.peopleAt(station, role).stream().map(Person::username).forEach(people::add);
          }
          return people;
        }
      }
    }
    return people;
  }
}
