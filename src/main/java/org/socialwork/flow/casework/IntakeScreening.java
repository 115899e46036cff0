package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/** 筛查接案请求: accept (to the supervisor), refer out (with the receiving organisation) or decline (with reason). */
@Component
class IntakeScreening implements TaskFormHandler {

  private final CaseMapper cases;
  private final Clock clock;

  IntakeScreening(CaseMapper cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "intake-screen";
  }

  /** A request returned by the supervisor opens with the worker's earlier screening. */
  @Override
  public Map<String, Object> currentValues(WorkItem task) {
    List<CaseDecision> decisions = cases.findDecisions(task.caseId());
    Map<String, Object> values = new HashMap<>();
    decisions.stream().filter(d -> CaseDecision.SCREENING.equals(d.step())).reduce((a, b) -> b).ifPresent(d -> {
      values.put("decision", d.decision());
      if (d.comment() != null) {
        values.put("reason", d.comment());
      }
    });
    return values;
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    ScreeningDecision decision = ScreeningDecision.of(form.text("decision"));
    FormErrors errors = new FormErrors();
    if (decision == ScreeningDecision.REFER) {
      CaseFile.requireText(errors, "receivingOrg", form.text("receivingOrg"));
    }
    if (decision != ScreeningDecision.ACCEPT) {
      CaseFile.requireText(errors, "reason", form.text("reason"));
    }
    errors.throwIfAny(form.values());

    LocalDateTime now = LocalDateTime.now(clock);
    CaseFile caseFile = cases.findCase(task.caseId()).orElseThrow();
    caseFile.screen(decision, now);
    cases.updateCase(caseFile);
    cases.insertDecision(new CaseDecision(caseFile.getId(), CaseDecision.SCREENING, decision.formValue(),
        form.text("reason"), member.username(), now));
    if (decision == ScreeningDecision.REFER) {
      cases.insertReferral(new Referral(caseFile.getId(), form.text("receivingOrg"), form.text("reason"),
          member.username(), now));
    }
    return IntakeVariables.screened(decision);
  }
}
