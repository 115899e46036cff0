package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** One line of the case list. The ID number is masked here; lists never show it whole. */
public record CaseSummary(String caseNo, String stationCode, String stationName, String clientName,
                          String idNumber, CaseStatus status, String riskLevel, String responsibleWorker,
                          LocalDateTime registeredAt, String responsibleWorkerName) {

  /** The responsible worker by name (the user name when the person is unknown), empty when none is assigned. */
  public String responsibleWorkerShown() {
    return responsibleWorkerName != null ? responsibleWorkerName : responsibleWorker == null ? "" : responsibleWorker;
  }

  public String maskedIdNumber() {
    return org.socialwork.flow.form.ResidentIdNumber.mask(idNumber);
  }
}
