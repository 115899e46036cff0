package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Volunteers, teams, the points rules and star levels, and the two ledgers. */
@Mapper
interface VolunteerMapper {

  final class Key {
    public Long id;
  }

  /** A row of the volunteer list (no ID number at all). */
  public record VolunteerRow(String volunteerNo, String fullName, String sex, String stationCode, String stationName,
                      String skills, BigDecimal hours, BigDecimal points) {
  }

  record Team(Long id, String name, String kind, String stationCode, String leader, LocalDateTime createdAt) {
  }

  record Posting(Long volunteerId, BigDecimal amount, String source, Long activityId, Long reversesId,
                 String postingKey, String reason, String recordedBy, LocalDateTime recordedAt) {
  }

  void insertVolunteer(@Param("v") Volunteer volunteer, @Param("key") Key key);

  int countIdNumber(@Param("idNumber") String idNumber);

  /** In the reader's station scope. */
  Optional<Volunteer> findByNo(@Param("no") String volunteerNo, @Param("scope") DataScope scope);

  /** Whatever the reader (for a volunteer's own record and for the engine's delegates). */
  Optional<Volunteer> findAnyByNo(@Param("no") String volunteerNo);

  Optional<Volunteer> findByUsername(@Param("username") String username);

  Optional<Volunteer> lockVolunteer(@Param("id") Long id);

  String stationName(@Param("code") String stationCode);

  List<VolunteerRow> findVolunteers(@Param("scope") DataScope scope, @Param("station") String station,
                                    @Param("search") String search, @Param("limit") int limit);

  void insertTeam(@Param("t") Team team, @Param("key") Key key);

  void insertTeamMember(@Param("teamId") Long teamId, @Param("volunteerId") Long volunteerId,
                        @Param("at") LocalDateTime at);

  List<Team> findTeams(@Param("scope") DataScope scope);

  Optional<Team> findTeam(@Param("id") Long id, @Param("scope") DataScope scope);

  List<Team> findTeamsOf(@Param("volunteerId") Long volunteerId);

  List<String> findTeamMemberNos(@Param("teamId") Long teamId);

  Optional<PointsRule> findRule(@Param("code") String code);

  List<StarLevel> findStarLevels();

  void insertHours(@Param("p") Posting posting);

  void insertPoints(@Param("p") Posting posting);

  BigDecimal sumHours(@Param("volunteerId") Long volunteerId);

  BigDecimal sumPoints(@Param("volunteerId") Long volunteerId);

  List<LedgerEntry> findHours(@Param("volunteerId") Long volunteerId);

  List<LedgerEntry> findPoints(@Param("volunteerId") Long volunteerId);

  Optional<LedgerEntry> findHoursEntry(@Param("volunteerId") Long volunteerId, @Param("id") Long id);

  /** The activity's points entries of this volunteer that are still in force (not reversals, not reversed). */
  List<LedgerEntry> findLivePoints(@Param("volunteerId") Long volunteerId, @Param("activityId") Long activityId);

  int countReversals(@Param("entryId") Long entryId);

  /** One figure of one station (the reports). */
  record StationValue(String stationCode, BigDecimal figure) {
  }

  /** Activities held in [from, to): published or later, by their start. */
  List<StationValue> countActivities(@Param("scope") DataScope scope, @Param("from") LocalDateTime from,
                                     @Param("to") LocalDateTime to);

  /** Volunteers with confirmed hours on an activity held in [from, to). */
  List<StationValue> countActiveVolunteers(@Param("scope") DataScope scope, @Param("from") LocalDateTime from,
                                           @Param("to") LocalDateTime to);

  /** Volunteers registered before {@code to}. */
  List<StationValue> countVolunteers(@Param("scope") DataScope scope, @Param("to") LocalDateTime to);

  /** The hours ledger's sum for activities held in [from, to) (corrections included), by the activity's station. */
  List<StationValue> sumActivityHours(@Param("scope") DataScope scope, @Param("from") LocalDateTime from,
                                      @Param("to") LocalDateTime to);

  /** Points entries recorded in [from, to) by the volunteer's station: issued (positive) or redeemed. */
  List<StationValue> sumPointsByStation(@Param("scope") DataScope scope, @Param("from") LocalDateTime from,
                               @Param("to") LocalDateTime to, @Param("redeemed") boolean redeemed);
}
