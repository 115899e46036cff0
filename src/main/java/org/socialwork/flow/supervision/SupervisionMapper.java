package org.socialwork.flow.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Pairs, sessions, supervisees and the cases discussed. Reads for people go through a {@link SupervisionScope}. */
@Mapper
public interface SupervisionMapper {

  void insertPair(PairRow pair);

  void updatePairNo(@Param("id") Long id, @Param("pairNo") String pairNo);

  void updatePairProcess(@Param("id") Long id, @Param("processInstanceId") String processInstanceId);

  void updatePairStatus(@Param("id") Long id, @Param("status") String status);

  int countPairs();

  Optional<SupervisionPair> findPair(Long id);

  Optional<SupervisionPair> findPairByNo(@Param("pairNo") String pairNo, @Param("scope") SupervisionScope scope);

  /** Pairs the reader may see, newest first; {@code mine}: only those they are mentor or supervisee of. */
  List<SupervisionPair> findPairs(@Param("scope") SupervisionScope scope, @Param("mine") boolean mine);

  void insertSession(SessionRow session);

  void recordSession(@Param("id") Long id, @Param("heldOn") LocalDate heldOn, @Param("format") String format,
                     @Param("issues") String issues, @Param("guidance") String guidance,
                     @Param("groupActivity") String groupActivity, @Param("hours") BigDecimal hours,
                     @Param("by") String by, @Param("at") LocalDateTime at);

  void markSessionOverdue(Long id);

  void signSession(@Param("id") Long id, @Param("comment") String comment, @Param("by") String by,
                   @Param("at") LocalDateTime at);

  Optional<SupervisionSession> findSession(Long id);

  Optional<SupervisionSession> findSessionInScope(@Param("id") Long id, @Param("scope") SupervisionScope scope);

  List<SupervisionSession> findSessionsOfPair(Long pairId);

  /** Sessions the reader may see, newest first; {@code mine}: as mentor or supervisee only. */
  List<SupervisionSession> findSessions(@Param("scope") SupervisionScope scope, @Param("mine") boolean mine,
                                        @Param("limit") int limit);

  /** Sessions a person took part in as supervisee, of pairs the reader may see, newest first. */
  List<SupervisionSession> findSessionsOfSupervisee(@Param("username") String username,
                                                    @Param("scope") SupervisionScope scope);

  void deleteSupervisees(Long sessionId);

  void insertSupervisee(@Param("sessionId") Long sessionId, @Param("username") String username);

  void writeReflection(@Param("sessionId") Long sessionId, @Param("username") String username,
                       @Param("reflection") String reflection, @Param("at") LocalDateTime at);

  List<Supervisee> findSupervisees(Long sessionId);

  void deleteSessionCases(Long sessionId);

  void insertSessionCase(@Param("sessionId") Long sessionId, @Param("caseId") Long caseId);

  List<String> findSessionCaseNos(Long sessionId);

  /** A case of the station by its number (cases discussed must be the pair's station's). */
  Optional<Long> findCaseId(@Param("caseNo") String caseNo, @Param("stationCode") String stationCode);

  Optional<String> findCaseNo(Long caseId);

  /** A case by its number, with its station and responsible worker. */
  Optional<CaseRef> findCaseRef(String caseNo);

  /** A case as a pair refers to it. */
  record CaseRef(Long id, String stationCode, String responsibleWorker) {
  }

  Optional<String> findResponsibleWorker(Long caseId);

  /** Case conferences about a case, for its case file. */
  List<CaseConference> findCaseConferences(Long caseId);

  /** Sessions held at a station in [from, to) with their hours. */
  MonthFigures monthFigures(@Param("stationCode") String stationCode, @Param("from") LocalDate from,
                            @Param("to") LocalDate to);

  /** A supervisee's session hours in one month. */
  record MonthHours(String ym, BigDecimal hours) {
  }

  /** A new pair as inserted (the id comes back). */
  class PairRow {
    public Long id;
    public String pairNo;
    public String stationCode;
    public String mentor;
    public String mentorType;
    public String supervisee;
    public Long caseId;
    public String focus;
    public String schedulePeriod;
    public LocalDate firstSession;
    public LocalDate endDate;
    public String status;
    public String createdBy;
    public LocalDateTime createdAt;
  }

  /** A new session as inserted (the id comes back). */
  class SessionRow {
    public Long id;
    public Long pairId;
    public String stationCode;
    public LocalDate scheduledOn;
    public String status;
  }
}
