package org.socialwork.flow.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.form.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the organisation: stations and people with their roles, password resets and leaving. Admins
 * change, the leading group reads. Each change is checked whole before anything is stored, mirrored into the
 * engine's identity in the same transaction and written to the audit log.
 */
@Service
public class OrganizationAdmin {

  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  static final Pattern PHONE = Pattern.compile("[0-9+][0-9 -]{4,19}");
  public static final int PAGE_SIZE = 50;

  private final OrganizationMapper organization;
  private final IdentityMirror identity;
  private final AuditTrail audit;
  private final TaskService tasks;
  private final List<CaseHandover> casework;
  private final Clock clock;

  OrganizationAdmin(OrganizationMapper organization, IdentityMirror identity, AuditTrail audit, TaskService tasks,
                    List<CaseHandover> casework, Clock clock) {
    this.organization = organization;
    this.identity = identity;
    this.audit = audit;
    this.tasks = tasks;
    this.casework = casework;
    this.clock = clock;
  }

  /** What a person holds when they are about to leave: open tasks assigned to them and open cases per station. */
  public record Holdings(List<HeldTask> tasks, Map<String, Integer> casesByStation) {
    public boolean empty() {
      return tasks.isEmpty() && casesByStation.isEmpty();
    }

    public int cases() {
      return casesByStation.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  public record HeldTask(String id, String name, String processInstanceId) {
  }

  /** A person with their roles; the one-time password is set only in the answer that created it. */
  public record PersonView(PersonDetails person, List<RoleAssignment> roles, String oneTimePassword) {
  }

  // ---- access ----

  public static boolean canRead(StaffMember m) {
    return m != null && (m.has(Role.ADMIN) || m.has(Role.LEADER));
  }

  public static void requireReader(StaffMember m) {
    if (!canRead(m)) {
      throw new AccessDeniedException("Only administrators and the leading group see the organisation");
    }
  }

  public static void requireAdmin(StaffMember m) {
    if (m == null || !m.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only administrators change the organisation");
    }
  }

  // ---- stations ----

  public List<StationDetails> stations(StaffMember actor, boolean includeInactive) {
    requireReader(actor);
    return organization.findStationDetails(includeInactive);
  }

  public Optional<StationDetails> station(StaffMember actor, String code) {
    requireReader(actor);
    return organization.findStationDetails1(code);
  }

  @Transactional
  public StationDetails createStation(StaffMember actor, Map<String, Object> in, String channel) {
    requireAdmin(actor);
    FormErrors errors = new FormErrors();
    String code = text(in.get("code"));
    if (code == null) {
      errors.reject("code", "form.required");
    } else if (!CODE.matcher(code).matches()) {
      errors.reject("code", "org.code.pattern");
    } else if (organization.findStation(code).isPresent()) {
      errors.reject("code", "org.code.taken");
    }
    String name = required(errors, in, "name", 100);
    String community = optional(errors, in, "community", 100);
    String kind = kind(errors, in.get("kind"), "community");
    String county = optional(errors, in, "county", 100);
    boolean demonstration = flag(errors, in, "demonstration", false);
    String district = text(in.get("district"));
    if (district == null) {
      district = organization.findAnyDistrict().orElse(null);
    }
    errors.throwIfAny(in);
    if (district == null) {
      district = "district";
      organization.insertDistrict(district, "本地区");
    }
    StationDetails s = new StationDetails(code, district, name, community == null ? name : community, kind, county,
        demonstration, true);
    try {
      organization.insertStationDetails(s);
    } catch (DuplicateKeyException e) {
      new FormErrors().reject("code", "org.code.taken").throwIfAny(in);
    }
    identity.mirrorStation(code, name);
    audit.record(actor.username(), "ORG_STATION_CREATE", code, channel);
    return s;
  }

  @Transactional
  public StationDetails updateStation(StaffMember actor, String code, Map<String, Object> in, String channel) {
    requireAdmin(actor);
    StationDetails old = organization.findStationDetails1(code).orElseThrow(() -> new OrganizationNotFoundException(code));
    FormErrors errors = new FormErrors();
    String name = in.containsKey("name") ? required(errors, in, "name", 100) : old.name();
    String community = in.containsKey("community") ? required(errors, in, "community", 100) : old.community();
    String kind = in.containsKey("kind") ? kind(errors, in.get("kind"), null) : old.kind();
    String county = in.containsKey("county") ? optional(errors, in, "county", 100) : old.county();
    boolean demonstration = flag(errors, in, "demonstration", old.demonstration());
    boolean active = flag(errors, in, "active", old.active());
    if (old.active() && !active && !errors.has("active")) {
      int open = casework.stream().mapToInt(c -> c.openCasesAt(code)).sum();
      if (open > 0) {
        errors.reject("active", "org.station.openCases", open);
      }
    }
    errors.throwIfAny(in);
    StationDetails s = new StationDetails(code, old.districtCode(), name, community, kind, county, demonstration,
        active);
    organization.updateStation(s);
    identity.mirrorStation(code, name);
    String action = old.active() && !active ? "ORG_STATION_DEACTIVATE"
        : !old.active() && active ? "ORG_STATION_REACTIVATE" : "ORG_STATION_UPDATE";
    audit.record(actor.username(), action, code, channel);
    return s;
  }

  // ---- people ----

  public record PeoplePage(List<PersonView> items, int total, int page, int size) {
  }

  public PeoplePage people(StaffMember actor, String search, String station, boolean includeInactive, int page) {
    requireReader(actor);
    String q = search == null || search.isBlank() ? null : search.trim();
    String st = station == null || station.isBlank() ? null : station.trim();
    int p = Math.max(page, 1);
    int total = organization.countPeople(q, st, includeInactive);
    List<PersonView> items = organization.findPeople(q, st, includeInactive, (p - 1) * PAGE_SIZE, PAGE_SIZE).stream()
        .map(d -> new PersonView(d, organization.findRoles(d.username()), null)).toList();
    return new PeoplePage(items, total, p, PAGE_SIZE);
  }

  /** One person with roles; the read is audited (phone numbers are personal data). */
  @Transactional
  public Optional<PersonView> person(StaffMember actor, String username, String channel) {
    requireReader(actor);
    Optional<PersonView> view = organization.findPersonDetails(username)
        .map(d -> new PersonView(d, organization.findRoles(username), null));
    view.ifPresent(v -> audit.record(actor.username(), "ORG_PERSON_READ", username, channel));
    return view;
  }

  @Transactional
  public PersonView createPerson(StaffMember actor, Map<String, Object> in, String channel) {
    requireAdmin(actor);
    FormErrors errors = new FormErrors();
    String username = text(in.get("username"));
    if (username == null) {
      errors.reject("username", "form.required");
    } else if (!USERNAME.matcher(username).matches()) {
      errors.reject("username", "org.username.pattern");
    } else if (organization.findPerson(username).isPresent()) {
      errors.reject("username", "org.username.taken");
    }
    String fullName = required(errors, in, "fullName", 100);
    String phone = phone(errors, in);
    String certification = certification(errors, in.get("certification"));
    List<RoleAssignment> roles = roles(errors, username, in.get("roles"));
    String password = text(in.get("password"));
    if (password != null) {
      String problem = Passwords.problem(password, username);
      if (problem != null) {
        errors.reject("password", problem, Passwords.MIN_LENGTH);
      }
    }
    errors.throwIfAny(in);
    String oneTime = password == null ? Passwords.oneTime() : null;
    PersonDetails d = new PersonDetails(username, fullName, phone, certification, true, oneTime != null,
        LocalDateTime.now(clock), null);
    try {
      organization.insertPersonDetails(d);
    } catch (DuplicateKeyException e) {
      new FormErrors().reject("username", "org.username.taken").throwIfAny(in);
    }
    roles.forEach(organization::insertRole);
    identity.mirrorPerson(username, password != null ? password : oneTime);
    audit.record(actor.username(), "ORG_PERSON_CREATE", username, channel);
    return new PersonView(d, roles, oneTime);
  }

  /**
   * Changes a person: name, phone, certification, roles (replaced), password, and {@code active}: false is the
   * leaving procedure (what they hold goes to {@code handOverTo}, then the login is removed), true gives them back
   * a login with a one-time password.
   */
  @Transactional
  public PersonView updatePerson(StaffMember actor, String username, Map<String, Object> in, String channel) {
    requireAdmin(actor);
    organization.lockPerson(username).orElseThrow(() -> new OrganizationNotFoundException(username));
    PersonDetails old = organization.findPersonDetails(username).orElseThrow();
    List<RoleAssignment> oldRoles = organization.findRoles(username);
    FormErrors errors = new FormErrors();
    String fullName = in.containsKey("fullName") ? required(errors, in, "fullName", 100) : old.fullName();
    String phone = in.containsKey("phone") ? phone(errors, in) : old.phone();
    String certification = in.containsKey("certification") ? certification(errors, in.get("certification"))
        : old.certification();
    List<RoleAssignment> roles = in.containsKey("roles") ? roles(errors, username, in.get("roles")) : oldRoles;
    boolean active = flag(errors, in, "active", old.active());
    String password = text(in.get("password"));
    if (password != null) {
      String problem = Passwords.problem(password, username);
      if (problem != null) {
        errors.reject("password", problem, Passwords.MIN_LENGTH);
      }
    }
    boolean wasAdmin = old.active() && oldRoles.stream().anyMatch(r -> r.role() == Role.ADMIN);
    boolean staysAdmin = active && roles.stream().anyMatch(r -> r.role() == Role.ADMIN);
    if (wasAdmin && !staysAdmin) {
      List<String> admins = organization.lockAdministrators();
      long activeAdmins = admins.stream().distinct()
          .filter(u -> organization.findPerson(u).map(Person::active).orElse(false)).count();
      if (activeAdmins <= 1) {
        errors.reject(active ? "roles" : "active", "org.lastAdmin");
      }
    }
    if (old.active() && !active && username.equals(actor.username())) {
      errors.reject("active", "org.leave.self");
    }
    String handOverTo = text(in.get("handOverTo"));
    Holdings holdings = null;
    if (old.active() && !active && !errors.has("active")) {
      holdings = holdings(username);
      checkHandOver(errors, username, handOverTo, holdings);
    }
    errors.throwIfAny(in);

    String oneTime = null;
    if (!old.active() && active && password == null) {
      oneTime = Passwords.oneTime();
    }
    boolean mustChange = oneTime != null || (password == null && old.mustChangePassword());
    LocalDateTime leftAt = active ? null : old.active() ? LocalDateTime.now(clock) : old.leftAt();
    if (holdings != null && handOverTo != null) {
      handOver(actor, username, handOverTo, holdings);
    }
    PersonDetails d = new PersonDetails(username, fullName, phone, certification, active, active && mustChange,
        old.createdAt(), leftAt);
    organization.updatePerson(d);
    if (in.containsKey("roles")) {
      organization.deleteRoles(username);
      roles.forEach(organization::insertRole);
    }
    identity.mirrorPerson(username, password != null ? password : oneTime);
    String action = old.active() && !active ? "ORG_PERSON_LEAVE"
        : !old.active() && active ? "ORG_PERSON_REACTIVATE" : "ORG_PERSON_UPDATE";
    audit.record(actor.username(), action, username, channel);
    if (password != null) {
      audit.record(actor.username(), "ORG_PASSWORD_SET", username, channel);
    }
    return new PersonView(d, roles, oneTime);
  }

  /** A new one-time password, to be changed at the person's next login. */
  @Transactional
  public String resetPassword(StaffMember actor, String username, String channel) {
    requireAdmin(actor);
    organization.lockPerson(username).orElseThrow(() -> new OrganizationNotFoundException(username));
    PersonDetails d = organization.findPersonDetails(username).orElseThrow();
    if (!d.active()) {
      new FormErrors().reject("username", "org.person.inactive").throwIfAny(Map.of("username", username));
    }
    String oneTime = Passwords.oneTime();
    organization.setMustChangePassword(username, true);
    identity.mirrorPerson(username, oneTime);
    audit.record(actor.username(), "ORG_PASSWORD_RESET", username, channel);
    return oneTime;
  }

  public Holdings holdings(StaffMember actor, String username) {
    requireReader(actor);
    organization.findPerson(username).orElseThrow(() -> new OrganizationNotFoundException(username));
    return holdings(username);
  }

  Holdings holdings(String username) {
    List<HeldTask> held = tasks.createTaskQuery().taskAssignee(username).active().orderByTaskCreateTime().asc().list()
        .stream().map(t -> new HeldTask(t.getId(), t.getName(), t.getProcessInstanceId())).toList();
    Map<String, Integer> cases = new LinkedHashMap<>();
    casework.forEach(c -> c.openCasesOf(username).forEach((k, v) -> cases.merge(k, v, Integer::sum)));
    return new Holdings(held, cases);
  }

  private void checkHandOver(FormErrors errors, String username, String to, Holdings holdings) {
    if (to == null) {
      if (!holdings.empty()) {
        errors.reject("handOverTo", "org.handOver.required", holdings.tasks().size(), holdings.cases());
      }
      return;
    }
    if (to.equals(username)) {
      errors.reject("handOverTo", "org.handOver.same");
      return;
    }
    Optional<Person> colleague = organization.findPerson(to).filter(Person::active);
    if (colleague.isEmpty()) {
      errors.reject("handOverTo", "org.handOver.unknown");
      return;
    }
    Set<String> worksAt = new LinkedHashSet<>();
    organization.findRoles(to).stream().filter(r -> r.role() == Role.WORKER).forEach(r -> worksAt.add(r.stationCode()));
    for (String station : holdings.casesByStation().keySet()) {
      if (!worksAt.contains(station)) {
        String name = organization.findStation(station).map(Station::name).orElse(station);
        errors.reject("handOverTo", "org.handOver.notAtStation", name);
        return;
      }
    }
  }

  private void handOver(StaffMember actor, String from, String to, Holdings holdings) {
    for (String station : holdings.casesByStation().keySet()) {
      casework.forEach(c -> c.handOver(station, from, to, actor.username()));
    }
    for (Task t : tasks.createTaskQuery().taskAssignee(from).list()) {
      tasks.setAssignee(t.getId(), to);
    }
    audit.record(actor.username(), "ORG_HANDOVER", from + "→" + to, "admin");
  }

  // ---- own account ----

  /** Changes one's own password: the current one, the new one twice, the strength rule. */
  @Transactional
  public void changeOwnPassword(String username, Map<String, Object> in, String channel) {
    FormErrors errors = new FormErrors();
    String current = raw(in.get("currentPassword"));
    String next = raw(in.get("newPassword"));
    String repeat = raw(in.get("repeatPassword"));
    if (current == null) {
      errors.reject("currentPassword", "form.required");
    } else if (!identity.checkPassword(username, current)) {
      errors.reject("currentPassword", "account.password.wrong");
    }
    if (next == null) {
      errors.reject("newPassword", "form.required");
    } else {
      String problem = Passwords.problem(next, username);
      if (problem != null) {
        errors.reject("newPassword", problem, Passwords.MIN_LENGTH);
      } else if (next.equals(current)) {
        errors.reject("newPassword", "account.password.same");
      }
    }
    if (repeat == null) {
      errors.reject("repeatPassword", "form.required");
    } else if (next != null && !next.equals(repeat)) {
      errors.reject("repeatPassword", "account.password.repeat");
    }
    Map<String, Object> shown = new LinkedHashMap<>();
    errors.throwIfAny(shown);
    organization.lockPerson(username);
    organization.setMustChangePassword(username, false);
    identity.mirrorPerson(username, next);
    audit.record(username, "ACCOUNT_PASSWORD_CHANGE", username, channel);
  }

  /** Whether the person must change a one-time password before anything else (false for unknown people). */
  public boolean mustChangePassword(String username) {
    return organization.findPersonDetails(username).map(PersonDetails::mustChangePassword).orElse(false);
  }

  public Optional<PersonDetails> details(String username) {
    return organization.findPersonDetails(username);
  }

  // ---- checks ----

  private List<RoleAssignment> roles(FormErrors errors, String username, Object value) {
    List<RoleAssignment> roles = new ArrayList<>();
    if (!(value instanceof Collection<?> list) || list.isEmpty()) {
      errors.reject("roles", "org.roles.required");
      return roles;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> m)) {
        errors.reject("roles", "org.roles.invalid");
        return roles;
      }
      String roleName = text(m.get("role"));
      String station = text(m.get("station"));
      Role role = null;
      for (Role r : Role.values()) {
        if (r.name().toLowerCase(Locale.ROOT).equals(roleName)) {
          role = r;
        }
      }
      if (role == null) {
        errors.reject("roles", "org.roles.unknown", roleName == null ? "" : roleName);
        return roles;
      }
      if (role.perStation()) {
        if (station == null || organization.findStation(station).filter(Station::active).isEmpty()) {
          errors.reject("roles", "org.roles.station", station == null ? "" : station);
          return roles;
        }
      } else if (station != null) {
        errors.reject("roles", "org.roles.noStation", roleName);
        return roles;
      }
      RoleAssignment a = new RoleAssignment(username, role, role.perStation() ? station : null);
      if (!roles.contains(a)) {
        roles.add(a);
      }
    }
    return roles;
  }

