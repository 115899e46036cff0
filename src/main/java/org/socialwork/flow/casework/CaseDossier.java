package org.socialwork.flow.casework;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The case file as a person in scope reads it: client, intake record, decisions, referrals, assessments with
 * their risk levels, the latest service plan, open tasks and
 * the engine's history. {@code idNumber} is whole only for the people who work the case, masked otherwise.
 */
public record CaseDossier(CaseFile caseFile, Client client, String stationName, String idNumber, int age,
                          IntakeRecord intake, List<CaseDecision> decisions, List<Referral> referrals,
                          List<Assessment> assessments, ServicePlan plan, List<CaseNote> notes,
                          List<CaseEvaluation> evaluations, ClosureReport closure, List<FollowUp> followUps,
                          List<CaseTask> openTasks, List<HistoryEntry> history, Map<String, String> labels) {

  /**
   * The case's timeline: the engine's steps merged with the domain records (decisions with their comments,
   * case notes, follow-ups), oldest first.
   */
  public java.util.List<TimelineEntry> timeline() {
    java.util.List<TimelineEntry> entries = new java.util.ArrayList<>();
    history.forEach(h -> entries.add(new TimelineEntry(h.started(), "step", h.activity(), h.assignee())));
    decisions.forEach(d -> entries.add(new TimelineEntry(d.decidedAt(), "decision." + d.step(),
        d.decision() + (d.comment() == null ? "" : "：" + d.comment()), d.decidedBy())));
    notes.forEach(n -> entries.add(new TimelineEntry(n.writtenAt(), "note", n.objective(), n.writtenBy())));
    followUps.forEach(f -> entries.add(new TimelineEntry(f.doneOn().atStartOfDay(), "followUp", f.statusNow(),
        f.doneBy())));
    entries.sort(java.util.Comparator.comparing(TimelineEntry::at,
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    return entries;
  }

  /** One line of the timeline; {@code kind} is a message key suffix (timeline.step, timeline.note, …). */
  public record TimelineEntry(LocalDateTime at, String kind, String text, String who) {
  }

  /** One step of the process history. */
  public record HistoryEntry(String activity, String type, String assignee, LocalDateTime started,
                             LocalDateTime ended) {
  }
}
