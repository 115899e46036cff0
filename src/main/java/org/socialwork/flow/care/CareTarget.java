package org.socialwork.flow.care;

import java.time.LocalDateTime;

/**
 * A person on a station's visit roster (探访对象); the personal data live in casework's client record. The paired
 * volunteer (a volunteer record with a login, {@code volunteerNo}/{@code volunteerUsername}) gets visit tasks too;
 * {@code visitorName/Role/Phone} is a paired visitor without an account (a child director, a neighbour).
 */
public record CareTarget(Long id, String stationCode, Long clientId, String fullName, String category,
                         String subCategory, String tierCode, String workerUsername, String visitorName,
                         String visitorRole, String visitorPhone, boolean consent, String createdBy,
                         LocalDateTime createdAt, String volunteerNo, String volunteerUsername,
                         String volunteerName) {

  public boolean paired() {
    return volunteerNo != null;
  }

  /** Whether this login is the volunteer paired with the target. */
  public boolean pairedWith(String username) {
    return volunteerUsername != null && volunteerUsername.equals(username);
  }


  /** The human number, also the business key prefix of the target's visits. */
  public String number() {
    return "CT-" + id;
  }
}
