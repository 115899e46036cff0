package org.socialwork.flow.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import org.socialwork.flow.form.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login of a volunteer (role {@link Role#VOLUNTEER}, group {@code volunteers}, no station scope): what the
 * volunteer module asks for when a volunteer is registered with a password. Published so that module never needs the
 * organisation's mapper.
 */
@Component
public class VolunteerAccounts {

  private final OrganizationMapper organization;
  private final IdentityMirror identity;
  private final Clock clock;

  VolunteerAccounts(OrganizationMapper organization, IdentityMirror identity, Clock clock) {
    this.organization = organization;
    this.identity = identity;
    this.clock = clock;
  }

  /** Whether this password would be refused, as a message key (null when it is fine). */
  public static String passwordProblem(String password, String username) {
    return Passwords.problem(password, username);
  }

  /** Creates the person, the role and the engine user, inside the caller's transaction; 400 when the name is taken. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void create(String username, String fullName, String phone, String password, String field) {
    if (organization.findPerson(username).isPresent()) {
      new FormErrors().reject(field, "org.username.taken").throwIfAny(java.util.Map.of());
    }
    organization.insertPerson(new Person(username, fullName, phone, true, LocalDateTime.now(clock)));
    organization.insertRole(new RoleAssignment(username, Role.VOLUNTEER, null));
    identity.mirrorPerson(username, password);
  }
}
