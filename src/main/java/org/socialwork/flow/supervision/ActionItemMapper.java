package org.socialwork.flow.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Action items of sessions and meetings. Lists for people filter by station scope in SQL. */
@Mapper
public interface ActionItemMapper {

  void insertItem(ItemRow item);

  void updateProcess(@Param("id") Long id, @Param("processInstanceId") String processInstanceId);

  void complete(@Param("id") Long id, @Param("outcome") String outcome, @Param("at") LocalDateTime at);

  void escalate(@Param("id") Long id, @Param("toGroup") String toGroup, @Param("at") LocalDateTime at);

  void writeFollowUp(@Param("id") Long id, @Param("note") String note);

  Optional<ActionItem> findItem(Long id);

  List<ActionItem> findOfSession(Long sessionId);

  /** A meeting's items of the district (no station) and of the scope's stations. */
  List<ActionItem> findOfMeeting(@Param("meetingId") Long meetingId, @Param("scope") DataScope scope);

  /** Items owned by the user, open first. */
  List<ActionItem> findOwnedBy(@Param("owner") String owner, @Param("limit") int limit);

  /**
   * Items in scope across months: district items (no station) and the reader's stations'; {@code station} (one
   * station's only), {@code openOnly} and {@code overdueBefore} (due before that day, still open) narrow it.
   */
  List<ActionItem> findInScope(@Param("scope") DataScope scope, @Param("source") String source,
                               @Param("station") String station, @Param("openOnly") boolean openOnly,
                               @Param("overdueBefore") LocalDate overdueBefore, @Param("limit") int limit,
                               @Param("offset") int offset);

  long countInScope(@Param("scope") DataScope scope, @Param("source") String source, @Param("station") String station,
                    @Param("openOnly") boolean openOnly, @Param("overdueBefore") LocalDate overdueBefore);

  /** Open items owned by someone, of the district or the reader's stations. */
  List<ActionItem> findOpenOwnedInScope(@Param("owner") String owner, @Param("scope") DataScope scope);

  /** Open meeting items due before the day: what a new meeting carries onto its agenda. */
  List<ActionItem> findOpenMeetingItemsDueBefore(LocalDate day);

  /** The items carried onto a meeting's agenda, of the district (no station) and of the scope's stations. */
  List<ActionItem> findCarriedTo(@Param("meetingId") Long meetingId, @Param("scope") DataScope scope);

  /**
   * Open items of stations (district items have none) per station in scope, for the dashboard; only those due before
   * {@code overdueBefore} when it is given.
   */
  List<StationCount> countOpenByStation(@Param("scope") DataScope scope,
                                        @Param("overdueBefore") LocalDate overdueBefore);

  /** A count of one station. */
  record StationCount(String stationCode, long n) {
  }

  /** A new item as inserted (the id comes back). */
  class ItemRow {
    public Long id;
    public String source;
    public Long sessionId;
    public Long meetingId;
    public String stationCode;
    public String title;
    public String owner;
    public LocalDate dueOn;
    public String status;
    public LocalDateTime createdAt;
  }
}
