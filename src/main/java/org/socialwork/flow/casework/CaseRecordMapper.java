package org.socialwork.flow.casework;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

/** The records of a case in service and after: notes, evaluation, closure report, follow-ups. */
@Mapper
public interface CaseRecordMapper {

  void insertNote(CaseNote note);

  List<CaseNote> findNotes(Long caseId);

  void insertEvaluation(CaseEvaluation evaluation);

  List<CaseEvaluation> findEvaluations(Long caseId);

  void insertClosure(ClosureReport report);

  void updateClosureStatus(ClosureReport report);

  Optional<ClosureReport> findLatestClosure(Long caseId);

  void insertFollowUp(FollowUp followUp);

  List<FollowUp> findFollowUps(Long caseId);
}
