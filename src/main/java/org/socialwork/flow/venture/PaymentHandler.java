package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 拨付资金: records the next planned tranche (date, amount, voucher) in the ledger: tranche 1 after signing, the
 * next after the mid-term evaluation, the rest after the final one. The application's row is locked while the paid
 * sum is checked, so no two payments together pass the approved amount; a tranche may not exceed its plan. The first
 * payment starts the implementation.
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
  public Map<String, Object> currentValues(WorkItem task) {
    VentureApplication a = applications.of(task);
    return Tranches.next(venture.findLedger(a.id())).<Map<String, Object>>map(t -> Map.of("amount", t.amount()))
        .orElse(Map.of());
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = venture.lockApplication(applications.of(task).id()).orElseThrow();
    List<VentureMapper.LedgerEntry> ledger = venture.findLedger(a.id());
    VentureMapper.LedgerEntry next = Tranches.next(ledger).orElse(null);
    BigDecimal amount = data.number("amount");
    BigDecimal left = a.approvedAmount().subtract(venture.paidSum(a.id()));
    FormErrors errors = new FormErrors();
    if (next == null) {
      errors.reject("amount", "venture.payment.none");
    } else if (amount.signum() <= 0) {
      errors.reject("amount", "venture.amount");
    } else if (amount.compareTo(left) > 0) {
      errors.reject("amount", "venture.payment.overpaid", left);
    } else if (amount.compareTo(next.amount()) > 0) {
      errors.reject("amount", "venture.payment.tranche", next.amount());
    }
    errors.throwIfAny(data.values());
    LocalDateTime now = LocalDateTime.now(clock);
    venture.insertLedger(a.id(), "PAID", next.tranche(), amount, data.date("paidOn"), data.text("voucher"),
        member.username(), now);
    if (next.tranche() == 1) {
      Applications.moved(venture.moveStatus(a.id(), VentureApplication.PAYING, VentureApplication.IMPLEMENTING), a);
    }
    return Map.of(VentureVariables.TRANCHES_LEFT, Tranches.left(venture.findLedger(a.id())));
  }
}
