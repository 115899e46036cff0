package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskForms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 示范站评选: the leading group opens a round over chosen stations; each station gets a demonstration inspection with
 * the latest demonstration template (四个方面 and the Taiyanggong criteria) scored by the chosen experts; the ranking
 * follows the totals; the leading group records its decision, and the chosen stations become demonstration stations
 * with the date and the round.
 */
@Component
public class DemonstrationRounds {

  private final InspectionMapper inspections;
  private final InspectionPlanning planning;
  private final TaskForms forms;
  private final FormValidator validator;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;
  private final Stations stations;

  DemonstrationRounds(InspectionMapper inspections, InspectionPlanning planning, TaskForms forms,
                      FormValidator validator, RuntimeService runtime, IdentityService identity, Clock clock, Stations stations) {
    this.inspections = inspections;
    this.planning = planning;
    this.forms = forms;
    this.validator = validator;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
    this.stations = stations;
  }

  public static boolean runs(StaffMember member) {
    return member.has(Role.LEADER);
  }

  public FormSchema form() {
    return forms.deployedForm(InspectionVariables.PROCESS_KEY, "demonstration-round");
  }

  @Transactional(readOnly = true)
  public List<DemonstrationRound> rounds() {
    return inspections.findRounds();
  }

  @Transactional(readOnly = true)
  public DemonstrationRound round(Long id) {
    return inspections.findRound(id).orElseThrow(() -> new InspectionNotFoundException("round " + id));
  }

  /** The round's inspections, highest total first (unscored last). */
  @Transactional(readOnly = true)
  public List<Inspection> ranking(Long roundId, StaffMember member) {
    return inspections.findInspections(member.scope(), InspectionFilter.ofRound(roundId), 500).stream()
        .sorted(Comparator.comparing(Inspection::getTotalScore, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }

  @Transactional(readOnly = true)
  public List<DemonstrationAward> awards(Long roundId) {
    return inspections.findAwards(roundId);
  }

  @Transactional
  public Long open(Map<String, Object> submitted, StaffMember member) {
    if (!runs(member)) {
      throw new AccessDeniedException("Only the leading group opens evaluation rounds");
    }
    FormData form = validator.validate(form(), submitted, new FormContext(member.username(), null));
    InspectionTemplate template = inspections.findLatestTemplate("demonstration").orElseThrow();
    LocalDateTime now = LocalDateTime.now(clock);
    DemonstrationRound round = DemonstrationRound.open(form.text("name"), template.id(), member.username(), now);
    inspections.insertRound(round);
    List<String> experts = form.list("inspectors");
    for (String station : form.list("stationCodes")) {
      Inspection inspection = planning.create("demonstration", station, null, template.id(), round.getId(),
          form.date("plannedOn"), member.username(), 30, experts);
      identity.setAuthenticatedUserId(member.username());
      ProcessInstance pi;
      try {
        pi = runtime.startProcessInstanceByKey(InspectionVariables.PROCESS_KEY, inspection.getInspectionNo(),
            InspectionVariables.planned(inspection.getId(), station, experts, false));
      } finally {
        identity.clearAuthentication();
      }
      inspection.setProcessInstanceId(pi.getId());
      inspections.updateInspection(inspection);
    }
    return round.getId();
  }

  /** Records the leading group's decision; the chosen stations (scored ones of this round) become demonstration stations. */
  @Transactional
  public void decide(Long roundId, List<String> chosen, String decision, StaffMember member) {
    if (!runs(member)) {
      throw new AccessDeniedException("Only the leading group decides");
    }
    DemonstrationRound round = round(roundId);
    List<Inspection> ranked = ranking(roundId, member);
    FormErrors errors = new FormErrors();
    if (round.getStatus() != DemonstrationRound.Status.OPEN) {
      errors.reject("decision", "round.error.decided");
    }
    if (decision == null || decision.isBlank() || decision.length() > 2000) {
      errors.reject("decision", "form.required");
    }
    for (String station : chosen) {
      if (ranked.stream().noneMatch(i -> i.getStationCode().equals(station) && i.getTotalScore() != null)) {
        errors.reject("chosen", "round.error.unscored", station);
      }
    }
    errors.throwIfAny(Map.of("decision", decision == null ? "" : decision));
    LocalDateTime now = LocalDateTime.now(clock);
    round.decide(decision.strip(), member.username(), now);
    inspections.updateRound(round);
    for (String station : chosen.stream().distinct().toList()) {
      stations.markDemonstration(station);
      inspections.insertAward(station, roundId, now.toLocalDate());
    }
  }
}
