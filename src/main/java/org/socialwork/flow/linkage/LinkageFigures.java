package org.socialwork.flow.linkage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.dashboard.DashboardPeriod;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 五社联动 view for a period in the reader's scope: per station (every active station the reader sees, zeros
 * included) the linkages by kind and by force, the volunteer hours of the linked activities, the money and goods
 * donated; the district's (or the reader's stations') total; and the count of linkages by force and kind. Three
 * grouped queries, whatever the number of stations.
 */
@Service
class LinkageFigures {

  private final LinkageMapper linkages;
  private final Stations stations;

  LinkageFigures(LinkageMapper linkages, Stations stations) {
    this.linkages = linkages;
    this.stations = stations;
  }

  /** One row of the view: a station (or the total, code null). */
  public record Row(String stationCode, String stationName, Map<String, Long> byKind, Map<String, Long> byForce,
                    long total, BigDecimal hours, BigDecimal money, long goodsEntries, BigDecimal goodsValue) {
  }

  public record View(DashboardPeriod period, List<Row> stations, Row total,
                     Map<String, Map<String, Long>> forceByKind) {
  }

  @Transactional(readOnly = true)
  public View of(StaffMember member, DashboardPeriod period) {
    LinkageAccess.requireReader(member);
    Map<String, Builder> rows = new LinkedHashMap<>();
    for (Station s : stations.active()) {
      if (member.sees(s.code())) {
        rows.put(s.code(), new Builder(s.code(), s.name()));
      }
    }
    Builder total = new Builder(null, null);
    Map<String, Map<String, Long>> forceByKind = new LinkedHashMap<>();
    for (String f : Force.codes()) {
      Map<String, Long> kinds = new LinkedHashMap<>();
      SubjectKind.codes().forEach(k -> kinds.put(k, 0L));
      forceByKind.put(f, kinds);
    }
    for (LinkageMapper.ForceCount c : linkages.countByForce(member.scope(), period.from(), period.to())) {
      row(rows, c.stationCode()).byForce.merge(c.forceCode(), c.count(), Long::sum);
      total.byForce.merge(c.forceCode(), c.count(), Long::sum);
      forceByKind.computeIfAbsent(c.forceCode(), k -> new LinkedHashMap<>()).merge(c.subjectKind(), c.count(),
          Long::sum);
    }
    for (LinkageMapper.KindCount c : linkages.countByKind(member.scope(), period.from(), period.to())) {
      for (Builder b : List.of(row(rows, c.stationCode()), total)) {
        b.byKind.merge(c.subjectKind(), c.count(), Long::sum);
        b.total += c.count();
        b.hours = b.hours.add(c.hours());
      }
    }
    for (LinkageMapper.DonationTotal d : linkages.donationTotals(member.scope(), period.from(), period.to())) {
      for (Builder b : List.of(row(rows, d.stationCode()), total)) {
        b.money = b.money.add(d.money());
        b.goodsEntries += d.goodsEntries();
        b.goodsValue = b.goodsValue.add(d.goodsValue());
      }
    }
    List<Row> out = new ArrayList<>();
    rows.values().forEach(b -> out.add(b.build()));
    return new View(period, out, total.build(), forceByKind);
  }

  /** The station's row; a station no longer active but with records in the period gets one too. */
  private Builder row(Map<String, Builder> rows, String code) {
    return rows.computeIfAbsent(code, c -> new Builder(c, stations.find(c).map(Station::name).orElse(c)));
  }

  private static final class Builder {
    final String code;
    final String name;
    final Map<String, Long> byKind = new LinkedHashMap<>();
    final Map<String, Long> byForce = new LinkedHashMap<>();
    long total;
    BigDecimal hours = BigDecimal.ZERO;
    BigDecimal money = BigDecimal.ZERO;
    long goodsEntries;
    BigDecimal goodsValue = BigDecimal.ZERO;

    Builder(String code, String name) {
      this.code = code;
      this.name = name;
      SubjectKind.codes().forEach(k -> byKind.put(k, 0L));
      Force.codes().forEach(f -> byForce.put(f, 0L));
    }

    Row build() {
      return new Row(code, name, byKind, byForce, total, hours, money, goodsEntries, goodsValue);
    }
  }
}
