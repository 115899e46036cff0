package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** 结案评估: results against the plan's objectives. */
public record CaseEvaluation(Long caseId, String goalAttainment, String overall, String outcome, String evaluatedBy,
                             LocalDateTime evaluatedAt) {
}
