package org.socialwork.flow.casework;

import java.time.LocalDate;

/** 回访记录 */
public record FollowUp(Long caseId, LocalDate doneOn, String mode, String statusNow, boolean reopen, String doneBy) {
}
