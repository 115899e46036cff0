package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.RoleAssignment;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.StartFormHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * 建立督导关系: a resident supervisor (for their stations) or an administrator pairs a mentor with a supervisee,
 * a case, or both. The pair's station is the supervisee's, or the case's. Sessions fall due on the first session
 * day and every schedule period after it up to the end date.
 */
@Component
@EnableConfigurationProperties(SupervisionSettings.class)
class PairCreation implements StartFormHandler {

  private final SupervisionMapper supervision;
  private final StaffDirectory staff;
  private final SupervisionSettings settings;
  private final Clock clock;

  PairCreation(SupervisionMapper supervision, StaffDirectory staff, SupervisionSettings settings,
               Clock clock) {
    this.supervision = supervision;
    this.staff = staff;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return SupervisionVariables.PROCESS_KEY;
  }

  @Override
  public boolean mayStart(StaffMember member) {
    return member.has(Role.SUPERVISOR) || member.has(Role.ADMIN);
  }

  @Override
  public Map<String, Object> initialValues(StaffMember member) {
    LocalDate today = LocalDate.now(clock);
    return Map.of("schedule", settings.defaultSchedule(), "mentorType", "expert", "firstSession", today,
        "endDate", today.plusMonths(6));
  }

  @Override
  public Start prepare(FormData form, StaffMember member) {
    FormErrors errors = new FormErrors();
    String supervisee = form.isBlank("supervisee") ? null : form.text("supervisee");
    String caseNo = form.isBlank("caseNo") ? null : form.text("caseNo").trim();
    String station = null;
    Long caseId = null;
    if (supervisee == null && caseNo == null) {
      errors.reject("supervisee", "supervision.pair.superviseeOrCase");
    }
    if (supervisee != null) {
      station = staff.rolesOf(supervisee).stream().filter(r -> r.role() == Role.WORKER)
          .map(RoleAssignment::stationCode).findFirst().orElse(null);
      if (station == null) {
        errors.reject("supervisee", "form.option");
      }
    }
    if (caseNo != null) {
      // a case outside the caller's stations answers like one that does not exist (no way to probe case numbers)
      SupervisionMapper.CaseRef ref = supervision.findCaseRef(caseNo)
          .filter(r -> maySupervise(member, r.stationCode())).orElse(null);
      if (ref == null || (station != null && !station.equals(ref.stationCode()))) {
        errors.reject("caseNo", "supervision.case.unknown", caseNo);
      } else {
        caseId = ref.id();
        station = ref.stationCode();
        if (supervisee == null) {
          supervisee = ref.responsibleWorker();
        }
      }
    }
    if (station != null && !maySupervise(member, station)) {
      errors.reject(caseNo != null ? "caseNo" : "supervisee", "supervision.pair.notYourStation");
    }
    if (form.text("mentor").equals(supervisee)) {
      errors.reject("mentor", "supervision.pair.selfMentor");
    }
    LocalDate first = form.date("firstSession");
    LocalDate end = form.date("endDate");
    Period period = Period.parse(form.text("schedule"));
    if (end.isBefore(first)) {
      errors.reject("endDate", "supervision.pair.endBeforeFirst");
    }
    errors.throwIfAny(form.values());

    SupervisionMapper.PairRow row = new SupervisionMapper.PairRow();
    row.pairNo = "NEW-" + java.util.UUID.randomUUID().toString().substring(0, 18);
    row.stationCode = station;
    row.mentor = form.text("mentor");
    row.mentorType = form.text("mentorType");
    row.supervisee = supervisee;
    row.caseId = caseId;
    row.focus = form.text("focus");
    row.schedulePeriod = form.text("schedule");
    row.firstSession = first;
    row.endDate = end;
    row.status = SupervisionPair.ACTIVE;
    row.createdBy = member.username();
    row.createdAt = LocalDateTime.now(clock);
    supervision.insertPair(row);
    String pairNo = "SUP-" + first.getYear() + "-" + String.format("%04d", row.id);
    supervision.updatePairNo(row.id, pairNo);

    Map<String, Object> variables = new HashMap<>();
    variables.put(SupervisionVariables.PAIR_ID, row.id);
    variables.put(SupervisionVariables.STATION_CODE, station);
    variables.put(SupervisionVariables.MENTOR, row.mentor);
    variables.put(SupervisionVariables.SESSION_CYCLE, sessionCycle(first, end, period, sessionTime(), LocalDateTime.now(clock)));
    variables.put(SupervisionVariables.RECORD_WITHIN, settings.recordWithin());
    variables.put(SupervisionVariables.PAIR_ENDS_AT,
        Date.from(end.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    variables.put(SupervisionVariables.SUBJECT, subject(row.mentor, supervisee, caseNo));
    return new Start(pairNo, null, variables);
  }

  @Override
  public String pageAfterStart(String businessKey) {
    return "/supervision/pairs/" + businessKey;
  }

  @Override
  public void started(Start start, String processInstanceId) {
    supervision.updatePairProcess((Long) start.variables().get(SupervisionVariables.PAIR_ID), processInstanceId);
  }

  private LocalTime sessionTime() {
    return LocalTime.parse(settings.sessionTime());
  }

  /** Administrators pair anywhere, resident supervisors at the stations they supervise. */
  private static boolean maySupervise(StaffMember member, String station) {
    return member.has(Role.ADMIN) || member.stationsAs(Role.SUPERVISOR).contains(station);
  }

  private String subject(String mentor, String supervisee, String caseNo) {
    String mentorName = staff.nameOf(mentor);
    String who = supervisee == null ? caseNo
        : staff.nameOf(supervisee);
    return mentorName + " → " + who;
  }

  /**
   * The ISO-8601 repeating interval of the sessions: {@code R<n>/<first session at the session time>/<period>}, n the
   * number of repetitions after the first session up to the end date (Camunda fires the start and then n times).
   * Camunda skips the dates of a cycle that are past when the timer is created, so a first session due earlier today
   * starts the cycle a minute from now (same days, another time of day).
   */
  static String sessionCycle(LocalDate first, LocalDate end, Period period, LocalTime at, LocalDateTime now) {
    int n = 0;
    for (LocalDate d = first; !d.isAfter(end); d = first.plus(period.multipliedBy(n))) {
      n++;
    }
    LocalDateTime start = first.atTime(at).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    if (start.isBefore(now)) {
      start = now.plusMinutes(1).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }
    return "R" + Math.max(n - 1, 0) + "/" + start.toLocalDate() + "T" + start.toLocalTime() + ":00/" + period;
  }
}
