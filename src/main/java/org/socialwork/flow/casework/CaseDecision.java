package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** A decision taken on a case at one step (screening, opening, mentor review, plan approval…), with its comment. */
public record CaseDecision(Long caseId, String step, String decision, String comment, String decidedBy,
                             LocalDateTime decidedAt) {

  static final String SCREENING = "SCREENING";
  static final String APPROVAL = "APPROVAL";
  static final String ASSESSMENT_REVIEW = "ASSESSMENT_REVIEW";
  static final String PLAN_APPROVAL = "PLAN_APPROVAL";
  static final String EMERGENCY = "EMERGENCY";
  static final String INTERVENTION = "INTERVENTION";
  static final String CLOSURE_APPROVAL = "CLOSURE_APPROVAL";
}
