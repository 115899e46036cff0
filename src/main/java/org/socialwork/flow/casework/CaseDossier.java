package org.socialwork.flow.casework;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.tasklist.WorkItem;

/**
 * The case file as a person in scope reads it: client, intake record, decisions, referrals, open tasks and
 * the engine's history. {@code idNumber} is whole only for the people who work the case, masked otherwise.
 */
public record CaseDossier(CaseFile caseFile, Client client, String stationName, String idNumber, int age,
                          IntakeRecord intake, List<IntakeDecision> decisions, List<Referral> referrals,
                          List<WorkItem> openTasks, List<HistoryEntry> history, Map<String, String> labels) {

  /** One step of the process history. */
  public record HistoryEntry(String activity, String type, String assignee, LocalDateTime started,
                             LocalDateTime ended) {
  }
}