  private static String kind(FormErrors errors, Object value, String fallback) {
    String kind = text(value);
    if (kind == null && fallback != null) {
      return fallback;
    }
    if (kind == null || !StationDetails.KINDS.contains(kind)) {
      errors.reject("kind", "form.option");
    }
    return kind;
  }

  private static String certification(FormErrors errors, Object value) {
    String c = text(value);
    if (c != null && !PersonDetails.CERTIFICATIONS.contains(c)) {
      errors.reject("certification", "form.option");
    }
    return c;
  }

  private static String phone(FormErrors errors, Map<String, Object> in) {
    String phone = text(in.get("phone"));
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.reject("phone", "form.pattern");
    }
    return phone;
  }

  private static boolean flag(FormErrors errors, Map<String, Object> in, String field, boolean fallback) {
    Object v = in.get(field);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    String s = v.toString().trim();
    if (s.equals("true") || s.equals("on")) {
      return true;
    }
    if (s.equals("false") || s.isEmpty()) {
      return false;
    }
    errors.reject(field, "form.option");
    return fallback;
  }

  private static String required(FormErrors errors, Map<String, Object> in, String field, int max) {
    String v = text(in.get(field));
    if (v == null) {
      errors.reject(field, "form.required");
    } else if (v.length() > max) {
      errors.reject(field, "form.maxLength", max);
    }
    return v;
  }

  private static String optional(FormErrors errors, Map<String, Object> in, String field, int max) {
    String v = text(in.get(field));
    if (v != null && v.length() > max) {
      errors.reject(field, "form.maxLength", max);
    }
    return v;
  }

  static String text(Object value) {
    if (value == null || value instanceof Map || value instanceof Collection) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  private static String raw(Object value) {
    return value == null || value.toString().isEmpty() ? null : value.toString();
  }
}
