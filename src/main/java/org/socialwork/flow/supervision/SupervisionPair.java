package org.socialwork.flow.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A mentor paired with a supervisee (a worker) or a case (or both), meeting on a schedule
 * ({@code schedulePeriod}, an ISO-8601 period) from the first session until the end date.
 */
public record SupervisionPair(Long id, String pairNo, String stationCode, String mentor, String mentorType,
                              String supervisee, Long caseId, String focus, String schedulePeriod,
                              LocalDate firstSession, LocalDate endDate, String status, String processInstanceId,
                              String createdBy, LocalDateTime createdAt, String mentorName, String superviseeName,
                              String caseNo, String stationName) {

  public static final String ACTIVE = "ACTIVE";
  public static final String ENDED = "ENDED";
}
