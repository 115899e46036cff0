package org.socialwork.flow.volunteer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.ResidentIdNumber;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.organization.VolunteerAccounts;
import org.socialwork.flow.system.ConflictException;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 志愿者自主注册: a person applies on the public page (no login) to volunteer at a station; the station's workers or
 * supervisors approve (the volunteer is registered as staff would register them, the ID number checked again) or
 * reject with a reason. The applicant gets an application code (12 random characters, shown once, only its hash
 * stored): with it they see the outcome and, once approved, set the password of their login (user name: the
 * volunteer number in lower case). The code is typed or posted, never put in a URL, so it is in no log.
 */
@Service
class VolunteerApplications {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final VolunteerApplicationMapper applications;
  private final VolunteerMapper volunteers;
  private final VolunteerRegistration registration;
  private final VolunteerAccounts accounts;
  private final Stations stations;
  private final Clock clock;
  private final AuditTrail audit;
  private final SecureRandom random = new SecureRandom();

  VolunteerApplications(VolunteerApplicationMapper applications, VolunteerMapper volunteers,
                        VolunteerRegistration registration, VolunteerAccounts accounts, Stations stations,
                        Clock clock, AuditTrail audit) {
    this.audit = audit;
    this.applications = applications;
    this.volunteers = volunteers;
    this.registration = registration;
    this.accounts = accounts;
    this.stations = stations;
    this.clock = clock;
  }

  /** What the applicant sees with their code. */
  public record Outcome(String status, String fullName, String stationName, String decisionNote, String volunteerNo,
                        boolean activated) {
  }

  /** The stations one may apply to, by name. */
  public List<Station> stations() {
    return stations.active();
  }

