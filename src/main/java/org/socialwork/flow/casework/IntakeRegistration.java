package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.ResidentIdNumber;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.StartFormHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 登记接案: a station worker registers a client and their request. Stores the client, the case (with a new
 * case number, the instance's business key) and the intake record; the process starts in the same transaction.
 */
@Component
class IntakeRegistration implements StartFormHandler {

  private final CaseMapper cases;
  private final CaseNumbers numbers;
  private final Clock clock;
  private final String approvalTimeout;

  IntakeRegistration(CaseMapper cases, CaseNumbers numbers, Clock clock,
                     @Value("${socialwork.intake.approval-timeout:P3D}") String approvalTimeout) {
    this.cases = cases;
    this.numbers = numbers;
    this.clock = clock;
    this.approvalTimeout = approvalTimeout;
  }

  @Override
  public String processKey() {
    return IntakeVariables.PROCESS_KEY;
  }

  @Override
  public boolean mayStart(StaffMember member) {
    return member.has(Role.WORKER);
  }

  @Override
  public Map<String, Object> initialValues(StaffMember member) {
    Map<String, Object> values = new HashMap<>();
    values.put("intakeDate", LocalDate.now(clock));
    Set<String> stations = member.stationsAs(Role.WORKER);
    if (stations.size() == 1) {
      values.put("stationCode", stations.iterator().next());
    }
    return values;
  }

  @Override
  public Start prepare(FormData form, StaffMember member) {
    String station = form.text("stationCode");
    FormErrors errors = new FormErrors();
    if ("referral".equals(form.text("referralSource"))) {
      CaseFile.requireText(errors, "referrerOrg", form.text("referrerOrg"));
    }
    if (!member.stationsAs(Role.WORKER).contains(station)) {
      errors.reject("stationCode", "form.option");
    }
    errors.throwIfAny(form.values());

    LocalDateTime now = LocalDateTime.now(clock);
    ResidentIdNumber id = ResidentIdNumber.parse(form.text("idNumber"), LocalDate.now(clock)).orElseThrow();
    Client client = Client.register(station, form.text("clientName"), id, form.text("phone"),
        form.text("emergencyContact"), form.text("emergencyPhone"), form.text("address"),
        form.text("personType"), member.username(), now);
    cases.insertClient(client);

    CaseFile caseFile = CaseFile.register(numbers.next(station), station, client.getId(), member.username(), now);
    cases.insertCase(caseFile);
    cases.insertIntakeRecord(new IntakeRecord(caseFile.getId(), form.date("intakeDate"),
        form.text("referralSource"), form.text("referrerOrg"), form.text("presentingProblem"),
        form.text("expectation"), form.text("willingness"), form.text("urgency")));
    return new Start(caseFile.getCaseNo(), caseFile.getId(),
        IntakeVariables.atStart(caseFile.getId(), station, approvalTimeout));
  }
}
