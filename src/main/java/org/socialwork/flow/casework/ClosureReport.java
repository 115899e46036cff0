package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** 结案报告: one of the five closure reasons, the outcome, the client's feedback, a referral and the follow-up plan. */
public record ClosureReport(Long id, Long caseId, String reason, String outcomeEvaluation, String clientFeedback,
                            String referralTo, String followupPlan, String status, String writtenBy,
                            LocalDateTime writtenAt) {

  static final String SUBMITTED = "SUBMITTED";
  static final String RETURNED = "RETURNED";
  static final String APPROVED = "APPROVED";
  /** The closure reason that needs a receiving organisation. */
  static final String REFERRED = "referred";

  ClosureReport withStatus(String newStatus) {
    return new ClosureReport(id, caseId, reason, outcomeEvaluation, clientFeedback, referralTo, followupPlan,
        newStatus, writtenBy, writtenAt);
  }
}
