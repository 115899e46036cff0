package org.socialwork.flow.volunteer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.ConflictException;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer service certificates (志愿服务证明, 民发〔2015〕149号). The volunteer (for themself) or the station's staff
 * request one for a period; the station's workers or supervisors check and issue it (or reject it with a reason):
 * issuing freezes the hours and activities of the period from the hours ledger, the issuing station, the person in
 * charge (the station's setting, else its first supervisor) and the handler (who issues). The station's supervisors
 * revoke an issued certificate with a reason. Anyone may verify a number: name, hours, period, valid or revoked.
 */
@Service
class Certificates {

  /** Crockford base32: no I, L, O, U, so a number read aloud or typed is not mistaken. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  static final int MAX_SEAL_BYTES = 1024 * 1024;
  /** A certificate covers at most ten years: older service is not in our ledger anyway. */
  private static final int MAX_YEARS = 10;

  private final CertificateMapper certificates;
  private final VolunteerMapper volunteers;
  private final VolunteerAccess access;
  private final StaffDirectory directory;
  private final AuditTrail audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  Certificates(CertificateMapper certificates, VolunteerMapper volunteers, VolunteerAccess access,
               StaffDirectory directory, AuditTrail audit, Clock clock) {
    this.certificates = certificates;
    this.volunteers = volunteers;
    this.access = access;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** A certificate as its readers see it (the lines once issued). */
  public record CertificateView(String certNo, String volunteerNo, String fullName, String stationCode,
                                String stationName, LocalDate periodFrom, LocalDate periodTo, String purpose,
                                String status, BigDecimal hours, Integer activityCount, String personInCharge,
                                String handlerName, LocalDateTime requestedAt, LocalDateTime decidedAt,
                                String decisionNote, LocalDateTime revokedAt, List<Certificate.Line> lines,
                                boolean mayDecide, boolean mayRevoke) {
  }

  /** Everything the PDF prints. */
  record Printable(Certificate certificate, Volunteer volunteer, List<Certificate.Line> lines, byte[] seal) {
  }

  static String newNumber(SecureRandom random, int year) {
    StringBuilder b = new StringBuilder("ZM-").append(year).append('-');
    for (int i = 0; i < 10; i++) {
      b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }

  /** A request for a period ({from, to} as yyyy-MM-dd, purpose?): the volunteer for themself or the station's staff. */
  @Transactional
  public Certificate request(String volunteerNo, Fields form, StaffMember member) {
    Volunteer v = access.volunteer(volunteerNo, member);
    boolean self = access.self(member).filter(me -> me.id().equals(v.id())).isPresent();
    if (!self && !VolunteerAccess.manages(member, v.stationCode())) {
      throw new AccessDeniedException("The volunteer or the station's staff request certificates");
    }
    FormErrors errors = new FormErrors();
    LocalDate today = LocalDate.now(clock);
    LocalDate from = date(form, "from", errors);
    LocalDate to = date(form, "to", errors);
    if (to != null && to.isAfter(today)) {
      errors.reject("to", "form.notFuture");
    }
    if (from != null && to != null && !errors.has("to") && from.isAfter(to)) {
      errors.reject("from", "volunteer.cert.fromAfterTo");
    }
    if (from != null && to != null && !errors.has("from") && from.isBefore(to.minusYears(MAX_YEARS))) {
      errors.reject("from", "volunteer.cert.tooLong", MAX_YEARS);
    }
    String purpose = form.text("purpose");
    if (purpose != null && purpose.length() > 200) {
      errors.reject("purpose", "form.maxLength", 200);
    }
    errors.throwIfAny(form.values());
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    for (int attempt = 0; ; attempt++) {
      Certificate c = new Certificate(null, newNumber(random, today.getYear()), v.id(), v.stationCode(), from, to,
          purpose, Certificate.REQUESTED, null, null, null, null, null, member.username(), now, null, null, null,
          null, null);
      try {
        certificates.insert(c);
        return c;
      } catch (DuplicateKeyException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  private static LocalDate date(Fields form, String field, FormErrors errors) {
    String raw = form.text(field);
    if (raw == null) {
      errors.reject(field, "form.required");
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      errors.reject(field, "form.date");
      return null;
    }
  }

  /** The certificates of a volunteer the reader may see (their own, or in their scope). */
  public List<CertificateView> of(String volunteerNo, StaffMember member) {
    Volunteer v = access.volunteer(volunteerNo, member);
    return certificates.findOf(v.id()).stream().map(c -> view(c, v, member, false)).toList();
  }

  public CertificateView one(String volunteerNo, String certNo, StaffMember member) {
    Volunteer v = access.volunteer(volunteerNo, member);
    return view(find(v, certNo, false), v, member, true);
  }

  /** The station's list (staff): requests waiting first. */
  public List<CertificateMapper.Row> station(StaffMember member, String status) {
    if (!VolunteerAccess.isStaff(member)) {
      return List.of();
    }
    return certificates.findInScope(member.scope(), status, 200);
  }

  private CertificateView view(Certificate c, Volunteer v, StaffMember member, boolean withLines) {
    boolean decides = VolunteerAccess.manages(member, c.stationCode());
    return new CertificateView(c.certNo(), v.volunteerNo(), v.fullName(), c.stationCode(),
        c.stationName() != null ? c.stationName() : volunteers.stationName(c.stationCode()), c.periodFrom(),
        c.periodTo(), c.purpose(), c.status(), c.hours(), c.activityCount(), c.personInCharge(), c.handlerName(),
        c.requestedAt(), c.decidedAt(), c.decisionNote(), c.revokedAt(),
        withLines ? certificates.findLines(c.id()) : List.of(),
        decides && Certificate.REQUESTED.equals(c.status()),
        revokes(member, c.stationCode()) && Certificate.ISSUED.equals(c.status()));
  }

  private static boolean revokes(StaffMember member, String station) {
    return member.has(Role.ADMIN) || member.stationsAs(Role.SUPERVISOR).contains(station);
  }

  /** The volunteer's certificate of that number, or 404 (another volunteer's number answers like none). */
  private Certificate find(Volunteer v, String certNo, boolean lock) {
    Optional<Certificate> c = lock ? certificates.lockByNo(certNo) : certificates.findByNo(certNo);
    return c.filter(x -> x.volunteerId().equals(v.id()))
        .orElseThrow(() -> new NotFoundException("No certificate " + certNo));
  }

  /**
   * Issues a requested certificate (the station's workers or supervisors): the period's hours and activities from
   * the hours ledger, frozen with the issuer, the person in charge and the handler. 409 when it is not waiting or
   * the period has no hours.
   */
  @Transactional
  public CertificateView issue(String volunteerNo, String certNo, StaffMember member) {
    Volunteer v = access.volunteer(volunteerNo, member);
    if (!VolunteerAccess.manages(member, v.stationCode())) {
      throw new AccessDeniedException("The station's staff issue certificates");
    }
    Certificate c = find(v, certNo, true);
    if (!Certificate.REQUESTED.equals(c.status())) {
      throw new ConflictException("volunteer.cert.notRequested", "Certificate " + certNo + " is " + c.status());
    }
    List<Certificate.Line> lines = new ArrayList<>();
    LocalDateTime from = c.periodFrom().atStartOfDay();
    LocalDateTime to = c.periodTo().plusDays(1).atStartOfDay();
    BigDecimal total = BigDecimal.ZERO;
    for (Certificate.Line l : certificates.activityHours(v.id(), from, to)) {
      lines.add(new Certificate.Line(lines.size() + 1, l.activityNo(), l.title(), l.heldOn(), l.hours()));
      total = total.add(l.hours());
    }
    int activities = lines.size();
    BigDecimal other = certificates.otherHours(v.id(), from, to);
    if (other.signum() > 0) {
      lines.add(new Certificate.Line(lines.size() + 1, null, null, null, other));
      total = total.add(other);
    }
    if (total.signum() <= 0) {
      throw new ConflictException("volunteer.cert.noHours", "No confirmed hours in the period");
    }
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    String stationName = Optional.ofNullable(volunteers.stationName(c.stationCode())).orElse(c.stationCode());
    String inCharge = certificates.findSetting(c.stationCode()).map(CertificateMapper.Setting::personInCharge)
        .filter(s -> !s.isBlank())
        .or(() -> directory.peopleAt(c.stationCode(), Role.SUPERVISOR).stream().map(Person::fullName).findFirst())
        .orElse(null);
    for (Certificate.Line l : lines) {
      certificates.insertLine(c.id(), l);
    }
    certificates.issue(c.id(), total, activities, stationName, inCharge, member.fullName(), member.username(), now);
    audit.record(member.username(), "VOLUNTEER_CERTIFICATE_ISSUE", certNo, "api");
    return one(volunteerNo, certNo, member);
  }

  /** Rejects a request with a reason (the station's workers or supervisors). */
  @Transactional
  public CertificateView reject(String volunteerNo, String certNo, Fields form, StaffMember member) {
    Volunteer v = access.volunteer(volunteerNo, member);
    if (!VolunteerAccess.manages(member, v.stationCode())) {
      throw new AccessDeniedException("The station's staff decide on certificates");
    }
    String reason = reason(form);
    Certificate c = find(v, certNo, true);
    if (certificates.reject(c.id(), reason, member.username(), LocalDateTime.now(clock).withNano(0)) == 0) {
      throw new ConflictException("volunteer.cert.notRequested", "Certificate " + certNo + " is " + c.status());
    }
    return one(volunteerNo, certNo, member);
  }

  /** Revokes an issued certificate with a reason (the station's supervisors): verification then says revoked. */
  @Transactional
  public CertificateView revoke(String volunteerNo, String certNo, Fields form, StaffMember member) {
    Volunteer v = access.volunteer(volunteerNo, member);
    if (!revokes(member, v.stationCode())) {
      throw new AccessDeniedException("The station's supervisors revoke certificates");
    }
    String reason = reason(form);
    Certificate c = find(v, certNo, true);
    if (certificates.revoke(c.id(), reason, member.username(), LocalDateTime.now(clock).withNano(0)) == 0) {
      throw new ConflictException("volunteer.cert.notIssued", "Certificate " + certNo + " is " + c.status());
    }
    audit.record(member.username(), "VOLUNTEER_CERTIFICATE_REVOKE", certNo, "api");
    return one(volunteerNo, certNo, member);
  }

  private static String reason(Fields form) {
    String reason = form.text("reason");
    FormErrors errors = new FormErrors();
    if (reason == null) {
      errors.reject("reason", "form.required");
    } else if (reason.length() > 500) {
      errors.reject("reason", "form.maxLength", 500);
    }
    errors.throwIfAny(form.values());
    return reason;
  }

  /**
   * What the PDF prints, for the volunteer themself or the station's staff (others: 404, like no such certificate);
   * only an issued or revoked certificate. The download is audited.
   */
  @Transactional
  public Printable printable(String volunteerNo, String certNo, StaffMember member, String channel) {
    Volunteer v = access.volunteer(volunteerNo, member);
    boolean self = access.self(member).filter(me -> me.id().equals(v.id())).isPresent();
    if (!self && !VolunteerAccess.manages(member, v.stationCode())) {
      throw new NotFoundException("No certificate " + certNo);
    }
    Certificate c = find(v, certNo, false);
    if (!Certificate.ISSUED.equals(c.status()) && !Certificate.REVOKED.equals(c.status())) {
      throw new ConflictException("volunteer.cert.notIssued", "Certificate " + certNo + " is not issued");
    }
    audit.record(member.username(), "VOLUNTEER_CERTIFICATE_PDF", certNo, channel);
    byte[] seal = certificates.findSeal(c.stationCode()).stream().findFirst().orElse(null);
    return new Printable(c, v, certificates.findLines(c.id()), seal);
  }

  /** Public: name, hours, period and valid/revoked of an issued certificate; 404 for anything else. */
  public CertificateMapper.Verification verify(String certNo) {
    if (certNo == null || !certNo.matches("ZM-\\d{4}-[0-9A-Z]{10}")) {
      throw new NotFoundException("No certificate");
    }
    return certificates.verification(certNo).orElseThrow(() -> new NotFoundException("No certificate " + certNo));
  }

  // ---- the station's certificate settings (its supervisors, administrators) ----

  private static void mayConfigure(StaffMember member, String station) {
    if (!member.has(Role.ADMIN) && !member.stationsAs(Role.SUPERVISOR).contains(station)) {
      throw new NotFoundException("No certificate settings of " + station);
    }
  }

  public Optional<CertificateMapper.Setting> setting(String station, StaffMember member) {
    mayConfigure(member, station);
    if (volunteers.stationName(station) == null) {
      throw new NotFoundException("No station " + station);
    }
    return certificates.findSetting(station);
  }

  public byte[] seal(String station, StaffMember member) {
    mayConfigure(member, station);
    return certificates.findSeal(station).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("No seal of " + station));
  }

  /**
   * Saves the person in charge and, when given, a new seal image: a PNG (by its signature and as an image) of at most
   * 1 MB and 2000 × 2000 pixels; {@code removeSeal} drops the image.
   */
  @Transactional
  public void configure(String station, Fields form, byte[] png, StaffMember member) {
    setting(station, member);
    FormErrors errors = new FormErrors();
    String inCharge = form.text("personInCharge");
    if (inCharge != null && inCharge.length() > 50) {
      errors.reject("personInCharge", "form.maxLength", 50);
    }
    byte[] seal = png == null || png.length == 0 ? null : png;
    if (seal != null) {
      if (seal.length > MAX_SEAL_BYTES) {
        errors.reject("seal", "volunteer.cert.sealTooLarge", MAX_SEAL_BYTES / 1024);
      } else if (!isPng(seal)) {
        errors.reject("seal", "volunteer.cert.sealNotPng");
      }
    }
    errors.throwIfAny(form.values());
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    boolean clear = Boolean.TRUE.equals(form.bool("removeSeal"));
    if (certificates.updateSetting(station, inCharge, seal, clear, member.username(), now) == 0) {
      try {
        certificates.insertSetting(station, inCharge, seal, member.username(), now);
      } catch (DuplicateKeyException e) {
        certificates.updateSetting(station, inCharge, seal, clear, member.username(), now);
      }
    }
    audit.record(member.username(), "VOLUNTEER_CERTIFICATE_SETTINGS", station, "page");
  }

  static boolean isPng(byte[] bytes) {
    if (bytes.length < PNG_SIGNATURE.length
        || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
      return false;
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      return image != null && image.getWidth() <= 2000 && image.getHeight() <= 2000;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
