package org.socialwork.flow.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialwork.flow.form.ResidentIdNumber;
import org.socialwork.flow.organization.ImportKind;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.StationImportKind;
import org.springframework.stereotype.Component;

/**
 * 志愿者导入: a station's volunteers from one sheet (志愿者), through the organisation's import jobs. Each row is
 * checked by {@link VolunteerRegistration}'s own rules (the staff form's and the API's: name, valid resident ID number
 * not registered yet, mobile, skills, available times, consent, a referrer of the station), plus: the same ID number
 * twice in the file is a problem of the later row. Skills may be separated by 、 , or ，; 同意保存档案 is 是/否. A valid
 * file registers its rows in the background, each exactly as the staff form does (number {@code ZY-<station>-nnnnn},
 * sex and birth month from the ID number); no logins are made (the volunteer sets one up later, as on the join page).
 */
@Component
class VolunteerImport extends StationImportKind {

  static final String NAME = "volunteer";
  static final String SHEET = "志愿者";
  static final Map<String, String> COLUMNS = ImportKind.ordered("fullName", "姓名", "idNumber", "身份证号", "phone", "手机号",
      "skills", "技能特长", "availableTimes", "可服务时间", "consent", "同意保存档案", "referredBy", "推荐人编号");
  private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1", "同意");

  private final VolunteerRegistration registration;
  private final VolunteerMapper volunteers;
  private final Clock clock;

  VolunteerImport(VolunteerRegistration registration, VolunteerMapper volunteers, Clock clock) {
    super(NAME, SHEET, COLUMNS, "idNumber", "volunteer.import.duplicate");
    this.registration = registration;
    this.volunteers = volunteers;
    this.clock = clock;
  }

  /** The stations where the actor imports: those where they are a worker or a supervisor. */
  @Override
  public Set<String> importerStations(StaffMember actor) {
    Set<String> stations = new LinkedHashSet<>(actor.stationsAs(Role.WORKER));
    stations.addAll(actor.stationsAs(Role.SUPERVISOR));
    return stations;
  }

  /** The staff registration's checks, nothing written; a volunteer registered already is its idNumber's problem. */
  @Override
  public void check(StaffMember actor, String scope, Map<String, String> cells) {
    registration.check(fields(scope, cells), actor);
  }

  /**
   * Registers the row's volunteer; one registered since the check (the form, the join page, another file) is left as
   * they are (false), so the job goes on with the other rows.
   */
  @Override
  public boolean apply(StaffMember actor, String scope, Map<String, String> cells) {
    boolean registered = ResidentIdNumber.parse(cells.get("idNumber"), LocalDate.now(clock))
        .map(id -> volunteers.countIdNumber(id.value()) > 0).orElse(false);
    if (registered) {
      return false;
    }
    registration.register(fields(scope, cells), actor);
    return true;
  }

  /** The row as the staff form would submit it: the station, skills as a list, consent as true or false. */
  private static Fields fields(String station, Map<String, String> cells) {
    Map<String, Object> v = new LinkedHashMap<>(cells);
    v.put("stationCode", station);
    String skills = cells.get("skills");
    if (skills != null) {
      v.put("skills", List.of(skills.split("[,，、;；]")));
    }
    String consent = cells.get("consent");
    v.put("consent", consent != null && YES.contains(consent.trim().toLowerCase(Locale.ROOT)) ? "true" : "false");
    v.remove("password");
    return Fields.of(v);
  }

  /** The template's example rows, as a worker of the station would fill them in. */
  @Override
  public List<List<String>> exampleRows() {
    return List.of(
        List.of("张志远", "110105199003120037", "13800138001", "急救、陪伴", "周末上午", "是", ""),
        List.of("陈丽华", "110105198507150024", "13900139002", "文艺,心理疏导", "工作日晚上", "是", ""));
  }
}
