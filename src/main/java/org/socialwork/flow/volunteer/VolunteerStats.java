package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Service;

/**
 * Volunteer figures per station in the reader's scope for a month or a year: activities held, volunteers registered
 * and active, hours (the ledger's, corrections included), average hours per registered volunteer (the civilised-city
 * benchmark is 25 h a year), points issued and redeemed.
 */
@Service
class VolunteerStats {

  private final VolunteerMapper volunteers;

  VolunteerStats(VolunteerMapper volunteers) {
    this.volunteers = volunteers;
  }

  public record StationStats(String stationCode, String stationName, long activities, long volunteers,
                             long activeVolunteers, BigDecimal hours, BigDecimal averageHours,
                             BigDecimal pointsIssued, BigDecimal pointsRedeemed) {
  }

  public record Report(String period, List<StationStats> stations, StationStats total) {
  }

  private static final class Row {
    long activities;
    long volunteers;
    long active;
    BigDecimal hours = BigDecimal.ZERO;
    BigDecimal issued = BigDecimal.ZERO;
    BigDecimal redeemed = BigDecimal.ZERO;
  }

  /**
   * The report a request asks for: {@code month} (yyyy-MM) when given, else {@code year} (yyyy, default this
   * year); a malformed one is 400 naming it.
   */
  public Report of(String month, String year, Year thisYear, StaffMember reader) {
    if (month != null && !month.isBlank()) {
      try {
        return month(YearMonth.parse(month.trim()), reader);
      } catch (java.time.format.DateTimeParseException e) {
        throw new org.socialwork.flow.problem.InvalidParameterException("month", "Parameter 'month' must be yyyy-MM");
      }
    }
    try {
      return year(year == null || year.isBlank() ? thisYear : Year.parse(year.trim()), reader);
    } catch (java.time.format.DateTimeParseException e) {
      throw new org.socialwork.flow.problem.InvalidParameterException("year", "Parameter 'year' must be yyyy");
    }
  }

  public Report month(YearMonth month, StaffMember reader) {
    return report(month.toString(), month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay(),
        reader);
  }

  public Report year(Year year, StaffMember reader) {
    return report(year.toString(), year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay(), reader);
  }

  private Report report(String period, LocalDateTime from, LocalDateTime to, StaffMember reader) {
    var scope = reader.scope();
    Map<String, Row> rows = new TreeMap<>();
    add(rows, volunteers.countActivities(scope, from, to), (r, v) -> r.activities = v.longValue());
    add(rows, volunteers.countVolunteers(scope, to), (r, v) -> r.volunteers = v.longValue());
    add(rows, volunteers.countActiveVolunteers(scope, from, to), (r, v) -> r.active = v.longValue());
    add(rows, volunteers.sumActivityHours(scope, from, to), (r, v) -> r.hours = v);
    add(rows, volunteers.sumPointsByStation(scope, from, to, false), (r, v) -> r.issued = v);
    add(rows, volunteers.sumPointsByStation(scope, from, to, true), (r, v) -> r.redeemed = v);
    List<StationStats> stations = new ArrayList<>();
    Row total = new Row();
    rows.forEach((code, r) -> {
      stations.add(stats(code, volunteers.stationName(code), r));
      total.activities += r.activities;
      total.volunteers += r.volunteers;
      total.active += r.active;
      total.hours = total.hours.add(r.hours);
      total.issued = total.issued.add(r.issued);
      total.redeemed = total.redeemed.add(r.redeemed);
    });
    return new Report(period, stations, stats(null, null, total));
  }

  private static StationStats stats(String code, String name, Row r) {
    BigDecimal average = r.volunteers == 0 ? BigDecimal.ZERO
        : r.hours.divide(BigDecimal.valueOf(r.volunteers), 2, RoundingMode.HALF_UP);
    return new StationStats(code, name, r.activities, r.volunteers, r.active, r.hours, average, r.issued,
        r.redeemed);
  }

  private interface Setter {
    void set(Row row, BigDecimal value);
  }

  private static void add(Map<String, Row> rows, List<VolunteerMapper.StationValue> values, Setter setter) {
    for (VolunteerMapper.StationValue v : values) {
      setter.set(rows.computeIfAbsent(v.stationCode(), c -> new Row()), v.figure() == null ? BigDecimal.ZERO
          : v.figure());
    }
  }
}
