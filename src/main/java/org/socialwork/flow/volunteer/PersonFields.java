package org.socialwork.flow.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.MobileNumber;
import org.socialwork.flow.form.ResidentIdNumber;

/**
 * The person a volunteer registration or a self-registration names — name, resident ID (valid, not a volunteer
 * already), mobile, skills, available times, consent to record keeping — read and checked the same way for both,
 * each wrong field rejected into {@code errors}. {@code id} is empty when the ID number was refused.
 */
record PersonFields(String fullName, Optional<ResidentIdNumber> id, String phone, List<String> skills,
                    String skillText, String availableTimes) {

  static PersonFields read(Fields form, LocalDate today, VolunteerMapper volunteers, FormErrors errors) {
    String name = form.text("fullName");
    if (name == null) {
      errors.reject("fullName", "form.required");
    } else if (name.length() < 2 || name.length() > 50) {
      errors.reject("fullName", name.length() < 2 ? "form.minLength" : "form.maxLength", name.length() < 2 ? 2 : 50);
    }
    String rawId = form.text("idNumber");
    Optional<ResidentIdNumber> id = rawId == null ? Optional.empty() : ResidentIdNumber.parse(rawId, today);
    if (rawId == null) {
      errors.reject("idNumber", "form.required");
    } else if (id.isEmpty()) {
      errors.reject("idNumber", "form.residentId");
    } else if (volunteers.countIdNumber(id.get().value()) > 0) {
      errors.reject("idNumber", "volunteer.idNumber.taken");
      id = Optional.empty();
    }
    String phone = form.text("phone");
    if (phone == null) {
      errors.reject("phone", "form.required");
    } else if (!MobileNumber.isValid(phone)) {
      errors.reject("phone", "form.mobile");
    }
    List<String> skills = form.list("skills");
    String skillText = String.join(",", skills);
    if (skillText.length() > 500 || skills.stream().anyMatch(s -> s.length() > 30)) {
      errors.reject("skills", "form.maxLength", 30);
    }
    String available = form.text("availableTimes");
    if (available != null && available.length() > 200) {
      errors.reject("availableTimes", "form.maxLength", 200);
    }
    if (!Boolean.TRUE.equals(form.bool("consent"))) {
      errors.reject("consent", "volunteer.consent.required");
    }
    return new PersonFields(name, id, phone == null ? null : phone.trim(), skills,
        skills.isEmpty() ? null : skillText, available);
  }
}
