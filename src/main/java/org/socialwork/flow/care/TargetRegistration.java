package org.socialwork.flow.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.socialwork.flow.casework.ClientRecords;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.MobileNumber;
import org.socialwork.flow.form.ResidentIdNumber;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登记探访对象: a station's worker or supervisor puts a person on the roster. The person becomes a client record
 * (casework), the target row keeps category, tier (the category's default unless chosen), the responsible worker, the
 * paired visitor and consent; with consent the first visit is planned at once, one tier interval from now.
 */
@Service
class TargetRegistration {

  static final Set<String> CHILD_SUB_CATEGORIES = Set.of("orphan", "self", "family", "safety", "temporary");
  static final Set<String> VISITOR_ROLES = Set.of("volunteer", "child_director", "relative", "neighbour");

  private final CareMapper care;
  private final ClientRecords clients;
  private final StaffDirectory staff;
  private final VisitPlanning planning;
  private final Clock clock;

  TargetRegistration(CareMapper care, ClientRecords clients, StaffDirectory staff, VisitPlanning planning,
                     Clock clock) {
    this.care = care;
    this.clients = clients;
    this.staff = staff;
    this.planning = planning;
    this.clock = clock;
  }

  static boolean mayRegister(StaffMember member) {
    return member.has(Role.WORKER) || member.has(Role.SUPERVISOR);
  }

  static Set<String> stationsOf(StaffMember member) {
    Set<String> stations = new java.util.LinkedHashSet<>(member.stationsAs(Role.WORKER));
    stations.addAll(member.stationsAs(Role.SUPERVISOR));
    return stations;
  }

  /** A registration that passed every check. */
  private record Valid(String station, String name, String idNumber, String phone, String address,
                       String emergencyPhone, CareCategory category, String sub, String tier, boolean consent,
                       String worker, String visitorName, String visitorRole, String visitorPhone) {
  }

  /** Checks a registration exactly as {@link #register} does, storing nothing (the roster import's first pass). */
  void check(Submission form, StaffMember member) {
    validate(form, member);
  }

  @Transactional
  public CareTarget register(Submission form, StaffMember member) {
    Valid v = validate(form, member);
    LocalDateTime now = LocalDateTime.now(clock);
    Long clientId = clients.register(new ClientRecords.NewClient(v.station(), v.name(), v.idNumber(), v.phone(),
        v.address(), form.text("emergencyContact"), v.emergencyPhone(), v.category().personType()),
        member.username());
    CareMapper.Key key = new CareMapper.Key();
    CareTarget draft = new CareTarget(null, v.station(), clientId, v.name(), v.category().code(), v.sub(), v.tier(),
        v.worker(), v.visitorName(), v.visitorName() == null ? null : v.visitorRole(),
        v.visitorName() == null ? null : v.visitorPhone(), v.consent(), member.username(), now, null, null, null);
    care.insertTarget(draft, key);
    CareTarget target = care.findTargetById(key.id).orElseThrow();
    care.insertTierChange(target.id(), null, v.tier(), "registered", null, member.username(), now);
    planning.planAfter(target, now);
    return target;
  }

  private Valid validate(Submission form, StaffMember member) {
    if (!mayRegister(member)) {
      throw new AccessDeniedException("Only station workers and supervisors register visit targets");
    }
    FormErrors errors = new FormErrors();
    String station = form.text("stationCode");
    if (station == null) {
      errors.reject("stationCode", "form.required");
    } else if (!stationsOf(member).contains(station)) {
      errors.reject("stationCode", "form.option");
    }
    String name = form.text("name");
    if (name == null) {
      errors.reject("name", "form.required");
    } else if (name.length() < 2 || name.length() > 50) {
      errors.reject("name", name.length() < 2 ? "form.minLength" : "form.maxLength", name.length() < 2 ? 2 : 50);
    }
    String idNumber = form.text("idNumber");
    if (idNumber == null) {
      errors.reject("idNumber", "form.required");
    } else if (ResidentIdNumber.parse(idNumber, LocalDate.now(clock)).isEmpty()) {
      errors.reject("idNumber", "form.residentId");
    }
    String phone = form.text("phone");
    if (phone == null) {
      errors.reject("phone", "form.required");
    } else if (!MobileNumber.isValid(phone)) {
      errors.reject("phone", "form.mobile");
    }
    String address = form.text("address");
    if (address == null) {
      errors.reject("address", "form.required");
    } else if (address.length() < 4 || address.length() > 200) {
      errors.reject("address", address.length() < 4 ? "form.minLength" : "form.maxLength",
          address.length() < 4 ? 4 : 200);
    }
    String emergencyPhone = form.text("emergencyPhone");
    if (emergencyPhone != null && !MobileNumber.isValid(emergencyPhone)) {
      errors.reject("emergencyPhone", "form.mobile");
    }
    CareCategory category = null;
    String categoryCode = form.text("category");
    if (categoryCode == null) {
      errors.reject("category", "form.required");
    } else {
      category = care.findCategory(categoryCode).orElse(null);
      if (category == null) {
        errors.reject("category", "form.option");
      }
    }
    String sub = form.text("subCategory");
    if (category != null && "child_difficulty".equals(category.code())) {
      if (sub == null) {
        errors.reject("subCategory", "form.required");
      } else if (!CHILD_SUB_CATEGORIES.contains(sub)) {
        errors.reject("subCategory", "form.option");
      }
    } else {
      sub = null;
    }
    String tier = form.text("tier");
    if (tier == null && category != null) {
      tier = category.defaultTier();
    }
    if (tier != null && care.findTier(tier).isEmpty()) {
      errors.reject("tier", "form.option");
    }
    Boolean consent = form.bool("consent");
    if (consent == null) {
      errors.reject("consent", "form.required");
    }
    String worker = form.text("worker");
    if (worker == null && station != null && member.stationsAs(Role.WORKER).contains(station)) {
      worker = member.username();
    }
    if (worker == null) {
      errors.reject("worker", "form.required");
    } else if (station != null && staff.find(worker)
        .filter(w -> w.stationsAs(Role.WORKER).contains(form.text("stationCode"))).isEmpty()) {
      errors.reject("worker", "form.option");
    }
    String visitorName = form.text("visitorName");
    String visitorRole = form.text("visitorRole");
    String visitorPhone = form.text("visitorPhone");
    if (visitorRole != null && !VISITOR_ROLES.contains(visitorRole)) {
      errors.reject("visitorRole", "form.option");
    }
    if (visitorPhone != null && !MobileNumber.isValid(visitorPhone)) {
      errors.reject("visitorPhone", "form.mobile");
    }
    errors.throwIfAny(form.values());
    return new Valid(station, name, idNumber, phone, address, emergencyPhone, category, sub, tier, consent, worker,
        visitorName, visitorRole, visitorPhone);
  }
}
