package org.socialwork.flow.care;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.socialwork.flow.casework.ClientRecords;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people read of care visits, in their scope (SQL): the roster, a target's page (the client record's personal
 * data read through casework and audited), a visit, the week's cards, the month's coverage per station.
 */
@Service
class CareRecords {


  private final CareMapper care;
  private final ClientRecords clients;
  private final Clock clock;

  CareRecords(CareMapper care, ClientRecords clients, Clock clock) {
    this.care = care;
    this.clients = clients;
    this.clock = clock;
  }

  /**
   * A target's page: the person (ID masked unless the reader works at the station), its visits, tier history, the
   * pairings with volunteers.
   */
  public record TargetPage(CareTarget target, ClientRecords.ClientCard client, String idNumber,
                           List<CareVisit> visits, List<CareMapper.TierChange> changes,
                           List<CareMapper.Pairing> pairings) {
  }

  /** A target as the paired volunteer sees it: name, ID number masked, next visit. */
  public record PairedTarget(Long id, String fullName, String maskedIdNumber, String category, String tierCode,
                             String stationName, Long nextVisitId, LocalDateTime nextDue,
                             LocalDateTime nextWindowOpens, String nextStatus) {
  }

  /** A visit with its target (no personal data beyond the name and address). */
  public record VisitPage(CareVisit visit, CareTarget target, String address, String phone, boolean child) {
  }

  /** The roster filter {@code due}: a day (visits due before its end) or {@code overdue}. */
  /** One page of the roster in the member's scope (next visit due first), with the total the filter finds. */
  public ListPage<CareMapper.TargetRow> roster(StaffMember member, String station, String tier, String due,
                                               Paging paging) {
    LocalDateTime dueBy = null;
    LocalDateTime overdueAt = null;
    FormErrors errors = new FormErrors();
    if ("overdue".equals(due)) {
      overdueAt = LocalDateTime.now(clock);
    } else if (due != null && !due.isBlank()) {
      try {
        dueBy = LocalDate.parse(due).plusDays(1).atStartOfDay();
      } catch (DateTimeParseException e) {
        errors.reject("due", "form.date");
      }
    }
    if (tier != null && !tier.isBlank() && care.findTier(tier).isEmpty()) {
      errors.reject("tier", "form.option");
    }
    errors.throwIfAny(java.util.Map.of());
    return ListPage.of(care.findTargets(member.scope(), blankToNull(station), blankToNull(tier), dueBy, overdueAt,
        paging.size(), paging.offset()),
        care.countTargets(member.scope(), blankToNull(station), blankToNull(tier), dueBy, overdueAt), paging);
  }

  @Transactional
  public TargetPage target(Long id, StaffMember member, String channel) {
    CareTarget t = care.findTarget(id, member.scope()).orElseThrow(() -> new WorkItemNotFoundException("CT-" + id));
    ClientRecords.ClientCard card = clients.read(t.clientId(), member.username(), "READ_CARE_TARGET", t.number(),
        channel).orElseThrow();
    boolean full = member.stationsAs(Role.WORKER).contains(t.stationCode())
        || member.stationsAs(Role.SUPERVISOR).contains(t.stationCode());
    return new TargetPage(t, card, full ? card.idNumber() : card.maskedIdNumber(), care.findVisitsOf(t.id()),
        care.findTierChanges(t.id()), care.findPairings(t.id()));
  }

  /**
   * A visit the member may see: of a station in their scope, or, for a volunteer, of a target paired with them;
   * anything else is not found.
   */
  CareVisit visitFor(Long id, StaffMember member) {
    return care.findVisit(id, member.scope())
        .or(() -> member.has(Role.VOLUNTEER) ? care.findVisitById(id).filter(v -> care.findTargetById(v.targetId())
            .map(t -> t.pairedWith(member.username())).orElse(false)) : java.util.Optional.empty())
        .orElseThrow(() -> new WorkItemNotFoundException("CV-" + id));
  }

  /** The targets paired with the signed-in volunteer, ID numbers masked (each person's read audited). */
  @Transactional
  public List<PairedTarget> paired(StaffMember member, String channel) {
    if (!member.has(Role.VOLUNTEER)) {
      return List.of();
    }
    return care.findPairedTargets(member.username()).stream().map(r -> new PairedTarget(r.id(), r.fullName(),
        clients.read(r.clientId(), member.username(), "READ_CARE_TARGET", "CT-" + r.id(), channel)
            .map(ClientRecords.ClientCard::maskedIdNumber).orElse(null),
        r.category(), r.tierCode(), r.stationName(), r.nextVisitId(), r.nextDue(), r.nextWindowOpens(),
        r.nextStatus())).toList();
  }

  @Transactional
  public VisitPage visit(Long id, StaffMember member, String channel) {
    CareVisit v = visitFor(id, member);
    CareTarget t = care.findTargetById(v.targetId()).orElseThrow();
    ClientRecords.ClientCard card = clients.read(t.clientId(), member.username(), "READ_CARE_VISIT", v.number(),
        channel).orElseThrow();
    boolean child = care.findCategory(t.category()).map(CareCategory::child).orElse(false);
    return new VisitPage(v, t, card.address(), card.phone(), child);
  }

  /** My visits of the week containing {@code day}: open ones due by its end (overdue first), done this week. */
  public List<CareMapper.VisitCard> week(StaffMember member, LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return care.findWeek(member.scope(), member.username(), monday.atStartOfDay(),
        monday.plusDays(7).atStartOfDay(), monday);
  }

  public List<CareMapper.StationCoverage> coverage(StaffMember member, YearMonth month) {
    return care.coverage(member.scope(), month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay(),
        LocalDateTime.now(clock));
  }

  /** yyyy-MM, else a field error on {@code month}; this month when absent. */
  YearMonth month(String month) {
    if (month == null || month.isBlank()) {
      return YearMonth.now(clock);
    }
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      new FormErrors().reject("month", "form.pattern").throwIfAny(java.util.Map.of("month", month));
      return null;
    }
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** yyyy-MM-dd, else a field error on {@code day}; today when absent. */
  LocalDate day(String day) {
    if (day == null || day.isBlank()) {
      return today();
    }
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      new FormErrors().reject("day", "form.date").throwIfAny(java.util.Map.of("day", day));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
