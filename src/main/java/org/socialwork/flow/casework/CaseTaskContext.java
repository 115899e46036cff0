package org.socialwork.flow.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskContext;
import org.socialwork.flow.tasklist.WorkItem;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Beside a casework task's form: who the client is, what they asked for, and what was decided so far. */
@Component
class CaseTaskContext implements TaskContext {

  private final CaseMapper cases;
  private final CaseFiles caseFiles;
  private final MessageSource messages;
  private final Clock clock;

  CaseTaskContext(CaseMapper cases, CaseFiles caseFiles, MessageSource messages, Clock clock) {
    this.cases = cases;
    this.caseFiles = caseFiles;
    this.messages = messages;
    this.clock = clock;
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
      String text = msg("decision." + d.decision(), locale) + (d.comment() == null ? "" : "：" + d.comment());
      lines.add(new Line(msg("decision.step." + d.step(), locale) + " · " + d.decidedBy(), text));
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
