package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kuiwen's seed figures at their size (prints figures; not part of the suite, its name ends in Benchmark): the year
 * {@link KuiwenYear} writes (800 volunteers in 72 teams, 4,189 closed activities this year with 28,848 confirmed hours
 * in the ledgers; the Kuiwen demo district's generator), at one station ({@code -Dvolunteer.bench.station}, default
 * tyg); then the times of the year's report
 * ({@code /api/volunteer/stats}) and the dashboard for the leading group, each the best of five. Adds to what is in
 * the database, so the figures it checks are the differences it made.
 *
 * <pre>mvn -o test -Dspring.profiles.active=mysql -Dtest=VolunteerKuiwenBenchmark</pre>
 */
@ApplicationTest
class VolunteerKuiwenBenchmark {

  static final int VOLUNTEERS = KuiwenYear.VOLUNTEERS;
  static final int ACTIVITIES = KuiwenYear.ACTIVITIES;
  static final int HOURS = KuiwenYear.HOURS;
  static final String STATION = System.getProperty("volunteer.bench.station", "tyg");

  @LocalServerPort
  int port;

  @Autowired
  KuiwenYear kuiwenYear;

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
    KuiwenYear.Result r = kuiwenYear.generate(STATION, "bench", run, ThreadLocalRandom.current().nextInt(1000), now);
    out("generated %d volunteers, %d teams, %d activities, %d sign-ups, %d + %d ledger entries in %d ms",
        r.volunteers(), r.teams(), r.activities(), r.signups(), r.hoursEntries(), r.hoursEntries(), r.millis());

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
