package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision records as a person may read them (see {@link SupervisionScope}): their pairs, sessions and action
 * items; a pair with its sessions and the supervisee's hours per month; one session as its 督导记录表.
 * Anything out of scope is not found.
 */
@Component
@Transactional(readOnly = true)
public class SupervisionRecords {

  private static final int LIMIT = 100;

  private final SupervisionMapper supervision;
  private final ActionItemMapper items;
  private final Clock clock;

  SupervisionRecords(SupervisionMapper supervision, ActionItemMapper items, Clock clock) {
    this.supervision = supervision;
    this.items = items;
    this.clock = clock;
  }

  /** The member's overview: their own pairs and sessions, the pairs they oversee, their action items. */
  public Overview overview(StaffMember member) {
    SupervisionScope scope = SupervisionScope.of(member);
    List<SupervisionPair> mine = supervision.findPairs(scope, true);
    List<SupervisionPair> overseen = member.districtWide() || !scope.supervisedStations().isEmpty()
        ? supervision.findPairs(scope, false) : List.of();
    List<SupervisionSession> sessions = supervision.findSessions(scope, true, LIMIT);
    List<SupervisionSession> overdue = supervision.findSessions(scope, false, LIMIT).stream()
        .filter(s -> s.overdue() && !SupervisionSession.SIGNED.equals(s.status()))
        .toList();
    return new Overview(mine, overseen, sessions, overdue, items.findOwnedBy(member.username(), LIMIT), today());
  }

  public PairRecord pair(String pairNo, StaffMember member) {
    SupervisionPair pair = supervision.findPairByNo(pairNo, SupervisionScope.of(member))
        .orElseThrow(() -> new WorkItemNotFoundException(pairNo));
    List<SupervisionSession> held = supervision.findSessionsOfPair(pair.id());
    List<SessionRecord> sessions = held.stream().map(this::record).toList();
    return new PairRecord(pair, sessions, hoursPerMonth(held));
  }

  public SessionRecord session(Long id, StaffMember member) {
    return supervision.findSessionInScope(id, SupervisionScope.of(member)).map(this::record)
        .orElseThrow(() -> new WorkItemNotFoundException(String.valueOf(id)));
  }

  /**
   * A supervisee's history: their sessions (of pairs the reader may see), hours per month of the held ones, and their
   * open action items of the reader's stations. Not found unless the reader sees at least one session or is the person.
   */
  public SuperviseeRecord supervisee(String username, StaffMember member) {
    List<SupervisionSession> sessions = supervision.findSessionsOfSupervisee(username, SupervisionScope.of(member));
    if (sessions.isEmpty() && !username.equals(member.username()) && !member.districtWide()) {
      throw new WorkItemNotFoundException(username);
    }
    return new SuperviseeRecord(username, sessions, hoursPerMonth(sessions),
        items.findOpenOwnedInScope(username, member.scope()), today());
  }

  /** Hours of the held sessions per month, newest month first: only of the sessions given, so only what the reader sees. */
  private static List<SupervisionMapper.MonthHours> hoursPerMonth(List<SupervisionSession> sessions) {
    java.util.Map<String, java.math.BigDecimal> hours = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    sessions.stream().filter(s -> s.heldOn() != null && s.hours() != null).forEach(s ->
        hours.merge(java.time.YearMonth.from(s.heldOn()).toString(), s.hours(), java.math.BigDecimal::add));
    return hours.entrySet().stream().map(e -> new SupervisionMapper.MonthHours(e.getKey(), e.getValue())).toList();
  }

  /** Sessions held at a station in [from, to) with their hours (a station's monthly report). */
  public MonthFigures monthFigures(String stationCode, LocalDate from, LocalDate to) {
    return supervision.monthFigures(stationCode, from, to);
  }

  public List<ActionItem> myActionItems(StaffMember member) {
    return items.findOwnedBy(member.username(), LIMIT);
  }

  private SessionRecord record(SupervisionSession s) {
    return new SessionRecord(s, supervision.findSupervisees(s.id()), supervision.findSessionCaseNos(s.id()),
        items.findOfSession(s.id()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** What /supervision shows. */
  public record Overview(List<SupervisionPair> myPairs, List<SupervisionPair> overseenPairs,
                         List<SupervisionSession> mySessions, List<SupervisionSession> overdueSessions,
                         List<ActionItem> myActionItems, LocalDate today) {
  }

  /** A supervisee's sessions, hours per month and open action items. */
  public record SuperviseeRecord(String username, List<SupervisionSession> sessions,
                                 List<SupervisionMapper.MonthHours> hoursPerMonth, List<ActionItem> openActionItems,
                                 LocalDate today) {
  }

  /** A pair with its sessions and the supervisee's session hours per month. */
  public record PairRecord(SupervisionPair pair, List<SessionRecord> sessions,
                           List<SupervisionMapper.MonthHours> hoursPerMonth) {
  }

  /** 督导记录表: a session with its supervisees and their reflections, the cases discussed and the action items. */
  public record SessionRecord(SupervisionSession session, List<Supervisee> supervisees, List<String> caseNos,
                              List<ActionItem> actionItems) {
  }
}
