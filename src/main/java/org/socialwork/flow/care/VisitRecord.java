package org.socialwork.flow.care;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialwork.flow.form.FormErrors;

/**
 * The record of a visit as submitted (REFERENCE §4, §8): date (not in the future), method, whether the person was
 * seen (a reason when not), the five dimensions each as structured items and a note, the risk change, the next step,
 * an emergency screen. A child's colour level is decided over the items guardian_none / guardian_inadequate (family),
 * violence_risk (safety) and basic_needs_unmet (economic).
 */
record VisitRecord(LocalDate visitedOn, String method, boolean contactMade, String noContactReason,
                   String healthItems, String healthNote, String economicItems, String economicNote,
                   String familyItems, String familyNote, String safetyItems, String safetyNote, String needsItems,
                   String needsNote, String riskChange, String nextStep, String emergency) {

  static final List<String> METHODS = List.of("home", "phone", "video", "other");
  static final List<String> NO_CONTACT_REASONS = List.of("absent", "away", "hospital", "refused", "died");
  static final List<String> RISK_CHANGES = List.of("better", "same", "worse");
  static final List<String> EMERGENCIES = List.of("fall", "no_food_heat", "violence", "no_guardian", "acute_illness");
  /** The structured items of each dimension, in the order the form shows them. */
  static final Map<String, List<String>> ITEMS = items();

  private static Map<String, List<String>> items() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("health", List.of("mobility", "illness", "mental", "medication"));
    m.put("economic", List.of("food", "clothing", "housing", "medical", "benefits_missing", "basic_needs_unmet"));
    m.put("family", List.of("no_visits", "no_calls", "neglect", "guardian_inadequate", "guardian_none"));
    m.put("safety", List.of("gas", "water", "power", "heating", "house", "violence_risk"));
    m.put("needs", List.of("daily_care", "rehab", "emotional", "adaptation"));
    return m;
  }

  /** Reads and checks a submission; throws the field errors, nothing stored. */
  static VisitRecord of(Submission form, LocalDate today) {
    FormErrors errors = new FormErrors();
    LocalDate visitedOn = null;
    String day = form.text("visitedOn");
    if (day == null) {
      errors.reject("visitedOn", "form.required");
    } else {
      try {
        visitedOn = LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
        if (visitedOn.isAfter(today)) {
          errors.reject("visitedOn", "form.notFuture");
        }
      } catch (java.time.format.DateTimeParseException e) {
        errors.reject("visitedOn", "form.date");
      }
    }
    String method = option(form, "method", METHODS, true, errors);
    Boolean contact = form.bool("contactMade");
    if (contact == null) {
      errors.reject("contactMade", "form.required");
    }
    String reason = option(form, "noContactReason", NO_CONTACT_REASONS, Boolean.FALSE.equals(contact), errors);
    String[] dims = new String[10];
    int i = 0;
    for (Map.Entry<String, List<String>> d : ITEMS.entrySet()) {
      String key = d.getKey() + "Items";
      String list = form.list(key);
      if (list != null && !d.getValue().containsAll(Arrays.asList(list.split(",")))) {
        errors.reject(key, "form.option");
      }
      dims[i++] = list;
      String noteKey = d.getKey() + "Note";
      String note = form.text(noteKey);
      if (note != null && note.length() > 1000) {
        errors.reject(noteKey, "form.maxLength", 1000);
      }
      dims[i++] = note;
    }
    String risk = option(form, "riskChange", RISK_CHANGES, true, errors);
    String nextStep = form.text("nextStep");
    if (nextStep != null && nextStep.length() > 1000) {
      errors.reject("nextStep", "form.maxLength", 1000);
    }
    String emergency = form.text("emergency");
    if ("none".equals(emergency)) {
      emergency = null;
    }
    if (emergency != null && !EMERGENCIES.contains(emergency)) {
      errors.reject("emergency", "form.option");
    }
    errors.throwIfAny(form.values());
    return new VisitRecord(visitedOn, method, contact, contact ? null : reason, dims[0], dims[1], dims[2], dims[3],
        dims[4], dims[5], dims[6], dims[7], dims[8], dims[9], risk, nextStep, emergency);
  }

  private static String option(Submission form, String key, List<String> allowed, boolean required,
                               FormErrors errors) {
    String v = form.text(key);
    if (v == null) {
      if (required) {
        errors.reject(key, "form.required");
      }
      return null;
    }
    if (!allowed.contains(v)) {
      errors.reject(key, "form.option");
      return null;
    }
    return v;
  }

  private static Set<String> set(String list) {
    return list == null ? Set.of() : Set.of(list.split(","));
  }

  String guardianship() {
    Set<String> family = set(familyItems);
    return family.contains("guardian_none") ? "none" : family.contains("guardian_inadequate") ? "inadequate" : "adequate";
  }

  boolean safetyRisk() {
    return set(safetyItems).contains("violence_risk");
  }

  boolean basicNeedsUnmet() {
    return set(economicItems).contains("basic_needs_unmet");
  }
}
