package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * 领导小组审定: approve with an amount (within the round's grant range and not above what was asked), reserve (the
 * application waits for budget freed by a cancellation) or reject. The approval takes its amount from the round's
 * budget with one conditional UPDATE: of concurrent approvals that together pass the budget, those the budget no
 * longer covers are answered 409 and store nothing. An approved grant is posted for the posting period (working
 * days) and its ledger plans the tranches by the round's split.
 */
@Component
class DeterminationHandler implements TaskFormHandler {

  static final String APPROVE = "approve";
  static final String RESERVE = "reserve";

  private final VentureMapper venture;
  private final Applications applications;
  private final VentureSettings settings;
  private final Clock clock;

  DeterminationHandler(VentureMapper venture, Applications applications, VentureSettings settings, Clock clock) {
    this.venture = venture;
    this.applications = applications;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "venture-determination";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    VentureRound round = applications.roundOf(a);
    String decision = data.text("decision");
    String note = data.text("note");
    Map<String, Object> v = new HashMap<>();
    v.put(VentureVariables.DETERMINATION, decision);
    if (APPROVE.equals(decision)) {
      BigDecimal amount = data.number("amount");
      FormErrors errors = new FormErrors();
      if (amount == null) {
        errors.reject("amount", "form.required");
      } else if (!round.withinGrantRange(amount)) {
        errors.reject("amount", "venture.amount.range", round.grantMin(), round.grantMax());
      } else if (amount.compareTo(a.requestedAmount()) > 0) {
        errors.reject("amount", "venture.amount.requested", a.requestedAmount());
      }
      errors.throwIfAny(data.values());
      LocalDateTime now = LocalDateTime.now(clock);
      LocalDateTime postingEnds = WorkingDays.periodEnd(now, settings.postingPeriod());
      Applications.moved(venture.approve(a.id(), amount, note, postingEnds), a);
      if (venture.commit(round.id(), amount) != 1) {
        throw new VentureConflictException("venture.budget", "The budget left in round " + round.id()
            + " is less than " + amount);
      }
      LocalDate today = now.toLocalDate();
      venture.insertLedger(a.id(), "APPROVED", null, amount, today, null, member.username(), now);
      List<Integer> split = round.split();
      for (int n = 1; n <= split.size(); n++) {
        venture.insertLedger(a.id(), "PLANNED", n, round.tranche(amount, n), today, null, member.username(), now);
      }
      v.put(VentureVariables.POSTING_ENDS_AT, VentureVariables.date(postingEnds));
    } else {
      Applications.moved(venture.determine(a.id(), RESERVE.equals(decision) ? VentureApplication.RESERVED
          : VentureApplication.REJECTED, note), a);
    }
    return v;
  }
}
