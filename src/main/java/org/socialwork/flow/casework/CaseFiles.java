package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOptions;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.tasklist.TaskForms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading case files: scope checked in SQL, every read of a whole file written to the audit log. */
@Component
public class CaseFiles {

  private static final Set<String> SHOWN_ACTIVITIES = Set.of("startEvent", "messageStartEvent", "userTask",
      "noneEndEvent", "messageEndEvent", "boundaryTimer", "intermediateTimer", "callActivity", "businessRuleTask");

  private final CaseMapper cases;
  private final AssessmentMapper assessments;
  private final CaseRecordMapper records;
  private final Stations stations;
  private final HistoryService history;
  private final TaskForms forms;
  private final FormOptions options;
  private final Clock clock;
  private final AuditTrail audit;

  CaseFiles(CaseMapper cases, AssessmentMapper assessments, CaseRecordMapper records, Stations stations, HistoryService history,
            TaskForms forms, FormOptions options, Clock clock, AuditTrail audit) {
    this.cases = cases;
    this.assessments = assessments;
    this.records = records;
    this.stations = stations;
    this.history = history;
    this.forms = forms;
    this.options = options;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  /** One page of the cases in the member's scope, newest first, with the total the filter finds. */
  public ListPage<CaseSummary> list(StaffMember member, CaseFilter filter, Paging paging) {
    LocalDateTime now = LocalDateTime.now(clock);
    return ListPage.of(cases.findCases(member.scope(), filter, now, paging.size(), paging.offset()),
        cases.countCases(member.scope(), filter, now), paging);
  }

  /** The whole case file; recorded in the audit log as read by the member through the given channel. */
  @Transactional
  public CaseDossier read(String caseNo, StaffMember member, String channel, Locale locale) {
    CaseFile caseFile = cases.findCaseByNo(caseNo, member.scope()).orElseThrow(() -> {
      // Outside the reader's scope or no such case: the same 404 either way, and the attempt stays on record.
      audit.recordAlone(member.username(), "READ_CASE_REFUSED", AuditTrail.subject(caseNo), channel);
      return new CaseNotFoundException(caseNo);
    });
    audit.record(member.username(), "READ_CASE", caseFile.getCaseNo(), channel);
    Client client = cases.findClient(caseFile.getClientId()).orElseThrow();
    IntakeRecord intake = cases.findIntakeRecord(caseFile.getId()).orElse(null);
    String stationName = stations.find(caseFile.getStationCode()).map(Station::name)
        .orElse(caseFile.getStationCode());
    String idNumber = worksOn(caseFile, member) ? client.getIdNumber() : client.maskedIdNumber();
    return new CaseDossier(caseFile, client, stationName, idNumber, client.ageOn(LocalDate.now(clock)), intake,
        cases.findDecisions(caseFile.getId()), cases.findReferrals(caseFile.getId()),
        assessments.findAssessments(caseFile.getId()), assessments.findLatestPlan(caseFile.getId()).orElse(null),
        records.findNotes(caseFile.getId()), records.findEvaluations(caseFile.getId()),
        records.findLatestClosure(caseFile.getId()).orElse(null), records.findFollowUps(caseFile.getId()),
        cases.findOpenTasks(caseFile.getId()), history(caseFile), labels(client, intake, member, locale));
  }

  /** The registering worker, the responsible worker and the station's supervisors see the ID number whole. */
  static boolean worksOn(CaseFile caseFile, StaffMember member) {
    return member.username().equals(caseFile.getResponsibleWorker())
        || member.username().equals(caseFile.getRegisteredBy())
        || member.stationsAs(Role.SUPERVISOR).contains(caseFile.getStationCode());
  }

  private List<CaseDossier.HistoryEntry> history(CaseFile caseFile) {
    List<CaseDossier.HistoryEntry> out = new ArrayList<>();
    for (String pid : cases.findProcessInstances(caseFile.getId())) {
      for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(pid)
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
        if (SHOWN_ACTIVITIES.contains(a.getActivityType()) && a.getActivityName() != null) {
          out.add(new CaseDossier.HistoryEntry(a.getActivityName(), a.getActivityType(), a.getAssignee(),
              local(a.getStartTime()), local(a.getEndTime())));
        }
      }
    }
    return out;
  }

  /** Labels of the coded answers, taken from the intake form's own options in the reader's language. */
  Map<String, String> labels(Client client, IntakeRecord intake, StaffMember member, Locale locale) {
    Map<String, String> labels = new HashMap<>();
    var definition = forms.latest(IntakeVariables.PROCESS_KEY);
    if (definition == null) {
      return labels;
    }
    FormSchema schema = forms.startForm(definition);
    FormContext context = new FormContext(member.username(), client.getStationCode());
    label(labels, schema, "personType", client.getPersonType(), context, locale);
    var casework = forms.latest(CaseworkVariables.PROCESS_KEY);
    if (casework != null) {
      forms.deployedForm(CaseworkVariables.PROCESS_KEY, CaseNotes.FORM_ID).field("mode").ifPresent(f ->
          options.of(f, context, locale).forEach(o -> labels.put("mode." + o.value(), o.label())));
    }
    if (intake != null) {
      label(labels, schema, "referralSource", intake.referralSource(), context, locale);
      label(labels, schema, "willingness", intake.willingness(), context, locale);
      label(labels, schema, "urgency", intake.urgency(), context, locale);
    }
    return labels;
  }

  private void label(Map<String, String> labels, FormSchema schema, String key, String value, FormContext context,
                     Locale locale) {
    schema.field(key).ifPresent(f -> labels.put(key, options.labelOf(f, value, context, locale)));
  }

  private static LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
