package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kuiwen's seed figures at their size (prints figures; not part of the suite, its name ends in Benchmark): 800
 * volunteers in 70 teams, 4,189 closed activities this year with 28,848 confirmed hours in the ledgers, at one station
 * ({@code -Dvolunteer.bench.station}, default tyg), written in batches; then the times of the year's report
 * ({@code /api/volunteer/stats}) and the dashboard for the leading group, each the best of five. Adds to what is in
 * the database, so the figures it checks are the differences it made.
 *
 * <pre>mvn -o test -Dspring.profiles.active=mysql -Dtest=VolunteerKuiwenBenchmark</pre>
 */
@ApplicationTest
class VolunteerKuiwenBenchmark {

  static final int VOLUNTEERS = 800;
  static final int TEAMS = 70;
  static final int ACTIVITIES = 4_189;
  static final int HOURS = 28_848;
  static final String STATION = System.getProperty("volunteer.bench.station", "tyg");
  static final String[] KINDS = {"文艺", "为老", "为小", "夕阳红"};

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  private static void out(String format, Object... args) {
    System.out.printf("[volunteer-bench] " + format + "%n", args);
  }

  @Test
  void kuiwensFiguresAtTheirSize() {
    IntakeFlow api = new IntakeFlow(port);
    String year = Year.now().toString();
    JsonNode before = station(IntakeFlow.json(api.get("leader", "/api/volunteer/stats?year=" + year)));
    String run = Long.toString(System.currentTimeMillis(), 36);
    LocalDateTime now = LocalDateTime.now().withNano(0);
    Timestamp at = Timestamp.valueOf(now);
    long started = System.nanoTime();

    List<Object[]> volunteers = new ArrayList<>();
    int seq = ThreadLocalRandom.current().nextInt(1000);
    for (int i = 0; i < VOLUNTEERS; i++) {
      // one birth day per volunteer, one sequence number per run: unique within the run, rarely equal across runs
      LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i * 17L);
      String id = idNumber(birth, seq);
      volunteers.add(new Object[] {"KW-" + run + "-" + String.format("%04d", i), "志愿者" + i, id.charAt(16) % 2 == 1
          ? "M" : "F", birth.toString().substring(0, 7), id, "13900139000", KINDS[i % 4], true, STATION, "bench", at});
    }
    jdbc.batchUpdate("INSERT INTO volunteer (volunteer_no, full_name, sex, birth_month, id_number, phone, skills, "
        + "consent, station_code, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", volunteers);
    List<Long> volunteerIds = jdbc.queryForList("SELECT id FROM volunteer WHERE volunteer_no LIKE ? ORDER BY id",
        Long.class, "KW-" + run + "-%");

    List<Object[]> teams = new ArrayList<>();
    for (int t = 0; t < TEAMS; t++) {
      teams.add(new Object[] {KINDS[t % 4] + "服务队" + run + "-" + t, KINDS[t % 4], STATION, "bench", at});
    }
    jdbc.batchUpdate("INSERT INTO volunteer_team (name, kind, station_code, leader, created_at) VALUES (?, ?, ?, ?, ?)",
        teams);
    List<Long> teamIds = jdbc.queryForList("SELECT id FROM volunteer_team WHERE name LIKE ? ORDER BY id", Long.class,
        "%服务队" + run + "-%");
    List<Object[]> members = new ArrayList<>();
    for (int i = 0; i < volunteerIds.size(); i++) {
      members.add(new Object[] {teamIds.get(i % TEAMS), volunteerIds.get(i), at});
    }
    jdbc.batchUpdate("INSERT INTO volunteer_team_member (team_id, volunteer_id, joined_at) VALUES (?, ?, ?)", members);

