package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 记录督导会谈 (on time or escalated): the session's record (督导记录表), its supervisees, the cases discussed (a case
 * conference needs at least one, of the pair's station) and its action items, each tracked as an action-item.
 */
@Component
class SessionRecording implements TaskFormHandler {

  private final SupervisionMapper supervision;
  private final ActionItems actionItems;
  private final SessionTasks sessionTasks;
  private final Clock clock;

  SessionRecording(SupervisionMapper supervision, ActionItems actionItems, SessionTasks sessionTasks, Clock clock) {
    this.supervision = supervision;
    this.actionItems = actionItems;
    this.sessionTasks = sessionTasks;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "supervision-session";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    Long sessionId = sessionTasks.sessionId(task);
    SupervisionSession session = supervision.findSession(sessionId).orElseThrow();
    FormErrors errors = new FormErrors();
    String format = form.text("format");
    List<Long> caseIds = new ArrayList<>();
    for (String caseNo : caseNos(form.text("caseNos"))) {
      supervision.findCaseId(caseNo, session.stationCode()).ifPresentOrElse(caseIds::add,
          () -> errors.reject("caseNos", "supervision.case.unknown", caseNo));
    }
    if (SupervisionSession.CASE_CONFERENCE.equals(format) && caseIds.isEmpty()) {
      errors.reject("caseNos", "supervision.session.caseConferenceNeedsCase");
    }
    if (SupervisionSession.GROUP.equals(format) && form.list("supervisees").size() < 2) {
      errors.reject("supervisees", "supervision.session.groupNeedsSeveral");
    }
    if (SupervisionSession.GROUP.equals(format) && form.isBlank("groupActivity")) {
      errors.reject("groupActivity", "supervision.session.groupNeedsActivity");
    }
    List<ActionItems.Draft> drafts = actionItems.drafts(form, errors);
    errors.throwIfAny(form.values());

    supervision.recordSession(sessionId, form.date("heldOn"), format, form.text("issues"), form.text("guidance"),
        form.text("groupActivity"), form.number("hours"), member.username(), LocalDateTime.now(clock));
    supervision.deleteSupervisees(sessionId);
    for (String username : new LinkedHashSet<>(form.list("supervisees"))) {
      supervision.insertSupervisee(sessionId, username);
    }
    supervision.deleteSessionCases(sessionId);
    new LinkedHashSet<>(caseIds).forEach(id -> supervision.insertSessionCase(sessionId, id));
    actionItems.fromSession(sessionId, session.stationCode(), drafts, session.pairNo());
    return Map.of();
  }

  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    Long sessionId = sessionTasks.sessionId(task);
    SupervisionSession session = supervision.findSession(sessionId).orElseThrow();
    SupervisionPair pair = supervision.findPair(session.pairId()).orElseThrow();
    Map<String, Object> values = new HashMap<>();
    values.put("heldOn", session.scheduledOn());
    values.put("format", pair.caseId() != null ? SupervisionSession.CASE_CONFERENCE : "individual");
    List<String> supervisees = supervision.findSupervisees(sessionId).stream().map(Supervisee::username).toList();
    values.put("supervisees", supervisees);
    if (pair.caseNo() != null) {
      values.put("caseNos", pair.caseNo());
    }
    return values;
  }

  static Set<String> caseNos(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text != null) {
      for (String s : text.split("[,，;；\\s]+")) {
        if (!s.isBlank()) {
          out.add(s.trim().toUpperCase());
        }
      }
    }
    return out;
  }
}
