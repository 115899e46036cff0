package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialwork.flow.form.MobileNumber;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登记社会组织: the leading group or an administrator registers a social organisation (credit code checked per
 * GB 32100, unique) with the stations it serves, changes it, and links logins of role ORGANIZATION to it.
 */
@Service
class OrganizationRegistration {

  private final VentureMapper venture;
  private final Stations stations;
  private final StaffDirectory staff;
  private final Clock clock;

  OrganizationRegistration(VentureMapper venture, Stations stations, StaffDirectory staff, Clock clock) {
    this.venture = venture;
    this.stations = stations;
    this.staff = staff;
    this.clock = clock;
  }

  @Transactional
  public Long register(Map<String, Object> body, StaffMember member) {
    requireManager(member, "register organisations");
    Fields f = fields(body, null);
    VentureMapper.Key key = new VentureMapper.Key();
    venture.insertOrganization(new SocialOrganization(null, f.name(), f.code(), f.authority(), f.legal(), f.phone(),
        null, null, member.username(), LocalDateTime.now(clock)), key);
    f.served().forEach(s -> venture.insertOrganizationStation(key.id, s));
    return key.id;
  }

  /**
   * 修改社会组织: the same fields and checks as registering (a credit code another organisation holds is refused); the
   * stations served are replaced. Debarment and logins are not changed here.
   */
  @Transactional
  public void update(Long id, Map<String, Object> body, StaffMember member) {
    requireManager(member, "change organisations");
    venture.findOrganization(id).orElseThrow(() -> new VentureNotFoundException("organisation " + id));
    Fields f = fields(body, id);
    venture.updateOrganization(id, f.name(), f.code(), f.authority(), f.legal(), f.phone());
    venture.deleteOrganizationStations(id);
    f.served().forEach(s -> venture.insertOrganizationStation(id, s));
  }

  private void requireManager(StaffMember member, String what) {
    if (!VentureReader.of(member, venture).manages()) {
      throw new AccessDeniedException("Only the leading group and administrators " + what);
    }
  }

  private record Fields(String name, String code, String authority, String legal, String phone, Set<String> served) {
  }

  /** The organisation's fields checked, 400 (pages: 422) naming each wrong one; {@code self} when changing one. */
  private Fields fields(Map<String, Object> body, Long self) {
    JsonInput in = JsonInput.of(body);
    String name = in.text("name", true, 100);
    if (name != null && name.length() < 2) {
      in.reject("name", "form.minLength", 2);
    }
    String rawCode = in.text("creditCode", true, 18);
    String code = null;
    if (rawCode != null) {
      code = CreditCode.parse(rawCode).orElse(null);
      if (code == null) {
        in.reject("creditCode", "venture.creditCode");
      } else if (self == null ? venture.creditCodeTaken(code) : venture.creditCodeTakenByOther(code, self)) {
        in.reject("creditCode", "venture.creditCode.taken");
      }
    }
    String authority = in.text("registrationAuthority", false, 100);
    String legal = in.text("legalRepresentative", true, 50);
    String phone = in.text("phone", true, 20);
    if (phone != null && !MobileNumber.isValid(phone) && !phone.matches("0\\d{2,3}-?\\d{7,8}")) {
      in.reject("phone", "venture.phone");
    }
    List<String> codes = in.texts("stationCodes");
    Set<String> served = new LinkedHashSet<>();
    if (codes == null || codes.isEmpty()) {
      in.reject("stationCodes", "form.required");
    } else {
      for (String s : codes) {
        if (stations.find(s).isEmpty()) {
          in.reject("stationCodes", "venture.station.unknown", s);
        }
        served.add(s);
      }
    }
    in.throwIfAny();
    return new Fields(name, code, authority, legal, phone, served);
  }

  /** Links a login of role ORGANIZATION to the organisation (one organisation per login). */
  @Transactional
  public void addMember(Long organizationId, Map<String, Object> body, StaffMember member) {
    requireManager(member, "link organisation logins");
    venture.findOrganization(organizationId).orElseThrow(() -> new VentureNotFoundException("organisation"));
    JsonInput in = JsonInput.of(body);
    String username = in.text("username", true, 64);
    if (username != null) {
      boolean organisationLogin = staff.rolesOf(username).stream().anyMatch(r -> r.role() == Role.ORGANIZATION);
      if (!organisationLogin) {
        in.reject("username", "venture.member.role");
      } else if (venture.findMemberOrganization(username).isPresent()) {
        in.reject("username", "venture.member.taken");
      }
    }
    in.throwIfAny();
    venture.insertMember(username, organizationId);
  }
}