  static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(normalised(code).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The code as typed: case and separators do not matter. */
  static String normalised(String code) {
    return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
  }

  private String newCode() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        b.append('-');
      }
      b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }

  /** Applies (public): 400 naming the fields; answers the application code to keep. */
  @Transactional
  public String apply(Fields form) {
    FormErrors errors = new FormErrors();
    String station = form.text("stationCode");
    if (station == null) {
      errors.reject("stationCode", "form.required");
    } else if (stations.find(station).filter(Station::active).isEmpty()) {
      errors.reject("stationCode", "form.option");
    }
    PersonFields person = PersonFields.read(form, LocalDate.now(clock), volunteers, errors);
    if (person.id().isPresent() && applications.countPending(person.id().get().value()) > 0) {
      errors.reject("idNumber", "volunteer.join.pending");
    }
    errors.throwIfAny(form.values());
    String code = newCode();
    VolunteerApplicationMapper.Application a = new VolunteerApplicationMapper.Application(null, station,
        person.fullName(), person.id().get().value(), person.phone(), person.skillText(), person.availableTimes(), true,
        hash(code), "PENDING",
        LocalDateTime.now(clock).withNano(0), null, null, null, null, null);
    try {
      applications.insert(a, new VolunteerApplicationMapper.Key());
    } catch (DuplicateKeyException e) {
      new FormErrors().reject("idNumber", "volunteer.join.pending").throwIfAny(form.values());
    }
    return code;
  }

  /** The outcome for the applicant's code; 404 for a code that is not one. */
  public Outcome outcome(String code) {
    VolunteerApplicationMapper.Application a = byCode(code);
    String no = a.volunteerId() == null ? null : applications.volunteerNo(a.volunteerId());
    return new Outcome(a.status(), a.fullName(), volunteers.stationName(a.stationCode()), a.decisionNote(), no,
        a.activatedAt() != null);
  }

  private VolunteerApplicationMapper.Application byCode(String code) {
    if (normalised(code).length() != 12) {
      throw new NotFoundException("No application");
    }
    return applications.findByToken(hash(code)).orElseThrow(() -> new NotFoundException("No application"));
  }

  /**
   * Sets the password of an approved applicant's login, once: the login is the volunteer number in lower case.
   * 409 when not approved or set already.
   */
  @Transactional
  public String activate(String code, Fields form) {
    VolunteerApplicationMapper.Application a = byCode(code);
    if (!"APPROVED".equals(a.status()) || a.activatedAt() != null) {
      throw new ConflictException("volunteer.join.notActivatable", "The application is not waiting for a password");
    }
    String no = applications.volunteerNo(a.volunteerId());
    String username = no.toLowerCase(Locale.ROOT);
    String password = form.text("password");
    FormErrors errors = new FormErrors();
    if (password == null) {
      errors.reject("password", "form.required");
    } else {
      String problem = VolunteerAccounts.passwordProblem(password, username);
      if (problem != null) {
        errors.reject("password", problem, 10);
      } else if (!password.equals(form.text("passwordAgain"))) {
        errors.reject("passwordAgain", "volunteer.join.passwordsDiffer");
      }
    }
    errors.throwIfAny(Map.of());
    if (applications.activate(a.id(), LocalDateTime.now(clock).withNano(0)) == 0
        || applications.setUsername(a.volunteerId(), username) == 0) {
      throw new ConflictException("volunteer.join.notActivatable", "The volunteer has a login already");
    }
    accounts.create(username, a.fullName(), a.phone(), password, "password");
    return username;
  }

  /** The applications of the stations in scope (staff): pending first; the whole ID only for the station's supervisors. */
  public List<VolunteerApplicationMapper.Row> list(StaffMember member, String status) {
    if (!VolunteerAccess.isStaff(member)) {
      return List.of();
    }
    return applications.findInScope(member.scope(), status, 200).stream()
        .map(r -> VolunteerAccess.seesIdNumber(member, r.stationCode()) ? r
            : new VolunteerApplicationMapper.Row(r.id(), r.stationCode(), r.stationName(), r.fullName(),
                ResidentIdNumber.mask(r.idNumber()), r.phone(), r.skills(), r.availableTimes(), r.status(),
                r.submittedAt(), r.decisionNote(), r.volunteerNo()))
        .toList();
  }

  private VolunteerApplicationMapper.Application decidable(Long id, StaffMember member) {
    VolunteerApplicationMapper.Application a = applications.lockById(id, member.scope())
        .orElseThrow(() -> new NotFoundException("No application " + id));
    if (!VolunteerAccess.manages(member, a.stationCode())) {
      throw new AccessDeniedException("The station's staff decide on applications");
    }
    if (!"PENDING".equals(a.status())) {
      throw new ConflictException("volunteer.join.decided", "Application " + id + " is " + a.status());
    }
    return a;
  }

  /** Approves (the station's workers or supervisors): the volunteer is registered now; answers the number. */
  @Transactional
  public String approve(Long id, StaffMember member) {
    VolunteerApplicationMapper.Application a = decidable(id, member);
    Map<String, Object> values = new HashMap<>();
    values.put("fullName", a.fullName());
    values.put("idNumber", a.idNumber());
    values.put("phone", a.phone());
    values.put("stationCode", a.stationCode());
    values.put("skills", a.skills());
    values.put("availableTimes", a.availableTimes());
    values.put("consent", a.consent());
    String no = registration.register(Fields.of(values), member).volunteerNo();
    Long volunteerId = volunteers.findAnyByNo(no).orElseThrow().id();
    applications.approve(a.id(), volunteerId, member.username(), LocalDateTime.now(clock).withNano(0));
    audit.record(member.username(), "VOLUNTEER_APPLICATION_APPROVE", "application " + a.id() + " " + no, "page");
    return no;
  }

  @Transactional
  public void reject(Long id, Fields form, StaffMember member) {
    String reason = form.text("reason");
    FormErrors errors = new FormErrors();
    if (reason == null) {
      errors.reject("reason", "form.required");
    } else if (reason.length() > 500) {
      errors.reject("reason", "form.maxLength", 500);
    }
    VolunteerApplicationMapper.Application a = decidable(id, member);
    errors.throwIfAny(form.values());
    applications.reject(a.id(), reason, member.username(), LocalDateTime.now(clock).withNano(0));
    audit.record(member.username(), "VOLUNTEER_APPLICATION_REJECT", "application " + a.id(), "page");
  }
}
