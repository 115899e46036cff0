package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NumberSequences;
import org.socialwork.flow.tasklist.StartFormHandler;
import org.springframework.stereotype.Component;

/**
 * 提交申报: an organisation's staff submit an application to an open round: a track of the round, a station the
 * organisation serves, budget lines whose total lies within the round's grant range. The application gets its number
 * WGY-year-nnnn from the number sequence. An organisation debarred on the day is refused at once (the process ends).
 */
@Component
class ApplicationSubmission implements StartFormHandler {

  private final VentureMapper venture;
  private final NumberSequences numbers;
  private final Clock clock;

  ApplicationSubmission(VentureMapper venture, NumberSequences numbers, Clock clock) {
    this.venture = venture;
    this.numbers = numbers;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return VentureVariables.PROCESS_KEY;
  }

  @Override
  public boolean mayStart(StaffMember member) {
    return member.has(Role.ORGANIZATION);
  }

  @Override
  public Start prepare(FormData form, StaffMember member) {
    FormErrors errors = new FormErrors();
    Long organizationId = venture.findMemberOrganization(member.username()).orElse(null);
    if (organizationId == null) {
      errors.reject("roundId", "venture.member.none");
      errors.throwIfAny(form.values());
    }
    SocialOrganization organization = venture.findOrganization(organizationId).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    VentureRound round = venture.findRound(Long.valueOf(form.text("roundId"))).orElse(null);
    if (round == null) {
      errors.reject("roundId", "form.option");
    } else if (today.isBefore(round.opensOn()) || today.isAfter(round.closesOn())) {
      errors.reject("roundId", "venture.round.closed", round.opensOn(), round.closesOn());
    }
    String track = form.text("track");
    if (round != null && !round.trackList().contains(track)) {
      errors.reject("track", "form.option");
    }
    String station = form.text("stationCode");
    if (!venture.findOrganizationStations(organizationId).contains(station)) {
      errors.reject("stationCode", "venture.station.notServed");
    }
    List<VentureMapper.BudgetLine> lines = BudgetLines.parse(form.text("budgetLines"));
    BigDecimal total = BudgetLines.total(lines);
    if (lines.isEmpty()) {
      errors.reject("budgetLines", "venture.budget.lines");
    } else if (round != null && !round.withinGrantRange(total)) {
      errors.reject("budgetLines", "venture.budget.range", total, round.grantMin(), round.grantMax());
    }
    errors.throwIfAny(form.values());

    boolean debarred = organization.debarredOn(today);
    int year = today.getYear();
    String number = "WGY-" + year + "-" + String.format("%04d", numbers.next("venture-application", year));
    VentureMapper.Key key = new VentureMapper.Key();
    venture.insertApplication(new VentureApplication(null, number, round.id(), organizationId, station,
        form.text("projectName"), track, form.text("targetGroup"), form.number("beneficiaries").intValue(),
        form.text("activities"), total, form.number("matchedFunds"),
        debarred ? VentureApplication.REFUSED : VentureApplication.SCREENING, null, null, null,
        debarred ? "debarred until " + organization.debarredUntil() + ": " + organization.debarmentReason() : null,
        null, null, null, null, null, null, null, member.username(), LocalDateTime.now(clock), null, null), key);
    lines.forEach(l -> venture.insertBudgetLine(key.id, l.item(), l.amount()));

    List<String> reviewers = new ArrayList<>();
    venture.findReviewers(round.id()).stream().filter(r -> !r.reserve()).forEach(r -> reviewers.add(r.username()));
    Map<String, Object> v = new HashMap<>();
    v.put(VentureVariables.APPLICATION_ID, key.id);
    v.put(VentureVariables.ROUND_ID, round.id());
    v.put(VentureVariables.STATION_CODE, station);
    v.put(VentureVariables.OFFICER, round.officer());
    v.put(VentureVariables.APPLICANT, member.username());
    v.put(VentureVariables.REVIEWERS, reviewers);
    v.put(VentureVariables.DEBARRED, debarred);
    return new Start(number, null, v);
  }

  @Override
  public void started(Start start, String processInstanceId) {
    venture.setApplicationProcess((Long) start.variables().get(VentureVariables.APPLICATION_ID), processInstanceId);
  }

  @Override
  public String pageAfterStart(String businessKey) {
    return "/venture/applications/" + businessKey;
  }
}
