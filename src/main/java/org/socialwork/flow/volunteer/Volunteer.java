package org.socialwork.flow.volunteer;

import java.time.LocalDateTime;
import java.util.List;

/** A registered volunteer. The volunteer number is the identifier people and other systems use, never the ID number. */
record Volunteer(Long id, String volunteerNo, String fullName, String sex, String birthMonth, String idNumber,
                 String phone, String skills, String availableTimes, boolean consent, String stationCode,
                 String username, Long referredBy, String registeredBy, LocalDateTime registeredAt) {

  List<String> skillList() {
    return skills == null || skills.isBlank() ? List.of() : List.of(skills.split(","));
  }
}
