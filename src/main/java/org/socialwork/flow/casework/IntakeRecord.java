package org.socialwork.flow.casework;

import java.time.LocalDate;

/** 接案登记表: the request as the worker registered it. */
public record IntakeRecord(Long caseId, LocalDate intakeDate, String referralSource, String referrerOrg,
                           String presentingProblem, String expectation, String willingness, String urgency) {
}
