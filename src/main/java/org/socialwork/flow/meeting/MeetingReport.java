package org.socialwork.flow.meeting;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A station's monthly report to a meeting; {@code filedAt} null while it is still due. */
public record MeetingReport(Long id, Long meetingId, String stationCode, String stationName, Integer casesOpened,
                            Integer casesClosed, Integer overdueTasks, Integer sessions, BigDecimal supervisionHours,
                            String issues, String requests, String filedBy, LocalDateTime filedAt) {

  public boolean filed() {
    return filedAt != null;
  }
}
