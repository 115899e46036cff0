package org.socialwork.flow.venture;

import java.time.LocalDate;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 签订三方协议: the officer (or the organisation) records the agreement signed by the community/station, the
 * organisation and, when one takes part, the volunteer team; the first tranche falls due within
 * {@code socialwork.venture.first-payment-within} working days of signing.
 */
@Component
class AgreementHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;
  private final VentureSettings settings;

  AgreementHandler(VentureMapper venture, Applications applications, VentureSettings settings) {
    this.venture = venture;
    this.applications = applications;
    this.settings = settings;
  }

  @Override
  public String formId() {
    return "venture-agreement";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    LocalDate signed = data.date("signedOn");
    Applications.moved(venture.sign(a.id(), data.text("agreementFile"), signed), a);
    LocalDate due = WorkingDays.plus(signed, settings.firstPaymentWithin());
    return Map.of(VentureVariables.FIRST_PAYMENT_DUE, VentureVariables.date(due.plusDays(1).atStartOfDay()));
  }
}
