package org.socialwork.flow.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.ResidentIdNumber;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.VolunteerAccounts;
import org.socialwork.flow.system.NumberSequences;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 志愿者登记: a station's worker or supervisor registers a volunteer (民函〔2012〕340号: name, sex, birth month, ID number,
 * skills, contact; consent to keep the record is required). The volunteer gets a number of our own,
 * {@code ZY-<station>-<nnnnn>}; sex and birth month come from the validated ID number. With a password the volunteer
 * also gets a login (username: the number in lower case, role volunteer). A referrer earns the rule's referral points.
 */
@Service
class VolunteerRegistration {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final VolunteerMapper volunteers;
  private final NumberSequences numbers;
  private final VolunteerAccounts accounts;
  private final Ledgers ledgers;
  private final Clock clock;

  VolunteerRegistration(VolunteerMapper volunteers, NumberSequences numbers, VolunteerAccounts accounts,
                        Ledgers ledgers, Clock clock) {
    this.volunteers = volunteers;
    this.numbers = numbers;
    this.accounts = accounts;
    this.ledgers = ledgers;
    this.clock = clock;
  }

  record Registered(String volunteerNo, String username) {
  }

  /** A registration that passed every check: the station, the person, the referrer (or null), the password. */
  private record Valid(String station, PersonFields person, Volunteer referrer, String password) {
  }

  /**
   * Every check of {@link #register} without writing anything (the import checks each row of a file with it);
   * problems as a {@code FormValidationException} whose fields are the form's.
   */
  void check(Fields form, StaffMember member) {
    validate(form, member);
  }

  private Valid validate(Fields form, StaffMember member) {
    if (!member.has(Role.WORKER) && !member.has(Role.SUPERVISOR) && !member.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only station staff register volunteers");
    }
    FormErrors errors = new FormErrors();
    String station = form.text("stationCode");
    if (station == null) {
      errors.reject("stationCode", "form.required");
    } else if (!VolunteerAccess.manages(member, station) || volunteers.stationName(station) == null) {
      errors.reject("stationCode", "form.option");
    }
    PersonFields person = PersonFields.read(form, LocalDate.now(clock), volunteers, errors);
    Volunteer referrer = null;
    String referredBy = form.text("referredBy");
    if (referredBy != null) {
      referrer = volunteers.findByNo(referredBy, member.scope()).orElse(null);
      if (referrer == null) {
        errors.reject("referredBy", "form.option");
      }
    }
    String password = form.text("password");
    if (password != null) {
      String problem = VolunteerAccounts.passwordProblem(password, null);
      if (problem != null) {
        errors.reject("password", problem, 10);
      }
    }
    errors.throwIfAny(form.values());
    return new Valid(station, person, referrer, password);
  }

  @Transactional
  public Registered register(Fields form, StaffMember member) {
    Valid valid = validate(form, member);
    String station = valid.station();
    PersonFields person = valid.person();
    Volunteer referrer = valid.referrer();
    String password = valid.password();

    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    String volunteerNo = String.format("ZY-%s-%05d", station, numbers.next("volunteer-" + station, 0));
    String username = password == null ? null : volunteerNo.toLowerCase(Locale.ROOT);
    ResidentIdNumber idNumber = person.id().get();
    String name = person.fullName();
    Volunteer v = new Volunteer(null, volunteerNo, name, idNumber.sex(), idNumber.birthDate().format(MONTH),
        idNumber.value(), person.phone(), person.skillText(), person.availableTimes(), true, station, username,
        referrer == null ? null : referrer.id(), member.username(), now);
    VolunteerMapper.Key key = new VolunteerMapper.Key();
    try {
      volunteers.insertVolunteer(v, key);
    } catch (DuplicateKeyException e) {
      new FormErrors().reject("idNumber", "volunteer.idNumber.taken").throwIfAny(form.values());
    }
    if (username != null) {
      accounts.create(username, name, person.phone(), password, "password");
    }
    if (referrer != null) {
      ledgers.referralBonus(referrer, key.id, member.username(), now);
    }
    return new Registered(volunteerNo, username);
  }
}
