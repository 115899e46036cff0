package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** One screening (SCREENING) or opening-approval (APPROVAL) decision, with its comment. */
public record IntakeDecision(Long caseId, String step, String decision, String comment, String decidedBy,
                             LocalDateTime decidedAt) {

  static final String SCREENING = "SCREENING";
  static final String APPROVAL = "APPROVAL";
}
