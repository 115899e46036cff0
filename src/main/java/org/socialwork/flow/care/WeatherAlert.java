package org.socialwork.flow.care;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 极端天气预警: an extreme-weather alert for the district (the leading group, administrators) or for a supervisor's
 * stations asks for a visit within 24 h of every target of the chosen tiers (all tiers when none is chosen), as a
 * major change of kind {@code weather} does for one target. The targets are taken in chunks, one transaction each,
 * and a target that already has an open major-change visit is left as it is: raising the alert again (a second
 * click, another supervisor, a retry after a failure midway) plans nothing twice.
 */
@Service
class WeatherAlert {

  static final int CHUNK = 50;
  static final String KIND = "weather";

  private final CareMapper care;
  private final VisitPlanning planning;
  private final TransactionTemplate tx;
  private final Clock clock;

  WeatherAlert(CareMapper care, VisitPlanning planning, TransactionTemplate tx, Clock clock) {
    this.care = care;
    this.planning = planning;
    this.tx = tx;
    this.clock = clock;
  }

  /** What an alert did: the targets it covered and the visits it planned (the others had one already). */
  record Result(int targets, int planned) {
  }

  static boolean mayRaise(StaffMember member) {
    return member.has(Role.LEADER) || member.has(Role.ADMIN) || !member.stationsAs(Role.SUPERVISOR).isEmpty();
  }

  Result raise(Submission form, StaffMember member) {
    if (!mayRaise(member)) {
      throw new AccessDeniedException("Only the leading group, administrators and station supervisors raise an alert");
    }
    FormErrors errors = new FormErrors();
    List<String> tiers = codes(form.list("tiers"));
    for (String tier : tiers) {
      if (care.findTier(tier).isEmpty()) {
        errors.reject("tiers", "form.option");
      }
    }
    String note = form.text("note");
    if (note != null && note.length() > 500) {
      errors.reject("note", "form.maxLength", 500);
    }
    errors.throwIfAny(form.values());
    boolean district = member.has(Role.LEADER) || member.has(Role.ADMIN);
    DataScope scope = district ? member.scope()
        : new DataScope(false, List.copyOf(member.stationsAs(Role.SUPERVISOR)));
    List<Long> ids = care.findTargetIdsForAlert(scope, tiers.isEmpty() ? null : tiers);
    String why = note == null ? "极端天气预警" : "极端天气预警：" + note;
    int planned = 0;
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Integer n = tx.execute(status -> {
        int count = 0;
        for (Long id : chunk) {
          count += visitSoon(id, why, member);
        }
        return count;
      });
      planned += n == null ? 0 : n;
    }
    return new Result(ids.size(), planned);
  }

  /** 1 when this call planned the target's visit within 24 h, 0 when it had one already. */
  private int visitSoon(Long id, String why, StaffMember member) {
    care.lockTarget(id); // two alerts at once: the second waits here and then finds the first one's visit
    CareTarget target = care.findTargetById(id).orElseThrow();
    boolean planned = care.findOpenVisits(id).stream().anyMatch(v -> VisitPlanning.MAJOR_CHANGE.equals(v.reason()));
    if (planned) {
      return 0;
    }
    care.insertTierChange(id, target.tierCode(), target.tierCode(), KIND, why, member.username(),
        LocalDateTime.now(clock));
    planning.visitSoon(target, "major change: " + KIND);
    return 1;
  }

  private static List<String> codes(String list) {
    Set<String> out = new LinkedHashSet<>();
    if (list != null) {
      for (String s : list.split(",")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
    }
    return new ArrayList<>(out);
  }
}
