package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Templates, inspections, scores, rectifications, evidence and rounds. Reads for people filter by scope in SQL. */
@Mapper
public interface InspectionMapper {

  // templates
  List<InspectionTemplate> findLatestTemplates();

  List<InspectionTemplate> findTemplateVersions(String code);

  Optional<InspectionTemplate> findTemplate(Long id);

  Optional<InspectionTemplate> findLatestTemplate(String code);

  List<TemplateItem> findItems(Long templateId);

  void insertTemplate(@Param("code") String code, @Param("version") int version, @Param("name") String name,
                      @Param("passThreshold") BigDecimal passThreshold, @Param("createdBy") String createdBy,
                      @Param("createdAt") LocalDateTime createdAt);

  Optional<InspectionTemplate> findTemplateVersion(@Param("code") String code, @Param("version") int version);

  void clearLatest(String code);

  void insertItem(TemplateItem item);

  // inspections

  void insertInspection(Inspection inspection);

  void updateInspection(Inspection inspection);

  void insertInspector(@Param("inspectionId") Long inspectionId, @Param("username") String username);

  List<String> findInspectors(Long inspectionId);

  Optional<Inspection> findInspection(Long id);

  Optional<Inspection> findByProcessInstance(String processInstanceId);

  Optional<Inspection> findInspectionByNo(@Param("no") String no, @Param("scope") DataScope scope);

  /** Newest first, at most {@code limit}. */
  List<Inspection> findInspections(@Param("scope") DataScope scope, @Param("filter") InspectionFilter filter,
                                   @Param("limit") int limit);

  /** One page of the inspection list (newest first). */
  List<Inspection> findInspectionPage(@Param("scope") DataScope scope, @Param("filter") InspectionFilter filter,
                                      @Param("limit") int limit, @Param("offset") int offset);

  long countInspections(@Param("scope") DataScope scope, @Param("filter") InspectionFilter filter);

  // scores
  void deleteScore(@Param("inspectionId") Long inspectionId, @Param("itemId") Long itemId,
                   @Param("inspector") String inspector);

  void insertScore(Score score);

  List<Score> findScores(Long inspectionId);

  int countScoredItems(@Param("inspectionId") Long inspectionId, @Param("inspector") String inspector);

  // rectifications
  void insertRectification(Rectification rectification);

  void updateRectification(Rectification rectification);

  Optional<Rectification> findRectificationOf(Long inspectionId);

  /** Removes a notice that never reached the station (no report, no evidence yet). */
  void deleteUnstartedRectification(Long inspectionId);

  List<Rectification> findRectifications(@Param("scope") DataScope scope, @Param("openOnly") boolean openOnly,
                                         @Param("overdueBefore") LocalDate overdueBefore,
                                         @Param("station") String station, @Param("limit") int limit);

  /** One page of the rectification list (earliest deadline first). */
  List<Rectification> findRectificationPage(@Param("scope") DataScope scope, @Param("openOnly") boolean openOnly,
                                            @Param("overdueBefore") LocalDate overdueBefore,
                                            @Param("station") String station, @Param("limit") int limit,
                                            @Param("offset") int offset);

  long countRectifications(@Param("scope") DataScope scope, @Param("openOnly") boolean openOnly,
                           @Param("overdueBefore") LocalDate overdueBefore, @Param("station") String station);

  List<StationRectificationCount> countOpenRectificationsByStation(@Param("scope") DataScope scope,
                                                                  @Param("today") LocalDate today);

  /** Open rectifications of a station, how many are past their deadline, and the earliest open deadline. */
  record StationRectificationCount(String stationCode, String stationName, long openCount, long overdueCount,
                                   LocalDate earliestDeadline) {
  }

  // evidence
  void insertEvidence(NewEvidence evidence);

  List<EvidenceFile> findEvidence(Long inspectionId);

  Optional<EvidenceFile> findEvidenceFile(@Param("id") Long id, @Param("scope") DataScope scope);

  EvidenceContent findEvidenceContent(Long id);

  int countRectificationEvidence(Long rectificationId);

  // demonstration rounds
  void insertRound(DemonstrationRound round);

  void updateRound(DemonstrationRound round);

  List<DemonstrationRound> findRounds();

  Optional<DemonstrationRound> findRound(Long id);

  void insertAward(@Param("stationCode") String stationCode, @Param("roundId") Long roundId,
                   @Param("awardedOn") LocalDate awardedOn);

  List<DemonstrationAward> findAwards(Long roundId);

  // dashboard
  List<Figure> countInspectionsByStatusAndType(@Param("scope") DataScope scope);

  /** The id of each station's latest scored inspection. */
  List<Long> findLatestScoredIds(@Param("scope") DataScope scope);

  /** Station and score (percent of the maximum) of these inspections. */
  List<Figure> findScoresOf(@Param("ids") Collection<Long> ids);

  /** Each station's latest score, as a percentage of its template's maximum. */
  default List<Figure> latestScoresByStation(DataScope scope) {
    List<Long> ids = findLatestScoredIds(scope);
    return ids.isEmpty() ? List.of() : findScoresOf(ids);
  }

  List<Figure> averageScoreByMonth(@Param("scope") DataScope scope);


  /** A figure of the dashboard: up to two keys and a value. */
  record Figure(String k1, String k2, BigDecimal n) {
  }

  /** The bytes and type of one evidence file. */
  record EvidenceContent(String fileName, String contentType, byte[] content) {
  }
}
