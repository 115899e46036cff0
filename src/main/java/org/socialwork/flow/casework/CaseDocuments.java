package org.socialwork.flow.casework;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormDocument;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.tasklist.TaskForms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents of a case — intake record, assessments, service plan, case notes, evaluation, closure report,
 * follow-ups, and the decisions taken on them — each worded by the form that wrote it, with people by name.
 * The task page shows the ones a task decides on; the case file and its printout show them all.
 */
@Component
public class CaseDocuments {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CaseMapper cases;
  private final AssessmentMapper assessments;
  private final CaseRecordMapper records;
  private final TaskForms forms;
  private final FormRenderer renderer;
  private final StaffDirectory staff;
  private final MessageSource messages;

  CaseDocuments(CaseMapper cases, AssessmentMapper assessments, CaseRecordMapper records, TaskForms forms,
                FormRenderer renderer, StaffDirectory staff, MessageSource messages) {
    this.cases = cases;
    this.assessments = assessments;
    this.records = records;
    this.forms = forms;
    this.renderer = renderer;
    this.staff = staff;
    this.messages = messages;
  }

  /** The documents of one kind for a case; empty when the case has none yet. */
  List<FormDocument> of(Kind kind, CaseFile caseFile, Locale locale) {
    FormContext context = new FormContext(null, caseFile.getStationCode());
    List<FormDocument> out = new ArrayList<>();
    switch (kind) {
      case ASSESSMENT -> assessments.findLatestAssessment(caseFile.getId())
          .ifPresent(a -> out.add(assessment(a, "doc-assessment", context, locale)));
      case ASSESSMENTS -> {
        List<Assessment> all = assessments.findAssessments(caseFile.getId());
        for (int i = 0; i < all.size(); i++) {
          out.add(assessment(all.get(i), "doc-assessment-" + (i + 1), context, locale));
        }
      }
      case PLAN -> assessments.findLatestPlan(caseFile.getId()).ifPresent(p -> out.add(plan(p, context, locale)));
      case NOTES -> {
        List<CaseNote> notes = records.findNotes(caseFile.getId());
        for (int i = 0; i < notes.size(); i++) {
          out.add(note(notes.get(i), i + 1, context, locale));
        }
      }
      case EVALUATION -> {
        List<CaseEvaluation> all = records.findEvaluations(caseFile.getId());
        if (!all.isEmpty()) {
          out.add(evaluation(all.get(all.size() - 1), context, locale));
        }
      }
      case CLOSURE -> records.findLatestClosure(caseFile.getId()).ifPresent(r -> out.add(closure(r, context, locale)));
      case FOLLOW_UPS -> {
        List<FollowUp> all = records.findFollowUps(caseFile.getId());
        for (int i = 0; i < all.size(); i++) {
          out.add(followUp(all.get(i), i + 1, context, locale));
        }
      }
    }
    return out;
  }

  /**
   * The decisions taken at the given steps, as one document ("earlier rounds") with each decision worded for its
   * step and its comment; empty when there are none.
   */
  List<FormDocument> rounds(CaseFile caseFile, Predicate<CaseDecision> which, String id, String titleKey,
                            Locale locale) {
    List<FormDocument.Entry> entries = new ArrayList<>();
    for (CaseDecision d : cases.findDecisions(caseFile.getId())) {
      if (which.test(d)) {
        entries.add(FormDocument.Entry.of(
            (d.decidedAt() == null ? "" : d.decidedAt().format(WHEN) + " · ") + staff.nameOf(d.decidedBy()),
            decisionText(d, locale) + (d.comment() == null ? "" : "：" + d.comment())));
      }
    }
    return entries.isEmpty() ? List.of() : List.of(new FormDocument(id, msg(titleKey, locale), null, entries));
  }

  /**
   * Every document of the case file in the order of the work: intake record, assessments, the service plan, case
   * notes, the closure evaluation, the closure report, follow-ups.
   */
  List<FormDocument> all(CaseDossier dossier, Locale locale) {
    List<FormDocument> out = new ArrayList<>();
    out.add(intake(dossier, locale));
    for (Kind kind : List.of(Kind.ASSESSMENTS, Kind.PLAN, Kind.NOTES, Kind.EVALUATION, Kind.CLOSURE,
        Kind.FOLLOW_UPS)) {
      out.addAll(of(kind, dossier.caseFile(), locale));
    }
    return out;
  }

  /** The decisions of the case, each worded for its step, with the deciding person's name. */
  List<Decision> decisions(CaseDossier dossier, Locale locale) {
    return dossier.decisions().stream().map(d -> new Decision(d.decidedAt(), msg("decision.step." + d.step(), locale),
        staff.nameOf(d.decidedBy()), decisionText(d, locale), d.comment())).toList();
  }

