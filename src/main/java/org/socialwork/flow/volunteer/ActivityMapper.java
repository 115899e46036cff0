package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Volunteer activities and their sign-ups. */
@Mapper
interface ActivityMapper {

  /** A row of an activity list. */
  public record ActivityRow(String activityNo, String title, String place, String stationCode, String stationName,
                     LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime signupDeadline, int quota,
                     int confirmedCount, String status) {
  }

  void insertActivity(@Param("a") Activity activity, @Param("key") VolunteerMapper.Key key);

  void setProcessInstance(@Param("id") Long id, @Param("pi") String processInstanceId);

  /** In the reader's station scope. */
  Optional<Activity> findByNo(@Param("no") String activityNo, @Param("scope") DataScope scope);

  Optional<Activity> findAnyByNo(@Param("no") String activityNo);

  Optional<Activity> findById(@Param("id") Long id);

  Optional<Activity> findByProcessInstance(@Param("pi") String processInstanceId);

  /** The activity row, locked until the transaction ends: sign-ups, cancellations and confirmations queue on it. */
  Activity lockById(@Param("id") Long id);

  List<ActivityRow> findActivities(@Param("scope") DataScope scope, @Param("status") String status,
                                   @Param("limit") int limit);

  /** Published (or later) activities of the volunteer's station and of their teams' stations. */
  List<ActivityRow> findOpenFor(@Param("volunteerId") Long volunteerId, @Param("station") String station,
                                @Param("limit") int limit);

  int countTeamMembership(@Param("teamId") Long teamId, @Param("volunteerId") Long volunteerId);

  int updateStatus(@Param("id") Long id, @Param("from") String from, @Param("to") String to);

  void approve(@Param("id") Long id, @Param("by") String by, @Param("at") LocalDateTime at,
               @Param("comment") String comment);

  /** Changes what the proposer changed (null: unchanged). */
  void revise(@Param("id") Long id, @Param("title") String title, @Param("content") String content,
              @Param("place") String place, @Param("quota") Integer quota);

  void markReturned(@Param("id") Long id, @Param("comment") String comment);

  void markPosting(@Param("id") Long id, @Param("by") String by, @Param("at") LocalDateTime at,
                   @Param("postingEndsAt") LocalDateTime postingEndsAt);

  void close(@Param("id") Long id, @Param("at") LocalDateTime at);

  /** Published → CANCELLED with the reason, who and when. */
  void cancelActivity(@Param("id") Long id, @Param("reason") String reason, @Param("by") String by,
                      @Param("at") LocalDateTime at);

  /** Why, who and when of a cancelled activity (nulls for any other). */
  Optional<Cancellation> findCancellation(@Param("id") Long id);

  record Cancellation(String cancelReason, String cancelledBy, LocalDateTime cancelledAt) {
  }

  /** Ends every sign-up and waiting place of the activity; how many. */
  int endSignups(@Param("activityId") Long activityId, @Param("at") LocalDateTime at);

  void setCode(@Param("id") Long id, @Param("code") String code, @Param("expiresAt") LocalDateTime expiresAt);

  void setConfirmedCount(@Param("id") Long id, @Param("count") int count);

  Optional<Signup> findSignup(@Param("activityId") Long activityId, @Param("volunteerId") Long volunteerId);

  void insertSignup(@Param("activityId") Long activityId, @Param("volunteerId") Long volunteerId,
                    @Param("status") String status, @Param("walkIn") boolean walkIn, @Param("by") String by,
                    @Param("at") LocalDateTime at);

  void resignup(@Param("id") Long id, @Param("status") String status, @Param("walkIn") boolean walkIn,
                @Param("by") String by, @Param("at") LocalDateTime at);

  int countSignups(@Param("activityId") Long activityId, @Param("status") String status);

  Optional<Signup> firstWaitlisted(@Param("activityId") Long activityId);

  void cancelSignup(@Param("id") Long id, @Param("at") LocalDateTime at);

  void promote(@Param("id") Long id, @Param("at") LocalDateTime at);

  /** The roster (confirmed, then waiting in order; cancelled last). */
  List<Signup> findSignups(@Param("activityId") Long activityId);

  int checkIn(@Param("id") Long id, @Param("at") LocalDateTime at);

  int checkOut(@Param("id") Long id, @Param("at") LocalDateTime at);

  void setHours(@Param("id") Long id, @Param("hours") BigDecimal hours, @Param("rating") Integer rating);
}
