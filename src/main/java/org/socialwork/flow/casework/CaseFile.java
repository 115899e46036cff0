package org.socialwork.flow.casework;

import java.time.LocalDateTime;
import org.socialwork.flow.form.FormErrors;

/**
 * 个案: one client's case at one station, known by its human number (e.g. XBHBL-2026-0001), which is
 * also the business key of its process instances. Guards its own status transitions.
 */
public class CaseFile {

  private Long id;
  private String caseNo;
  private String stationCode;
  private Long clientId;
  private CaseStatus status;
  private String responsibleWorker;
  private String registeredBy;
  private LocalDateTime registeredAt;
  private LocalDateTime openedAt;
  private LocalDateTime endedAt;

  protected CaseFile() {
  }

  static CaseFile register(String caseNo, String stationCode, Long clientId, String registeredBy, LocalDateTime now) {
    CaseFile c = new CaseFile();
    c.caseNo = caseNo;
    c.stationCode = stationCode;
    c.clientId = clientId;
    c.status = CaseStatus.SCREENING;
    c.registeredBy = registeredBy;
    c.registeredAt = now;
    return c;
  }

  /** The worker's screening: accept sends it to the supervisor, refer and decline end the intake. */
  void screen(ScreeningDecision decision, LocalDateTime now) {
    requireStatus(CaseStatus.SCREENING, CaseStatus.RETURNED);
    switch (decision) {
      case ACCEPT -> status = CaseStatus.OPENING_REVIEW;
      case REFER -> {
        status = CaseStatus.REFERRED;
        endedAt = now;
      }
      case DECLINE -> {
        status = CaseStatus.NOT_OPENED;
        endedAt = now;
      }
    }
  }

  /** The supervisor opens the case and names the worker responsible for it. */
  void open(String worker, LocalDateTime now) {
    requireStatus(CaseStatus.OPENING_REVIEW);
    status = CaseStatus.IN_SERVICE;
    responsibleWorker = worker;
    openedAt = now;
  }

  /** The supervisor sends the request back to the worker to screen again. */
  void returnToWorker() {
    requireStatus(CaseStatus.OPENING_REVIEW);
    status = CaseStatus.RETURNED;
  }

  private void requireStatus(CaseStatus... allowed) {
    for (CaseStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new IllegalStateException("Case " + caseNo + " is " + status);
  }

  static void requireText(FormErrors errors, String field, String value) {
    if (value == null || value.isBlank()) {
      errors.reject(field, "form.required");
    }
  }

  public Long getId() { return id; }
  public String getCaseNo() { return caseNo; }
  public String getStationCode() { return stationCode; }
  public Long getClientId() { return clientId; }
  public CaseStatus getStatus() { return status; }
  public String getResponsibleWorker() { return responsibleWorker; }
  public String getRegisteredBy() { return registeredBy; }
  public LocalDateTime getRegisteredAt() { return registeredAt; }
  public LocalDateTime getOpenedAt() { return openedAt; }
  public LocalDateTime getEndedAt() { return endedAt; }
}
