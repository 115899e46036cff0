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

  void insertAudit(@Param("at") LocalDateTime at, @Param("username") String username, @Param("action") String action,
                   @Param("subject") String subject, @Param("channel") String channel);

  int countAudit(@Param("subject") String subject, @Param("username") String username);

  /** Cases in scope, newest first, for the case list. */
  List<CaseSummary> findCases(@Param("scope") DataScope scope, @Param("filter") CaseFilter filter,
                              @Param("now") LocalDateTime now, @Param("limit") int limit);
}
