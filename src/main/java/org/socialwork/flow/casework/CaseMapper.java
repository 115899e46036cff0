package org.socialwork.flow.casework;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Clients, case files and their intake records. Every read that a person triggers takes their scope. */
@Mapper
public interface CaseMapper {

  void insertClient(Client client);

  void insertCase(CaseFile caseFile);

  void updateCase(CaseFile caseFile);

  void linkProcess(@Param("processInstanceId") String processInstanceId, @Param("caseId") Long caseId,
                   @Param("processKey") String processKey, @Param("startedAt") LocalDateTime startedAt);

  /** For the engine side (handlers of tasks already checked for scope). */
  Optional<CaseFile> findCase(Long id);

  Optional<CaseFile> findCaseByNo(@Param("caseNo") String caseNo, @Param("scope") DataScope scope);

  Optional<Client> findClient(Long id);

  void insertIntakeRecord(IntakeRecord record);

  Optional<IntakeRecord> findIntakeRecord(Long caseId);

  void insertDecision(CaseDecision decision);

  List<CaseDecision> findDecisions(Long caseId);

  void insertReferral(Referral referral);

  List<Referral> findReferrals(Long caseId);

  List<String> findProcessInstances(Long caseId);



  /** The open tasks of the case's processes, oldest first (the case itself was read in the reader's scope). */
  List<CaseTask> findOpenTasks(Long caseId);

  /** One page of the cases in scope, newest first, for the case list. */
  List<CaseSummary> findCases(@Param("scope") DataScope scope, @Param("filter") CaseFilter filter,
                              @Param("now") LocalDateTime now, @Param("limit") int limit, @Param("offset") int offset);

  /** How many cases in scope the filter finds (all pages). */
  long countCases(@Param("scope") DataScope scope, @Param("filter") CaseFilter filter, @Param("now") LocalDateTime now);

  // the casework figures of the leading group's dashboard (CaseworkDashboardFigures)

  /** Open cases (not closed, referred or never opened) per station in scope. */
  List<StationCount> countOpenCasesByStation(@Param("scope") DataScope scope);

  /** Cases registered in [from, to) per station in scope. */
  List<StationCount> countCasesRegisteredByStation(@Param("scope") DataScope scope, @Param("from") LocalDateTime from,
                                                   @Param("to") LocalDateTime to);

  /** Cases closed (status CLOSED, ended in [from, to)) per station in scope. */
  List<StationCount> countCasesClosedByStation(@Param("scope") DataScope scope, @Param("from") LocalDateTime from,
                                               @Param("to") LocalDateTime to);

  /** Open tasks of case processes past their due time, per station in scope. */
  List<StationCount> countOverdueCaseTasksByStation(@Param("scope") DataScope scope, @Param("now") LocalDateTime now);

  /** The open cases behind the figure, of one station when {@code station} is given (at most 1000). */
  List<FigureCase> findOpenCases(@Param("scope") DataScope scope, @Param("station") String station);

  /** The overdue case tasks behind the figure, most overdue first (at most 1000). */
  List<FigureCase> findOverdueCaseTasks(@Param("scope") DataScope scope, @Param("station") String station,
                                        @Param("now") LocalDateTime now);

  /** A count of one station. */
  record StationCount(String stationCode, long n) {
  }

  /** A case (and, for overdue tasks, the task) behind a casework figure of the dashboard. */
  record FigureCase(String caseNo, String stationCode, String status, String task, LocalDateTime due) {
  }
}