  /**
   * The case's short timeline, in the reader's language: registration, each decision, assessment, plan, note,
   * evaluation, closure report and follow-up, oldest first. (The engine's step log stays on the case page as the
   * folded audit record.)
   */
  List<Moment> timeline(CaseDossier dossier, Locale locale) {
    List<Moment> out = new ArrayList<>();
    Client client = dossier.client();
    out.add(new Moment(client.getCreatedAt(), msg("timeline.registered", locale), staff.nameOf(client.getCreatedBy())));
    for (CaseDecision d : dossier.decisions()) {
      out.add(new Moment(d.decidedAt(), msg("decision.step." + d.step(), locale) + "：" + decisionText(d, locale),
          staff.nameOf(d.decidedBy())));
    }
    for (Assessment a : dossier.assessments()) {
      String risk = a.getRiskLevel() == null ? "" : "（" + msg("risk." + a.getRiskLevel(), locale) + "）";
      out.add(new Moment(a.getCreatedAt(), msg("timeline.assessed", locale) + risk, staff.nameOf(a.getAssessedBy())));
    }
    if (dossier.plan() != null) {
      out.add(new Moment(dossier.plan().getWrittenAt(), msg("timeline.planned", locale),
          staff.nameOf(dossier.plan().getWrittenBy())));
    }
    for (CaseNote n : dossier.notes()) {
      out.add(new Moment(n.writtenAt(), msg("timeline.note", locale) + "：" + n.objective(), staff.nameOf(n.writtenBy())));
    }
    for (CaseEvaluation e : dossier.evaluations()) {
      out.add(new Moment(e.evaluatedAt(), msg("timeline.evaluated", locale), staff.nameOf(e.evaluatedBy())));
    }
    if (dossier.closure() != null) {
      out.add(new Moment(dossier.closure().writtenAt(), msg("timeline.closureWritten", locale),
          staff.nameOf(dossier.closure().writtenBy())));
    }
    for (FollowUp f : dossier.followUps()) {
      out.add(new Moment(f.doneOn() == null ? null : f.doneOn().atStartOfDay(),
          msg("timeline.followUp", locale) + "：" + f.statusNow(), staff.nameOf(f.doneBy())));
    }
    out.sort(java.util.Comparator.comparing(Moment::at, java.util.Comparator.nullsLast(
        java.util.Comparator.naturalOrder())));
    return out;
  }

  private FormDocument intake(CaseDossier dossier, Locale locale) {
    Client c = dossier.client();
    IntakeRecord i = dossier.intake();
    Map<String, Object> v = new HashMap<>();
    v.put("stationCode", dossier.stationName());
    v.put("clientName", c.getFullName());
    v.put("idNumber", dossier.idNumber());
    v.put("phone", c.getPhone());
    v.put("emergencyContact", c.getEmergencyContact());
    v.put("emergencyPhone", c.getEmergencyPhone());
    v.put("address", c.getAddress());
    v.put("personType", c.getPersonType());
    if (i != null) {
      v.put("intakeDate", i.intakeDate());
      v.put("referralSource", i.referralSource());
      v.put("referrerOrg", i.referrerOrg());
      v.put("presentingProblem", i.presentingProblem());
      v.put("expectation", i.expectation());
      v.put("willingness", i.willingness());
      v.put("urgency", i.urgency());
    }
    FormSchema schema = forms.startForm(forms.latest(IntakeVariables.PROCESS_KEY));
    return new FormDocument("doc-intake", msg("intake.record", locale),
        meta(c.getCreatedBy(), c.getCreatedAt(), null, locale),
        renderer.answers(schema, v, new FormContext(null, c.getStationCode()), locale));
  }

  /** A decision worded for its step ("批准计划", "同意结案"), falling back to the plain decision. */
  String decisionText(CaseDecision d, Locale locale) {
    String plain = messages.getMessage("decision." + d.decision(), null, d.decision(), locale);
    return messages.getMessage("decision." + d.step() + "." + d.decision(), null, plain, locale);
  }

  private FormDocument assessment(Assessment a, String id, FormContext context, Locale locale) {
    Map<String, Object> v = new HashMap<>();
    v.put("assessedOn", a.getAssessedOn());
    v.put("health", a.getHealth());
    v.put("selfCare", a.getSelfCare());
    v.put("individualSystem", a.getIndividualSystem());
    v.put("familySupport", a.getFamilySupport());
    v.put("familySystem", a.getFamilySystem());
    v.put("socialSupport", a.getSocialSupport());
    v.put("socialSystem", a.getSocialSystem());
    v.put("strengths", a.getStrengths());
    v.put("risks", a.getRisks());
    if (a.getEmergencyFlags() != null) {
      v.put("emergency", List.of(a.getEmergencyFlags().split(",")));
    }
    v.put("needs", a.getNeeds());
    v.put("priority", a.getPriority());
    v.put("summary", a.getSummary());
    List<FormDocument.Entry> entries = new ArrayList<>(answers(NeedsAssessmentVariables.PROCESS_KEY,
        "needs-assessment", v, context, locale));
    if (a.getRiskLevel() != null) {
      entries.add(FormDocument.Entry.of(msg("case.riskLevel", locale), msg("risk." + a.getRiskLevel(), locale)));
    }
    return new FormDocument(id, msg("doc.assessment", locale),
        meta(a.getAssessedBy(), a.getCreatedAt(), "assessment.status." + a.getStatus(), locale), entries);
  }

