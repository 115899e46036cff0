package org.socialwork.flow.care;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** The care tables: tiers, categories, the roster, tier changes and visits. Reads for people take a scope. */
@Mapper
public interface CareMapper {

  /** Receives the generated id of an insert. */
  final class Key {
    public Long id;
  }

  List<CareTier> findTiers();

  Optional<CareTier> findTier(String code);

  /** The targets an extreme-weather alert covers: those in scope, of the given tiers (null: all), by id. */
  List<Long> findTargetIdsForAlert(@Param("scope") DataScope scope, @Param("tiers") List<String> tiers);

  /** Locks the target's row until the transaction ends (one alert at a time plans its visit). */
  Long lockTarget(@Param("id") Long id);

  int updateTier(CareTier tier);

  List<CareCategory> findCategories();

  Optional<CareCategory> findCategory(String code);

  int updateCategoryTier(@Param("code") String code, @Param("tier") String tier);

  void insertTarget(@Param("t") CareTarget target, @Param("key") Key key);

  /** How many targets of the station are the person with this (normalised) resident ID number. */
  long countOnRoster(@Param("station") String station, @Param("idNumber") String idNumber);

  Optional<CareTarget> findTarget(@Param("id") Long id, @Param("scope") DataScope scope);

  /** The targets (of stations in scope) whose person is this client record (ix_care_target_client). */
  List<CareTarget> findTargetsOfClient(@Param("clientId") Long clientId, @Param("scope") DataScope scope);

  /** The visits (in scope) whose emergency opened this case (ix_care_visit_case). */
  List<CareVisit> findVisitsOfCase(@Param("caseNo") String caseNo, @Param("scope") DataScope scope);

  /** Unscoped, for the engine's side (subject describer, delegates). */
  Optional<CareTarget> findTargetById(Long id);

  List<TargetRow> findTargets(@Param("scope") DataScope scope, @Param("station") String station,
                              @Param("tier") String tier, @Param("dueBy") LocalDateTime dueBy,
                              @Param("overdueAt") LocalDateTime overdueAt, @Param("limit") int limit,
                              @Param("offset") int offset);

  long countTargets(@Param("scope") DataScope scope, @Param("station") String station, @Param("tier") String tier,
                    @Param("dueBy") LocalDateTime dueBy, @Param("overdueAt") LocalDateTime overdueAt);

  /** Pairs the target with a volunteer if it has none; 0 when it is paired already. */
  int pairVolunteer(@Param("id") Long id, @Param("no") String volunteerNo, @Param("username") String username,
                    @Param("name") String name);

  /** Ends the target's pairing; 0 when it had none. */
  int unpairVolunteer(@Param("id") Long id);

  void insertPairing(@Param("targetId") Long targetId, @Param("station") String station, @Param("no") String no,
                     @Param("name") String name, @Param("by") String by, @Param("at") LocalDateTime at);

  void endPairing(@Param("targetId") Long targetId, @Param("by") String by, @Param("at") LocalDateTime at);

  List<Pairing> findPairings(Long targetId);

  /** The targets paired with this volunteer login, next visit due first. */
  List<PairedRow> findPairedTargets(@Param("username") String username);

  int updateTargetTier(@Param("id") Long id, @Param("tier") String tier);

  void insertTierChange(@Param("targetId") Long targetId, @Param("fromTier") String fromTier,
                        @Param("toTier") String toTier, @Param("kind") String kind, @Param("note") String note,
                        @Param("changedBy") String changedBy, @Param("changedAt") LocalDateTime changedAt);

  List<TierChange> findTierChanges(Long targetId);

  void insertVisit(@Param("v") CareVisit visit, @Param("key") Key key);

  int setVisitProcess(@Param("id") Long id, @Param("processInstanceId") String processInstanceId);

  Optional<CareVisit> findVisit(@Param("id") Long id, @Param("scope") DataScope scope);

  Optional<CareVisit> findVisitById(Long id);

  List<CareVisit> findOpenVisits(Long targetId);

  List<CareVisit> findVisitsOf(Long targetId);

  int markLate(Long id);

  int markReplanned(Long id);

  /** Stores the record if the visit is still open; 0 when someone else recorded it first. */
  int recordVisit(@Param("v") CareVisit record);

  int setChildLevel(@Param("id") Long id, @Param("level") String level);

  int setIntakeCase(@Param("id") Long id, @Param("caseNo") String caseNo);

  /** A worker's visits for the week's cards: open ones due before {@code to} (overdue included), done in the week. */
  List<VisitCard> findWeek(@Param("scope") DataScope scope, @Param("worker") String worker,
                           @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                           @Param("fromDay") LocalDate fromDay);

  /** Coverage per station of visits due in [from, to): due, on time, late, missed, pending. */
  List<StationCoverage> coverage(@Param("scope") DataScope scope, @Param("from") LocalDateTime from,
                                 @Param("to") LocalDateTime to, @Param("now") LocalDateTime now);

  /** A roster line: the target with its next open visit. */
  record TargetRow(Long id, String stationCode, String stationName, String fullName, String category,
                   String subCategory, String tierCode, String workerUsername, String workerName, boolean consent,
                   LocalDateTime nextDue, String nextStatus) {
  }

  record Pairing(Long id, Long targetId, String volunteerNo, String volunteerName, String pairedBy,
                 LocalDateTime pairedAt, String endedBy, LocalDateTime endedAt) {
  }

  /** A target as its paired volunteer sees it in the list (no personal data but the name). */
  record PairedRow(Long id, Long clientId, String fullName, String category, String tierCode, String stationName,
                   Long nextVisitId, LocalDateTime nextDue, LocalDateTime nextWindowOpens, String nextStatus) {
  }

  record TierChange(Long id, Long targetId, String fromTier, String toTier, String kind, String note,
                    String changedBy, LocalDateTime changedAt) {
  }

  /** One card of "my visits this week". */
  record VisitCard(Long id, Long targetId, String fullName, String category, String tierCode, String stationName,
                   LocalDateTime dueAt, LocalDateTime windowCloses, String status, LocalDate visitedOn) {
  }

  record StationCoverage(String stationCode, String stationName, long due, long onTime, long late, long missed,
                         long pending) {

    /** Visits done (on time or late) out of those due, in per cent; 100 when nothing was due. */
    public int rate() {
      return due == 0 ? 100 : (int) Math.floor(100.0 * (onTime + late) / due);
    }
  }
}
