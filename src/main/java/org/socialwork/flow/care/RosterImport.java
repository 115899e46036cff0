package org.socialwork.flow.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.ResidentIdNumber;
import org.socialwork.flow.organization.ImportKind;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.StationImportKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 探访对象名册导入: a station's roster from one sheet (探访对象), through the organisation's import jobs. Each row is
 * checked by {@link TargetRegistration}'s own rules (the form's and the API's), plus: the same resident ID number twice
 * in the file, or of a person already on the station's roster, is a problem of that row. Cells may hold codes or the
 * names the pages show (类别 独居老人 or {@code alone}, 探访等级 重点 or {@code key}, 同意探访 是/否, 责任社工 a worker's
 * name or user name at the station). A valid file is registered row by row in the background, each row exactly as a
 * registration by form: client record, target, first visit planned.
 */
@Component
class RosterImport extends StationImportKind {

  static final String NAME = "care-roster";
  static final String SHEET = "探访对象";
  static final Map<String, String> COLUMNS = ImportKind.ordered("name", "姓名", "idNumber", "身份证号", "phone", "电话",
      "address", "住址", "category", "类别", "subCategory", "困境儿童子类", "tier", "探访等级", "consent", "同意探访",
      "worker", "责任社工", "emergencyContact", "紧急联系人", "emergencyPhone", "紧急联系电话", "visitorName",
      "结对探访人", "visitorRole", "探访人身份", "visitorPhone", "探访人电话");
  private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1", "同意");
  private static final Set<String> NO = Set.of("否", "no", "n", "false", "0", "不同意");

  private final CareMapper care;
  private final TargetRegistration registration;
  private final StaffDirectory staff;
  private final MessageSource messages;
  private final Clock clock;

  RosterImport(CareMapper care, TargetRegistration registration, StaffDirectory staff, MessageSource messages,
               Clock clock) {
    super(NAME, SHEET, COLUMNS, "idNumber", "care.import.duplicate");
    this.care = care;
    this.registration = registration;
    this.staff = staff;
    this.messages = messages;
    this.clock = clock;
  }

  /** Station workers and supervisors import into their own stations, as they register targets there. */
  @Override
  public Set<String> importerStations(StaffMember actor) {
    return TargetRegistration.stationsOf(actor);
  }

  @Override
  public void check(StaffMember actor, String scope, Map<String, String> cells) {
    FormErrors mine = new FormErrors();
    Submission form = submission(scope, cells, mine);
    if (onRoster(scope, cells.get("idNumber"))) {
      mine.reject("idNumber", "care.import.onRoster");
    }
    FormErrors all = new FormErrors();
    try {
      registration.check(form, actor);
    } catch (FormValidationException e) {
      e.errors().asMap().forEach((field, m) -> all.reject(field, m.code(), m.args().toArray()));
    }
    mine.asMap().forEach((field, m) -> {
      if (!all.has(field)) {
        all.reject(field, m.code(), m.args().toArray());
      }
    });
    all.throwIfAny(form.values());
  }

  /**
   * Registers the row's person; a person who came onto the roster since the check (a form, another file) is left
   * as they are (false), so the job goes on with the other rows.
   */
  @Override
  public boolean apply(StaffMember actor, String scope, Map<String, String> cells) {
    if (onRoster(scope, cells.get("idNumber"))) {
      return false;
    }
    registration.register(submission(scope, cells, new FormErrors()), actor);
    return true;
  }

  private boolean onRoster(String station, String idNumber) {
    return ResidentIdNumber.parse(idNumber, LocalDate.now(clock))
        .map(id -> care.countOnRoster(station, id.value()) > 0).orElse(false);
  }

  /** The row as the registration form would submit it: names and labels turned into codes where they match one. */
  private Submission submission(String station, Map<String, String> cells, FormErrors errors) {
    Map<String, Object> v = new LinkedHashMap<>(cells);
    v.put("stationCode", station);
    String category = cells.get("category");
    if (category != null) {
      for (CareCategory c : care.findCategories()) {
        if (c.nameZh().equals(category) || c.nameEn().equalsIgnoreCase(category)
            || c.code().equalsIgnoreCase(category)) {
          v.put("category", c.code());
        }
      }
    }
    String tier = cells.get("tier");
    if (tier != null) {
      for (CareTier t : care.findTiers()) {
        if (t.nameZh().equals(tier) || t.nameEn().equalsIgnoreCase(tier) || t.code().equalsIgnoreCase(tier)) {
          v.put("tier", t.code());
        }
      }
    }
    String consent = cells.get("consent");
    if (consent != null) {
      String c = consent.trim().toLowerCase(Locale.ROOT);
      if (YES.contains(c)) {
        v.put("consent", "true");
      } else if (NO.contains(c)) {
        v.put("consent", "false");
      } else {
        errors.reject("consent", "form.option");
      }
    }
    v.put("subCategory", label(cells.get("subCategory"), "care.sub.", TargetRegistration.CHILD_SUB_CATEGORIES));
    v.put("visitorRole", label(cells.get("visitorRole"), "care.visitorRole.", TargetRegistration.VISITOR_ROLES));
    String worker = cells.get("worker");
    if (worker != null && station != null) {
      List<Person> named = staff.peopleAt(station, Role.WORKER).stream()
          .filter(p -> worker.equals(p.fullName()) || worker.equals(p.username())).toList();
      if (named.size() == 1) {
        v.put("worker", named.get(0).username());
      }
    }
    return Submission.of(v);
  }

  /** A code, or its label in Chinese or English, as the code; anything else as it is (the check refuses it). */
  private String label(String value, String prefix, Set<String> codes) {
    if (value == null) {
      return null;
    }
    for (String code : codes) {
      if (code.equalsIgnoreCase(value)
          || value.equals(messages.getMessage(prefix + code, null, code, Locale.SIMPLIFIED_CHINESE))
          || value.equalsIgnoreCase(messages.getMessage(prefix + code, null, code, Locale.ENGLISH))) {
        return code;
      }
    }
    return value;
  }

  /** The template's example rows: an elder and a child, as a worker of the station would fill them in. */
  @Override
  public List<List<String>> exampleRows() {
    return List.of(
        List.of("王秀英", "110105194003120026", "13800138000", "太阳宫北街 3 号院 2-301", "独居老人", "", "", "是", "",
            "王建国", "13900139000", "", "", ""),
        List.of("李小明", "110105201503120017", "13700137000", "太阳宫南街 8 号 1-102", "困境儿童", "家庭困境", "重点",
            "是", "", "李大山", "13600136000", "", "儿童主任", ""));
  }
}
