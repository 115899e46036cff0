package org.socialwork.flow.care;

import java.time.LocalDateTime;

/** A person on a station's visit roster (探访对象); the personal data live in casework's client record. */
public record CareTarget(Long id, String stationCode, Long clientId, String fullName, String category,
                         String subCategory, String tierCode, String workerUsername, String visitorName,
                         String visitorRole, String visitorPhone, boolean consent, String createdBy,
                         LocalDateTime createdAt) {

  /** The human number, also the business key prefix of the target's visits. */
  public String number() {
    return "CT-" + id;
  }
}
