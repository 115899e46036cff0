package org.socialwork.flow.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The district's people as the rest of the application reads them: a person with their roles, people by role and
 * station. Other modules read people through this class, never through {@link OrganizationMapper}.
 */
@Component
public class StaffDirectory {

  private final OrganizationMapper organization;

  public StaffDirectory(OrganizationMapper organization) {
    this.organization = organization;
  }

  public Optional<StaffMember> find(String username) {
    return organization.findPerson(username)
        .filter(Person::active)
        .map(p -> new StaffMember(p.username(), p.fullName(), organization.findRoles(p.username())));
  }

  /** The person (active or not), for showing a name. */
  public Optional<Person> person(String username) {
    return username == null ? Optional.empty() : organization.findPerson(username);
  }

  /** The full name of a person, or the user name when nobody has it. */
  public String nameOf(String username) {
    return person(username).map(Person::fullName).orElse(username);
  }

  public List<Person> activePeople() {
    return organization.findActivePeople();
  }

  /** The roles a person holds (active or not). */
  public List<RoleAssignment> rolesOf(String username) {
    return organization.findRoles(username);
  }

  /** Every role anyone holds. */
  public List<RoleAssignment> allRoles() {
    return organization.findAllRoles();
  }

  /** Active people who hold the role at the station, by name. */
  public List<Person> peopleAt(String stationCode, Role role) {
    return organization.findPeopleAt(stationCode, role);
  }

  /** Active people who hold a district-wide role, by name. */
  public List<Person> peopleWithRole(Role role) {
    return organization.findPeopleWithRole(role);
  }
}
