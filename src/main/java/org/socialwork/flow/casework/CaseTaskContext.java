package org.socialwork.flow.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormDocument;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskContext;
import org.socialwork.flow.tasklist.WorkItem;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Beside a casework task's form: who the client is, what they asked for, and what was decided so far. */
@Component
class CaseTaskContext implements TaskContext {

  /** What each casework task decides on or works from, in the order shown beside its form. */
  private static final Map<String, List<CaseDocuments.Kind>> DOCUMENTS = Map.of(
      "Task_MentorReview", List.of(CaseDocuments.Kind.ASSESSMENT),
      "Task_WritePlan", List.of(CaseDocuments.Kind.ASSESSMENT),
      "Task_ApprovePlan", List.of(CaseDocuments.Kind.PLAN, CaseDocuments.Kind.ASSESSMENT),
      "Task_Intervention", List.of(CaseDocuments.Kind.PLAN),
      "Task_Evaluate", List.of(CaseDocuments.Kind.PLAN),
      "Task_WriteClosure", List.of(CaseDocuments.Kind.EVALUATION, CaseDocuments.Kind.PLAN),
      "Task_ApproveClosure", List.of(CaseDocuments.Kind.CLOSURE, CaseDocuments.Kind.EVALUATION,
          CaseDocuments.Kind.PLAN),
      "Task_FirstFollowUp", List.of(CaseDocuments.Kind.CLOSURE),
      "Task_SecondFollowUp", List.of(CaseDocuments.Kind.CLOSURE, CaseDocuments.Kind.FOLLOW_UPS));

  /** The step whose earlier decisions (with their comments) a task shows when it comes round again. */
  private static final Map<String, String> ROUNDS = Map.of(
      "Task_ScreenIntake", CaseDecision.APPROVAL,
      "Task_ApproveOpening", CaseDecision.APPROVAL,
      "Task_ApproveOpeningEscalated", CaseDecision.APPROVAL,
      "Task_RecordAssessment", CaseDecision.ASSESSMENT_REVIEW,
      "Task_MentorReview", CaseDecision.ASSESSMENT_REVIEW,
      "Task_WritePlan", CaseDecision.PLAN_APPROVAL,
      "Task_ApprovePlan", CaseDecision.PLAN_APPROVAL,
      "Task_WriteClosure", CaseDecision.CLOSURE_APPROVAL,
      "Task_ApproveClosure", CaseDecision.CLOSURE_APPROVAL);

  private final CaseMapper cases;
  private final CaseFiles caseFiles;
  private final CaseDocuments documents;
  private final StaffDirectory staff;
  private final MessageSource messages;
  private final Clock clock;

  CaseTaskContext(CaseMapper cases, CaseFiles caseFiles, CaseDocuments documents, StaffDirectory staff,
                  MessageSource messages, Clock clock) {
    this.cases = cases;
    this.caseFiles = caseFiles;
    this.documents = documents;
    this.staff = staff;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public List<FormDocument> documents(WorkItem task, StaffMember member, Locale locale) {
    if (task.caseId() == null) {
      return List.of();
    }
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    List<FormDocument> out = new ArrayList<>();
    for (CaseDocuments.Kind kind : DOCUMENTS.getOrDefault(task.taskKey(), List.of())) {
      out.addAll(documents.of(kind, caseFile, locale));
    }
    String step = ROUNDS.get(task.taskKey());
    if (step != null) {
      out.addAll(documents.rounds(caseFile, d -> step.equals(d.step()), "doc-rounds", "doc.rounds", locale));
    }
    return out;
  }

  @Override
  public List<Line> describe(WorkItem task, StaffMember member, Locale locale) {
    List<Line> lines = new ArrayList<>();
    if (task.caseId() == null) {
      return lines;
    }
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    Client client = cases.findClient(caseFile.getClientId()).orElseThrow();
    IntakeRecord intake = cases.findIntakeRecord(caseFile.getId()).orElse(null);
    Map<String, String> labels = caseFiles.labels(client, intake, member, locale);
    line(lines, "case.no", caseFile.getCaseNo(), locale);
    line(lines, "case.status", msg("case.status." + caseFile.getStatus().name(), locale), locale);
    line(lines, "client.name", client.getFullName(), locale);
    line(lines, "client.idNumber", CaseFiles.worksOn(caseFile, member) ? client.getIdNumber()
        : client.maskedIdNumber(), locale);
    line(lines, "client.sexAge", msg("client.sex." + client.getSex(), locale) + " / "
        + client.ageOn(LocalDate.now(clock)), locale);
    line(lines, "client.personType", labels.get("personType"), locale);
    line(lines, "client.phone", client.getPhone(), locale);
    if (intake != null) {
      line(lines, "intake.presentingProblem", intake.presentingProblem(), locale);
      line(lines, "intake.expectation", intake.expectation(), locale);
      line(lines, "intake.urgency", labels.get("urgency"), locale);
    }
    for (CaseDecision d : cases.findDecisions(caseFile.getId())) {
      String text = documents.decisionText(d, locale) + (d.comment() == null ? "" : "：" + d.comment());
      lines.add(new Line(msg("decision.step." + d.step(), locale) + " · " + staff.nameOf(d.decidedBy()), text));
    }
    return lines;
  }

  private void line(List<Line> lines, String key, String value, Locale locale) {
    lines.add(new Line(msg(key, locale), value == null ? "" : value));
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
