package org.socialwork.flow.volunteer;

import java.time.LocalDateTime;
import java.util.List;
import org.socialwork.flow.system.ConflictException;

/**
 * A need of the 问题需求清单 and where it stands in 点单-派单-结单: OPEN (raised) → ORDERED (a service of the station's
 * list chosen) → DISPATCHED (to a team, as a service request; it may become an activity) → CLOSED (with the requester's
 * feedback and satisfaction). It guards its own steps ({@link #require}).
 */
public record Need(Long id, String needNo, String stationCode, String stationName, String source, String sourceRef,
                   String requesterName, String requesterPhone, String category, String description, String status,
                   Long serviceItemId, String serviceName, String orderedBy, LocalDateTime orderedAt, Long teamId,
                   String teamName, String dispatchNote, String dispatchedBy, LocalDateTime dispatchedAt,
                   Long activityId, String activityNo, String activityTitle, String outcome, Integer satisfaction,
                   String feedback, String closedBy, LocalDateTime closedAt, String raisedBy,
                   LocalDateTime raisedAt) {

  static final String OPEN = "OPEN";
  static final String ORDERED = "ORDERED";
  static final String DISPATCHED = "DISPATCHED";
  static final String CLOSED = "CLOSED";
  static final List<String> STATUSES = List.of(OPEN, ORDERED, DISPATCHED, CLOSED);

  /** 居民提出, 社工提出, 探访发现. */
  static final List<String> SOURCES = List.of(Needs.SOURCE_RESIDENT, Needs.SOURCE_STAFF, Needs.SOURCE_VISIT);

  /** 409 unless the need is in that state: somebody else took the step first, or it is not its turn yet. */
  Need require(String wanted) {
    if (!wanted.equals(status)) {
      throw new ConflictException("volunteer.need.moved." + status,
          "Need " + needNo + " is " + status + ", not " + wanted);
    }
    return this;
  }
}