  private FormDocument plan(ServicePlan p, FormContext context, Locale locale) {
    Map<String, Object> v = new HashMap<>();
    v.put("goal", p.getGoal());
    v.put("approach", p.getApproach());
    v.put("resources", p.getResources());
    for (ServicePlan.Objective o : p.getObjectives()) {
      v.put("objective" + o.seqNo(), o.description());
      v.put("indicator" + o.seqNo(), o.indicator());
      v.put("deadline" + o.seqNo(), o.deadline());
    }
    // names, not ids: a resource retired since is no longer among the form's options but stays in the plan
    v.put("resourceLinks", p.getLinkedResources());
    if (p.getProjectId() != null) {
      v.put("projectId", p.getProjectName() == null ? String.valueOf(p.getProjectId()) : p.getProjectName());
    }
    return new FormDocument("doc-plan", msg("doc.plan", locale),
        meta(p.getWrittenBy(), p.getWrittenAt(), "plan.status." + p.getStatus(), locale),
        answers(NeedsAssessmentVariables.PROCESS_KEY, "service-plan", v, context, locale));
  }

  private FormDocument note(CaseNote n, int seq, FormContext context, Locale locale) {
    Map<String, Object> v = new HashMap<>();
    v.put("noteDate", n.noteDate());
    v.put("mode", n.mode());
    v.put("durationMin", n.durationMin());
    v.put("objective", n.objective());
    v.put("narrative", n.narrative());
    v.put("reflection", n.reflection());
    v.put("nextStep", n.nextStep());
    return new FormDocument("doc-note-" + seq, msg("doc.note", locale) + " " + seq,
        meta(n.writtenBy(), n.writtenAt(), null, locale),
        answers(CaseworkVariables.PROCESS_KEY, CaseNotes.FORM_ID, v, context, locale));
  }

  private FormDocument evaluation(CaseEvaluation e, FormContext context, Locale locale) {
    Map<String, Object> v = new HashMap<>();
    v.put("goalAttainment", e.goalAttainment());
    v.put("overall", e.overall());
    v.put("outcome", e.outcome());
    return new FormDocument("doc-evaluation", msg("doc.evaluation", locale),
        meta(e.evaluatedBy(), e.evaluatedAt(), null, locale),
        answers(CaseworkVariables.PROCESS_KEY, "case-evaluation", v, context, locale));
  }

  private FormDocument closure(ClosureReport r, FormContext context, Locale locale) {
    Map<String, Object> v = new HashMap<>();
    v.put("reason", r.reason());
    v.put("outcomeEvaluation", r.outcomeEvaluation());
    v.put("clientFeedback", r.clientFeedback());
    v.put("referralTo", r.referralTo());
    v.put("followupPlan", r.followupPlan());
    return new FormDocument("doc-closure", msg("doc.closure", locale),
        meta(r.writtenBy(), r.writtenAt(), "plan.status." + r.status(), locale),
        answers(CaseworkVariables.PROCESS_KEY, "closure-report", v, context, locale));
  }

  private FormDocument followUp(FollowUp f, int seq, FormContext context, Locale locale) {
    Map<String, Object> v = new HashMap<>();
    v.put("doneOn", f.doneOn());
    v.put("mode", f.mode());
    v.put("statusNow", f.statusNow());
    v.put("reopen", f.reopen() ? "yes" : "no");
    return new FormDocument("doc-follow-up-" + seq, msg("doc.followUp", locale) + " " + seq,
        meta(f.doneBy(), f.doneOn() == null ? null : f.doneOn().atStartOfDay(), null, locale),
        answers(CaseworkVariables.PROCESS_KEY, "follow-up", v, context, locale));
  }

  private List<FormDocument.Entry> answers(String processKey, String formId, Map<String, Object> values,
                                           FormContext context, Locale locale) {
    FormSchema schema = forms.deployedForm(processKey, formId);
    return renderer.answers(schema, values, context, locale);
  }

  private String meta(String by, java.time.LocalDateTime at, String statusKey, Locale locale) {
    StringBuilder s = new StringBuilder();
    if (by != null) {
      s.append(staff.nameOf(by));
    }
    if (at != null) {
      s.append(s.isEmpty() ? "" : " · ").append(at.format(WHEN));
    }
    if (statusKey != null && !statusKey.endsWith(".null")) {
      s.append(s.isEmpty() ? "" : " · ").append(msg(statusKey, locale));
    }
    return s.toString();
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  /** One decision as the case file prints it. */
  public record Decision(java.time.LocalDateTime at, String step, String by, String decision, String comment) {
  }

  /** One line of the short timeline. */
  public record Moment(java.time.LocalDateTime at, String what, String who) {
  }

  /** The kinds of case documents, in the order the case file holds them. */
  public enum Kind { ASSESSMENT, ASSESSMENTS, PLAN, NOTES, EVALUATION, CLOSURE, FOLLOW_UPS }
}
