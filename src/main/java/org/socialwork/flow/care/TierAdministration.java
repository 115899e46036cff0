package org.socialwork.flow.care;

import java.time.Period;
import java.time.format.DateTimeParseException;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator edits a tier (name, interval as an ISO-8601 period, window days) and which tier a category gets
 * by default. Visits already planned keep their dates; the next ones follow the new values.
 */
@Service
class TierAdministration {

  private final CareMapper care;

  TierAdministration(CareMapper care) {
    this.care = care;
  }

  static boolean mayEdit(StaffMember member) {
    return member.has(Role.ADMIN);
  }

  @Transactional
  public CareTier update(String code, Submission form, StaffMember member) {
    if (!mayEdit(member)) {
      throw new AccessDeniedException("Only administrators edit tiers");
    }
    CareTier old = care.findTier(code).orElseThrow(() -> new WorkItemNotFoundException(code));
    FormErrors errors = new FormErrors();
    String nameZh = required(form, "nameZh", errors);
    String nameEn = required(form, "nameEn", errors);
    String interval = required(form, "visitInterval", errors);
    if (interval != null) {
      try {
        Period p = Period.parse(interval);
        if (p.isNegative() || p.isZero()) {
          errors.reject("visitInterval", "form.pattern");
        }
      } catch (DateTimeParseException e) {
        errors.reject("visitInterval", "form.pattern");
      }
    }
    int before = days(form, "windowBeforeDays", errors);
    int after = days(form, "windowAfterDays", errors);
    errors.throwIfAny(form.values());
    CareTier tier = new CareTier(code, nameZh, nameEn, interval, before, after, old.sortOrder());
    care.updateTier(tier);
    return tier;
  }

  @Transactional
  public void defaultTier(String category, String tier, StaffMember member) {
    if (!mayEdit(member)) {
      throw new AccessDeniedException("Only administrators edit tiers");
    }
    care.findCategory(category).orElseThrow(() -> new WorkItemNotFoundException(category));
    if (tier == null || care.findTier(tier).isEmpty()) {
      new FormErrors().reject("tier", "form.option").throwIfAny(java.util.Map.of());
    }
    care.updateCategoryTier(category, tier);
  }

  private static String required(Submission form, String key, FormErrors errors) {
    String v = form.text(key);
    if (v == null) {
      errors.reject(key, "form.required");
    } else if (v.length() > 50) {
      errors.reject(key, "form.maxLength", 50);
    }
    return v;
  }

  private static int days(Submission form, String key, FormErrors errors) {
    String v = form.text(key);
    if (v == null) {
      errors.reject(key, "form.required");
      return 0;
    }
    try {
      int d = Integer.parseInt(v);
      if (d < 0 || d > 60) {
        errors.reject(key, d < 0 ? "form.min" : "form.max", d < 0 ? 0 : 60);
      }
      return d;
    } catch (NumberFormatException e) {
      errors.reject(key, "form.number");
      return 0;
    }
  }
}
