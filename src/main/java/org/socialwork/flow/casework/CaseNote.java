package org.socialwork.flow.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** 个案记录: one contact with the client. */
public record CaseNote(Long caseId, LocalDate noteDate, String mode, int durationMin, String objective,
                       String narrative, String reflection, String nextStep, String writtenBy,
                       LocalDateTime writtenAt) {
}
