package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 拨付首期资金: records tranche 1 (date, amount, voucher) in the ledger. The application's row is locked while the
 * paid sum is checked, so no two payments together pass the approved amount; the tranche may not exceed its plan.
 */
@Component
class PaymentHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;
  private final Clock clock;

  PaymentHandler(VentureMapper venture, Applications applications, Clock clock) {
    this.venture = venture;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "venture-payment";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = venture.lockApplication(applications.of(task).id()).orElseThrow();
    VentureRound round = applications.roundOf(a);
    BigDecimal amount = data.number("amount");
    BigDecimal left = a.approvedAmount().subtract(venture.paidSum(a.id()));
    BigDecimal planned = round.tranche(a.approvedAmount(), 1);
    FormErrors errors = new FormErrors();
    if (amount.signum() <= 0) {
      errors.reject("amount", "venture.amount");
    } else if (amount.compareTo(left) > 0) {
      errors.reject("amount", "venture.payment.overpaid", left);
    } else if (amount.compareTo(planned) > 0) {
      errors.reject("amount", "venture.payment.tranche", planned);
    }
    errors.throwIfAny(data.values());
    LocalDateTime now = LocalDateTime.now(clock);
    venture.insertLedger(a.id(), "PAID", 1, amount, data.date("paidOn"), data.text("voucher"), member.username(), now);
    Applications.moved(venture.moveStatus(a.id(), VentureApplication.PAYING, VentureApplication.FUNDED), a);
    return Map.of();
  }
}
