package org.socialwork.flow.linkage;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.dashboard.DashboardPeriod;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down lists behind the view, paged: linkages (newest subject first) and donations (newest first), in the
 * reader's scope, filtered by station, force, kind and period. A wrong filter is 400 naming it.
 */
@Service
class LinkageLists {

  private final LinkageMapper linkages;
  private final Clock clock;

  LinkageLists(LinkageMapper linkages, Clock clock) {
    this.linkages = linkages;
    this.clock = clock;
  }

  /** A linkage in a list, with its forces in the view's order. */
  public record Item(LinkageMapper.LinkageRow linkage, List<String> forces) {
  }

  /** The request's filters; {@code period} and {@code month} as on the dashboard, absent period = all time. */
  public record Query(String station, String force, String kind, String period, String month) {

    public Map<String, Object> kept() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("station", station);
      m.put("force", force);
      m.put("kind", kind);
      m.put("period", period);
      m.put("month", month);
      return m;
    }
  }

  DashboardPeriod period(String period, String month) {
    return DashboardPeriod.of(period, month, YearMonth.now(clock));
  }

  LinkageMapper.Filter filter(Query q, boolean donations) {
    String force = blank(q.force());
    if (force != null && Force.of(force).isEmpty()) {
      throw new InvalidParameterException("force", "force must be one of " + Force.codes());
    }
    String kind = blank(q.kind());
    if (kind != null && (donations ? !List.of(Donation.MONEY, Donation.GOODS).contains(kind)
        : SubjectKind.of(kind).isEmpty())) {
      throw new InvalidParameterException("kind", "kind must be one of "
          + (donations ? List.of(Donation.MONEY, Donation.GOODS) : SubjectKind.codes()));
    }
    String station = blank(q.station());
    if (station != null && !station.matches("[A-Za-z0-9_-]{1,20}")) {
      throw new InvalidParameterException("station", "station must be a station code");
    }
    DashboardPeriod p = blank(q.period()) == null && blank(q.month()) == null ? null : period(q.period(), q.month());
    return new LinkageMapper.Filter(station, force, kind, p == null ? null : p.from(), p == null ? null : p.to());
  }

  @Transactional(readOnly = true)
  public ListPage<Item> linkages(StaffMember member, Query q, Paging paging) {
    LinkageAccess.requireReader(member);
    LinkageMapper.Filter f = filter(q, false);
    List<LinkageMapper.LinkageRow> rows = linkages.findLinkages(member.scope(), f, paging.size(), paging.offset());
    return ListPage.of(withForces(rows), linkages.countLinkages(member.scope(), f), paging);
  }

  @Transactional(readOnly = true)
  public ListPage<LinkageMapper.DonationRow> donations(StaffMember member, Query q, Paging paging) {
    LinkageAccess.requireReader(member);
    LinkageMapper.Filter f = filter(q, true);
    return ListPage.of(linkages.findDonations(member.scope(), f, paging.size(), paging.offset()),
        linkages.countDonations(member.scope(), f), paging);
  }

  /** The latest linkages of a station, for the donation form's "went to". */
  @Transactional(readOnly = true)
  public List<Item> recentOf(String station) {
    return withForces(linkages.findRecentOfStation(station, 50));
  }

  private List<Item> withForces(List<LinkageMapper.LinkageRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> forces = new LinkedHashMap<>();
    rows.forEach(r -> forces.put(r.id(), new ArrayList<>()));
    linkages.findForcesOf(forces.keySet()).forEach(f -> forces.get(f.linkageId()).add(f.forceCode()));
    return rows.stream().map(r -> new Item(r, Force.codes().stream().filter(forces.get(r.id())::contains).toList()))
        .toList();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
