package org.socialwork.flow.care;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans visits: a row in care_visit and its care-visit instance, in the caller's transaction. The dates are the
 * tier's rule ({@link CareTier#planAfter}); a major change asks for a visit within {@code socialwork.care.major-change-within}.
 * Re-planning replaces the target's open visits (their instances are deleted, the rows kept as REPLANNED).
 */
@Component
class VisitPlanning {

  static final String SCHEDULED = "scheduled";
  static final String MAJOR_CHANGE = "major-change";

  private final CareMapper care;
  private final RuntimeService runtime;
  private final Clock clock;
  private final Duration majorChangeWithin;

  VisitPlanning(CareMapper care, RuntimeService runtime, Clock clock,
                @Value("${socialwork.care.major-change-within:PT24H}") Duration majorChangeWithin) {
    this.care = care;
    this.runtime = runtime;
    this.clock = clock;
    this.majorChangeWithin = majorChangeWithin;
  }

  /** The next visit one tier interval after {@code last}; none when the target does not consent to visits. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Long planAfter(CareTarget target, LocalDateTime last) {
    if (!target.consent()) {
      return null;
    }
    CareTier tier = care.findTier(target.tierCode()).orElseThrow();
    return plan(target, tier.planAfter(last), SCHEDULED);
  }

  /** Replaces the open visits by one planned from the target's (new) tier, counted from now. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Long replan(CareTarget target, String why) {
    cancelOpen(target, why);
    return planAfter(target, LocalDateTime.now(clock));
  }

  /** Replaces the open visits by one due within the major-change period (24 h). */
  @Transactional(propagation = Propagation.MANDATORY)
  public Long visitSoon(CareTarget target, String why) {
    cancelOpen(target, why);
    return plan(target, VisitPlan.within(LocalDateTime.now(clock), majorChangeWithin), MAJOR_CHANGE);
  }

  private void cancelOpen(CareTarget target, String why) {
    for (CareVisit open : care.findOpenVisits(target.id())) {
      if (care.markReplanned(open.id()) == 1 && open.processInstanceId() != null) {
        runtime.deleteProcessInstance(open.processInstanceId(), why, true, true);
      }
    }
  }

  /** A visit at given dates (demo data, benchmarks): the same row and instance as any plan. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Long planAt(CareTarget target, VisitPlan plan) {
    cancelOpen(target, "planned at given dates");
    return plan(target, plan, SCHEDULED);
  }

  private Long plan(CareTarget target, VisitPlan plan, String reason) {
    CareCategory category = care.findCategory(target.category()).orElseThrow();
    CareMapper.Key key = new CareMapper.Key();
    care.insertVisit(new CareVisit(null, target.id(), target.stationCode(), target.tierCode(), reason, plan.dueAt(),
        plan.windowOpens(), plan.windowCloses(), CareVisit.PLANNED, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null), key);
    String pi = runtime.startProcessInstanceByKey(CareVariables.PROCESS_KEY, "CV-" + key.id,
        CareVariables.atStart(key.id, target.stationCode(), target.workerUsername(), target.volunteerUsername(),
            category.targetType(), plan))
        .getId();
    care.setVisitProcess(key.id, pi);
    return key.id;
  }
}
