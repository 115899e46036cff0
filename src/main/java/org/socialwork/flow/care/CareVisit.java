package org.socialwork.flow.care;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One planned visit and, once done, its record (five dimensions, risk change, emergency, child's level). */
public record CareVisit(Long id, Long targetId, String stationCode, String tierCode, String reason,
                        LocalDateTime dueAt, LocalDateTime windowOpens, LocalDateTime windowCloses, String status,
                        String processInstanceId, LocalDate visitedOn, String method, Boolean contactMade,
                        String noContactReason, String healthItems, String healthNote, String economicItems,
                        String economicNote, String familyItems, String familyNote, String safetyItems,
                        String safetyNote, String needsItems, String needsNote, String riskChange, String nextStep,
                        String emergency, String intakeCaseNo, String childLevel, String recordedBy,
                        LocalDateTime recordedAt) {

  public static final String PLANNED = "PLANNED";
  public static final String LATE = "LATE";
  public static final String DONE = "DONE";
  public static final String REPLANNED = "REPLANNED";

  /** The business key of its process instance. */
  public String number() {
    return "CV-" + id;
  }

  public boolean open() {
    return PLANNED.equals(status) || LATE.equals(status);
  }

  public boolean overdue(LocalDateTime now) {
    return open() && dueAt.isBefore(now);
  }
}
