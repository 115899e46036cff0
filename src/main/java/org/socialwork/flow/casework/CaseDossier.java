package org.socialwork.flow.casework;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The case file as a person in scope reads it: client, intake record, decisions, referrals, assessments with
 * their risk levels, the latest service plan, open tasks and
 * the engine's history (the audit record; the case's timeline is worded by {@link CaseDocuments#timeline}). {@code idNumber} is whole only for the people who work the case, masked otherwise.
 */
public record CaseDossier(CaseFile caseFile, Client client, String stationName, String idNumber, int age,
                          IntakeRecord intake, List<CaseDecision> decisions, List<Referral> referrals,
                          List<Assessment> assessments, ServicePlan plan, List<CaseNote> notes,
                          List<CaseEvaluation> evaluations, ClosureReport closure, List<FollowUp> followUps,
                          List<CaseTask> openTasks, List<HistoryEntry> history, Map<String, String> labels) {

  /** One step of the process history. */
  public record HistoryEntry(String activity, String type, String assignee, LocalDateTime started,
                             LocalDateTime ended) {
  }
}
