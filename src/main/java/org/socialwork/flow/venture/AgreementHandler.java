package org.socialwork.flow.venture;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.UploadedFile;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 签订三方协议: the officer (or the organisation) uploads the agreement signed by the community/station, the
 * organisation and, when one takes part, the volunteer team: a file chosen in the form's {@code agreement} field, or
 * one uploaded beforehand through {@code POST /api/venture/applications/{no}/agreement} (API clients); without either
 * the task is refused beside the field. The application keeps the stored file's name. The first tranche falls due within
 * {@code socialwork.venture.first-payment-within} working days of signing. The reports fall due on the round's dates,
 * or three and six months after signing when the round sets none (or they are past).
 */
@Component
class AgreementHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;
  private final VentureSettings settings;
  private final AgreementDocuments documents;

  AgreementHandler(VentureMapper venture, Applications applications, VentureSettings settings,
                   AgreementDocuments documents) {
    this.venture = venture;
    this.applications = applications;
    this.settings = settings;
    this.documents = documents;
  }

  @Override
  public String formId() {
    return "venture-agreement";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    VentureRound round = applications.roundOf(a);
    LocalDate signed = data.date("signedOn");
    String file = null;
    if (data.values().get("agreement") instanceof List<?> chosen) {
      for (Object o : chosen) {
        if (o instanceof UploadedFile f) {
          file = documents.store(a, "agreement", f.originalName(), f.content(), member, data.values());
        }
      }
    }
    if (file == null) {
      file = documents.latest(a.id()).map(VentureMapper.Document::fileName).orElse(null);
    }
    if (file == null) {
      new FormErrors().reject("agreement", "venture.agreement.error.required").throwIfAny(data.values());
    }
    Applications.moved(venture.sign(a.id(), file, signed), a);
    LocalDate due = WorkingDays.plus(signed, settings.firstPaymentWithin());
    LocalDate midTerm = round.midTermDue() != null && round.midTermDue().isAfter(signed) ? round.midTermDue()
        : signed.plusMonths(3);
    LocalDate end = round.finalDue() != null && round.finalDue().isAfter(midTerm) ? round.finalDue()
        : midTerm.plusMonths(3);
    Map<String, Object> v = new HashMap<>();
    v.put(VentureVariables.FIRST_PAYMENT_DUE, VentureVariables.endOf(due));
    v.put(VentureVariables.MID_TERM_DUE, VentureVariables.endOf(midTerm));
    v.put(VentureVariables.FINAL_DUE, VentureVariables.endOf(end));
    return v;
  }
}
