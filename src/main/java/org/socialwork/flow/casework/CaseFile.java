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
  private String mentor;
  private String riskLevel;

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

  /** The supervisor opens the case, names the worker responsible for it and, for mentored casework, a mentor. */
  void open(String worker, String mentor, LocalDateTime now) {
    requireStatus(CaseStatus.OPENING_REVIEW);
    status = CaseStatus.ASSESSING;
    responsibleWorker = worker;
    this.mentor = mentor;
    openedAt = now;
  }

  /** The risk level the decision table derived from the latest assessment. */
  void recordRisk(String level) {
    riskLevel = level;
  }

  /** The first plan moves a new case to review; a re-assessment's plan leaves a case in service where it is. */
  void planSubmitted() {
    if (status == CaseStatus.ASSESSING) {
      status = CaseStatus.PLAN_REVIEW;
    }
  }

  void planReturned() {
    if (status == CaseStatus.PLAN_REVIEW) {
      status = CaseStatus.ASSESSING;
    }
  }

  void planApproved() {
    if (status == CaseStatus.PLAN_REVIEW) {
      status = CaseStatus.IN_SERVICE;
    }
  }

  /** Case notes are written while the case is open and before it is closed. */
  boolean acceptsNotes() {
    return status == CaseStatus.ASSESSING || status == CaseStatus.PLAN_REVIEW || status == CaseStatus.IN_SERVICE;
  }

  void interventionEnded() {
    requireStatus(CaseStatus.IN_SERVICE);
    status = CaseStatus.EVALUATING;
  }

  void evaluated() {
    requireStatus(CaseStatus.EVALUATING);
    status = CaseStatus.CLOSING;
  }

  void closureSubmitted() {
    requireStatus(CaseStatus.CLOSING);
    status = CaseStatus.CLOSURE_REVIEW;
  }

  void closureReturned() {
    requireStatus(CaseStatus.CLOSURE_REVIEW);
    status = CaseStatus.CLOSING;
  }

  void closureApproved(LocalDateTime now) {
    requireStatus(CaseStatus.CLOSURE_REVIEW);
    status = CaseStatus.FOLLOW_UP;
    endedAt = now;
  }

  /** A follow-up found new need: the case is in service again. */
  void reopen() {
    requireStatus(CaseStatus.FOLLOW_UP);
    status = CaseStatus.IN_SERVICE;
    endedAt = null;
  }

  void followUpsDone() {
    requireStatus(CaseStatus.FOLLOW_UP);
    status = CaseStatus.CLOSED;
  }

  /** Nobody approves their own work: the responsible worker may not approve the case's plan or closure. */
  boolean isResponsibleWorker(String username) {
    return username.equals(responsibleWorker);
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
    throw new CaseStageException("Case " + caseNo + " is " + status + " (changed meanwhile?)");
  }

  /**
   * A supervisor's approve / return decision on this case (plan, closure): returning needs a comment, and the
   * case's own responsible worker may not decide ({@code selfApprovalMessage} says why).
   */
  boolean supervisorApproves(org.socialwork.flow.form.FormData form, String username, String selfApprovalMessage) {
    boolean approve = "approve".equals(form.text("decision"));
    FormErrors errors = new FormErrors();
    if (isResponsibleWorker(username)) {
      errors.reject("decision", selfApprovalMessage);
    }
    if (!approve) {
      requireText(errors, "comment", form.text("comment"));
    }
    errors.throwIfAny(form.values());
    return approve;
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
  public String getMentor() { return mentor; }
  public String getRiskLevel() { return riskLevel; }
}
