package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskForms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个案记录: the station's workers and supervisors add a note on each contact, any number of times while the case
 * is open. The form is casework's {@code case-note}, validated like any task form.
 */
@Component
public class CaseNotes {

  static final String FORM_ID = "case-note";

  private final CaseMapper cases;
  private final CaseRecordMapper records;
  private final TaskForms forms;
  private final FormValidator validator;
  private final Clock clock;

  CaseNotes(CaseMapper cases, CaseRecordMapper records, TaskForms forms, FormValidator validator, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.forms = forms;
    this.validator = validator;
    this.clock = clock;
  }

  public FormSchema form() {
    return forms.deployedForm(CaseworkVariables.PROCESS_KEY, FORM_ID);
  }

  /** Whether this member may write notes on this case now. */
  public boolean writable(CaseFile caseFile, StaffMember member) {
    return caseFile.acceptsNotes() && member.stationCodes().contains(caseFile.getStationCode());
  }

  @Transactional
  public void add(String caseNo, Map<String, Object> submitted, StaffMember member) {
    CaseFile caseFile = cases.findCaseByNo(caseNo, member.scope()).orElseThrow(() -> new CaseNotFoundException(caseNo));
    if (!member.stationCodes().contains(caseFile.getStationCode())) {
      throw new AccessDeniedException("Only the station's workers and supervisors write case notes");
    }
    if (!caseFile.acceptsNotes()) {
      throw new CaseStageException("Case " + caseNo + " is " + caseFile.getStatus() + " and takes no case notes");
    }
    FormData note = validator.validate(form(), submitted, new FormContext(member.username(), caseFile.getStationCode()));
    records.insertNote(new CaseNote(caseFile.getId(), note.date("noteDate"), note.text("mode"),
        note.number("durationMin").intValueExact(), note.text("objective"), note.text("narrative"),
        note.text("reflection"), note.text("nextStep"), member.username(), LocalDateTime.now(clock)));
  }
}
