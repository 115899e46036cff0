package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** One line of the case list. The ID number is masked here; lists never show it whole. */
public record CaseSummary(String caseNo, String stationCode, String stationName, String clientName,
                          String idNumber, CaseStatus status, String riskLevel, String responsibleWorker,
                          LocalDateTime registeredAt) {

  public String maskedIdNumber() {
    return org.socialwork.flow.form.ResidentIdNumber.mask(idNumber);
  }
}
