package org.socialwork.flow.organization;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mirrors the organisation (stations, people, roles) into Camunda's identity tables, which are the one
 * user store: login checks passwords there, and candidate groups there route the tasks.
 */
@Component
public class IdentityMirror {

  private final IdentityService identity;
  private final OrganizationMapper organization;
  private final ApplicationEventPublisher events;

  public IdentityMirror(IdentityService identity, OrganizationMapper organization, ApplicationEventPublisher events) {
    this.identity = identity;
    this.organization = organization;
    this.events = events;
  }

  /** Creates missing groups, users and memberships and removes memberships no role explains any more. */
  @Transactional
  public void synchronize() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(Role.ADMINS, "管理员");
    groups.put(Role.LEADING_GROUP, "领导小组");
    groups.put(Role.EXPERT_SUPERVISORS, "专家督导");
    groups.put(Role.ORGANIZATIONS, "社会组织");
    for (Station s : organization.findActiveStations()) {
      groups.put(Role.WORKER.group(s.code()), s.name() + " 社工");
      groups.put(Role.SUPERVISOR.group(s.code()), s.name() + " 督导");
    }
    groups.forEach(this::ensureGroup);

    List<RoleAssignment> roles = organization.findAllRoles();
    for (Person p : organization.findActivePeople()) {
      ensureUser(p, null);
      Set<String> wanted = new HashSet<>();
      roles.stream().filter(r -> r.username().equals(p.username())).forEach(r -> wanted.add(r.group()));
      Set<String> current = new HashSet<>();
      identity.createGroupQuery().groupMember(p.username()).list().forEach(g -> current.add(g.getId()));
      for (String g : wanted) {
        if (!current.contains(g)) {
          identity.createMembership(p.username(), g);
        }
      }
      for (String g : current) {
        if (!wanted.contains(g) && groups.containsKey(g)) {
          identity.deleteMembership(p.username(), g);
        }
      }
    }
  }

  /** Creates the Camunda user of a person, with a password (hashed by the engine) when one is given. */
  public void ensureUser(Person person, String password) {
    User user = identity.createUserQuery().userId(person.username()).singleResult();
    if (user == null) {
      user = identity.newUser(person.username());
      user.setFirstName(person.fullName());
      user.setLastName("");
      if (password != null) {
        user.setPassword(password);
      }
      identity.saveUser(user);
    } else if (password != null) {
      user.setPassword(password);
      identity.saveUser(user);
      events.publishEvent(new PasswordChanged(person.username()));
    }
  }

  /** A station's two groups, named after it (renamed with it); called at once when a station is added or changed. */
  public void mirrorStation(String code, String name) {
    renameGroup(Role.WORKER.group(code), name + " 社工");
    renameGroup(Role.SUPERVISOR.group(code), name + " 督导");
  }

  /**
   * A person's user (name, password when given) and memberships exactly as their roles say; called at once when a
   * person is added or changed. An inactive person has no user at all: they cannot sign in.
   */
  public void mirrorPerson(String username, String password) {
    Person person = organization.findPerson(username).orElseThrow();
    if (!person.active()) {
      if (identity.createUserQuery().userId(username).count() > 0) {
        identity.deleteUser(username);
      }
      events.publishEvent(new PasswordChanged(username));
      return;
    }
    ensureUser(person, password);
    User user = identity.createUserQuery().userId(username).singleResult();
    if (!person.fullName().equals(user.getFirstName())) {
      user.setFirstName(person.fullName());
      identity.saveUser(user);
    }
    Set<String> wanted = new HashSet<>();
    for (RoleAssignment r : organization.findRoles(username)) {
      wanted.add(r.group());
    }
    ensureGroup(Role.ADMINS, "管理员");
    ensureGroup(Role.LEADING_GROUP, "领导小组");
    ensureGroup(Role.EXPERT_SUPERVISORS, "专家督导");
    ensureGroup(Role.ORGANIZATIONS, "社会组织");
    Set<String> current = new HashSet<>();
    identity.createGroupQuery().groupMember(username).list().forEach(g -> current.add(g.getId()));
    for (String g : wanted) {
      if (!current.contains(g)) {
        if (identity.createGroupQuery().groupId(g).count() == 0) {
          ensureGroup(g, g);
        }
        identity.createMembership(username, g);
      }
    }
    for (String g : current) {
      if (!wanted.contains(g)) {
        identity.deleteMembership(username, g);
      }
    }
  }

  /** Checks a person's password against the engine's hash. */
  public boolean checkPassword(String username, String password) {
    return identity.checkPassword(username, password);
  }

  private void renameGroup(String id, String name) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      ensureGroup(id, name);
    } else if (!name.equals(group.getName())) {
      group.setName(name);
      identity.saveGroup(group);
    }
  }

  private void ensureGroup(String id, String name) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
