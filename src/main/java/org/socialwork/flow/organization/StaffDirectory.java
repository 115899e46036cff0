package org.socialwork.flow.organization;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Looks up a person with their roles, as the rest of the application knows them. */
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
}