    // 4,189 activities of 2 hours spread over the year so far; 28,848 h = 14,424 people × 2 h: 3 or 4 people each
    LocalDateTime first = Year.now().atDay(1).atTime(9, 0);
    long span = Duration.between(first, now.minusDays(1)).toMinutes();
    List<Object[]> activities = new ArrayList<>();
    for (int a = 0; a < ACTIVITIES; a++) {
      LocalDateTime starts = first.plusMinutes(span * a / ACTIVITIES).withHour(9).withMinute(0);
      activities.add(new Object[] {"HD-KW-" + run + "-" + a, "活动" + a, "服务", "社区", STATION,
          teamIds.get(a % TEAMS), "bench", Timestamp.valueOf(starts), Timestamp.valueOf(starts.plusHours(2)),
          Timestamp.valueOf(starts), 4, 4, false, "default", "CLOSED", "bench", at});
    }
    jdbc.batchUpdate("INSERT INTO volunteer_activity (activity_no, title, content, place, station_code, team_id, "
        + "organiser, starts_at, ends_at, signup_deadline, quota, confirmed_count, insurance_required, rule_code, "
        + "status, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", activities);
    List<Long> activityIds = jdbc.queryForList("SELECT id FROM volunteer_activity WHERE activity_no LIKE ? ORDER BY id",
        Long.class, "HD-KW-" + run + "-%");
    int people = HOURS / 2;
    List<Object[]> signups = new ArrayList<>();
    List<Object[]> hours = new ArrayList<>();
    List<Object[]> points = new ArrayList<>();
    int v = 0;
    for (int a = 0; a < ACTIVITIES; a++) {
      int n = people / ACTIVITIES + (a < people % ACTIVITIES ? 1 : 0);
      for (int k = 0; k < n; k++) {
        long volunteer = volunteerIds.get(v++ % VOLUNTEERS);
        long activity = activityIds.get(a);
        signups.add(new Object[] {activity, volunteer, "CONFIRMED", false, "bench", at, new BigDecimal(2)});
        String key = "A:" + activity + ":" + volunteer;
        hours.add(new Object[] {volunteer, new BigDecimal(2), "ACTIVITY", activity, key, "bench", at});
        points.add(new Object[] {volunteer, new BigDecimal(2), "ACTIVITY", activity, key, "bench", at});
      }
    }
    jdbc.batchUpdate("INSERT INTO volunteer_signup (activity_id, volunteer_id, status, walk_in, signed_up_by, "
        + "signed_up_at, hours) VALUES (?, ?, ?, ?, ?, ?, ?)", signups);
    jdbc.batchUpdate("INSERT INTO volunteer_hours_entry (volunteer_id, hours, source, activity_id, posting_key, "
        + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", hours);
    jdbc.batchUpdate("INSERT INTO volunteer_points_entry (volunteer_id, points, source, activity_id, posting_key, "
        + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", points);
    out("generated %d volunteers, %d teams, %d activities, %d sign-ups, %d + %d ledger entries in %d ms",
        VOLUNTEERS, TEAMS, ACTIVITIES, signups.size(), hours.size(), points.size(),
        (System.nanoTime() - started) / 1_000_000);

    JsonNode after = station(IntakeFlow.json(api.get("leader", "/api/volunteer/stats?year=" + year)));
    assertThat(after.get("activities").asLong() - count(before, "activities")).isEqualTo(ACTIVITIES);
    assertThat(after.get("hours").decimalValue().subtract(sum(before, "hours"))).isEqualByComparingTo("" + HOURS);
    assertThat(after.get("volunteers").asLong() - count(before, "volunteers")).isEqualTo(VOLUNTEERS);
    out("report %s: %s activities, %s hours, %s volunteers, %s h average", year, after.get("activities"),
        after.get("hours"), after.get("volunteers"), after.get("averageHours"));
    out("GET /api/volunteer/stats?year (leader, district): best of 5 %d ms", best(api, "/api/volunteer/stats?year=" + year));
    out("GET /api/volunteer/stats?month (leader, district): best of 5 %d ms",
        best(api, "/api/volunteer/stats?month=" + now.toString().substring(0, 7)));
    out("GET /api/dashboard (leader): best of 5 %d ms", best(api, "/api/dashboard"));
    out("GET /api/volunteers?station (leader, 200 rows with totals): best of 5 %d ms",
        best(api, "/api/volunteers?station=" + STATION));
  }

  private static long best(IntakeFlow api, String path) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      assertThat(api.get("leader", path).getStatusCode().value()).isEqualTo(200);
      best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
    }
    return best;
  }

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** A valid ID number of that birth day and sequence (region 370705, Kuiwen). */
  private static String idNumber(LocalDate birth, int seq) {
    String first17 = "370705" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + CHECK[sum % 11];
  }

  private static JsonNode station(JsonNode report) {
    for (JsonNode s : report.get("stations")) {
      if (STATION.equals(s.get("stationCode").asText())) {
        return s;
      }
    }
    return new ObjectMapper().createObjectNode();
  }

  private static long count(JsonNode s, String field) {
    return s.has(field) ? s.get(field).asLong() : 0;
  }

  private static BigDecimal sum(JsonNode s, String field) {
    return s.has(field) ? s.get(field).decimalValue() : BigDecimal.ZERO;
  }
}
