package org.socialwork.flow.care;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.socialwork.flow.FlowApplication;
import org.socialwork.flow.organization.DataScope;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Care visits at Lu'an size on MySQL/MariaDB (prints figures; not a test): 140 stations × 150 targets = 21,000
 * targets, a year of past visits per target by its tier (weekly / monthly / quarterly), then how long planning every
 * target's next visit (row + care-visit instance) takes, and the month's coverage view district-wide and for one
 * station. Drops and re-creates the database {@code care.bench.db} (default socialwork_care_bench).
 *
 * <pre>mvn -o -Pcare-bench -DskipTests verify</pre>
 */
public final class CareBenchmark {

  private static final int STATIONS = Integer.getInteger("care.bench.stations", 140);
  private static final int PER_STATION = Integer.getInteger("care.bench.perStation", 150);
  private static final String DB = System.getProperty("care.bench.db", "socialwork_care_bench");
  private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
  private static final String OPTIONS = "?characterEncoding=UTF-8&sendFractionalSeconds=false&useSSL=false"
      + "&allowPublicKeyRetrieval=true&nullCatalogMeansCurrent=true";

  private CareBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int status = 0;
    try {
      run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private static void out(String format, Object... args) {
    System.out.printf("[care-bench] " + format + "%n", args);
  }

  private static void run() throws Exception {
    try (Connection c = DriverManager.getConnection(SERVER + OPTIONS, "root", "");
         Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + DB);
      st.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
    String[] appArgs = {
        "--spring.datasource.url=" + SERVER + DB + OPTIONS,
        "--spring.datasource.username=root", "--spring.datasource.password=",
        "--spring.datasource.hikari.maximum-pool-size=4",
        "--socialwork.demo-data=true",
        "--camunda.bpm.job-execution.enabled=false",
        "--socialwork.escalation.check-every=P3650D", "--server.port=0",
        "--logging.level.root=WARN", "--spring.main.banner-mode=off"};
    // the whole application on a free port: its page beans (the certificate PDF's Freemarker among them) need the web
    // context, a non-web one fails at start
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FlowApplication.class)
        .web(WebApplicationType.SERVLET)
        .profiles("mysql").logStartupInfo(false).run(appArgs)) {
      seed();
      CareMapper care = context.getBean(CareMapper.class);
      VisitPlanning planning = context.getBean(VisitPlanning.class);
      TransactionTemplate tx = context.getBean(TransactionTemplate.class);

      List<CareTarget> targets = new ArrayList<>();
      for (int s = 0; s < STATIONS; s++) {
        targets.addAll(care.findTargets(new DataScope(false, List.of(station(s))), station(s), null, null, null,
            100_000, 0).stream().map(r -> care.findTargetById(r.id()).orElseThrow()).toList());
      }
      long t0 = System.nanoTime();
      LocalDateTime now = LocalDateTime.now();
      for (int i = 0; i < targets.size(); i += 100) {
        List<CareTarget> batch = targets.subList(i, Math.min(targets.size(), i + 100));
        tx.executeWithoutResult(status -> batch.forEach(t -> planning.planAfter(t, now)));
      }
      double planSeconds = (System.nanoTime() - t0) / 1e9;
      out("planned the next visit of %,d targets (row + care-visit instance each) in %.1f s: %.0f visits/s",
          targets.size(), planSeconds, targets.size() / planSeconds);

      YearMonth month = YearMonth.now().minusMonths(1);
      DataScope district = new DataScope(true, List.of());
      DataScope one = new DataScope(false, List.of(station(7)));
      for (int warm = 0; warm < 3; warm++) {
        coverage(care, district, month);
      }
      out("coverage of %s, district-wide (%d stations): median %.1f ms", month, STATIONS,
          median(care, district, month));
      out("coverage of %s, one station: median %.1f ms", month, median(care, one, month));
      out("roster of one station (150 targets with next visit): median %.1f ms", medianRoster(care, one));
    }
  }

  private static String station(int s) {
    return String.format("la%03d", s);
  }

  private static List<CareMapper.StationCoverage> coverage(CareMapper care, DataScope scope, YearMonth month) {
    return care.coverage(scope, month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay(),
        LocalDateTime.now());
  }

  private static double median(CareMapper care, DataScope scope, YearMonth month) {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      long t = System.nanoTime();
      coverage(care, scope, month);
      ms.add((System.nanoTime() - t) / 1e6);
    }
    ms.sort(Double::compare);
    return ms.get(ms.size() / 2);
  }

  private static double medianRoster(CareMapper care, DataScope scope) {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      long t = System.nanoTime();
      care.findTargets(scope, null, null, null, null, 500, 0);
      ms.add((System.nanoTime() - t) / 1e6);
    }
    ms.sort(Double::compare);
    return ms.get(ms.size() / 2);
  }

  /** 140 stations, 150 targets each (a tenth high, 40 % priority, half general), a year of past visits each. */
  private static void seed() throws Exception {
    long t0 = System.nanoTime();
    long visits = 0;
    try (Connection c = DriverManager.getConnection(SERVER + DB + OPTIONS + "&rewriteBatchedStatements=true",
        "root", "")) {
      c.setAutoCommit(false);
      try (PreparedStatement st = c.prepareStatement("INSERT INTO station (code, district_code, name, community,"
          + " demonstration, active) SELECT ?, code, ?, ?, FALSE, TRUE FROM district LIMIT 1")) {
        for (int s = 0; s < STATIONS; s++) {
          st.setString(1, station(s));
          st.setString(2, "六安" + s + "社工站");
          st.setString(3, "六安" + s);
          st.addBatch();
        }
        st.executeBatch();
      }
      String[][] kinds = {{"alone", "high", "P7D"}, {"disabled", "key", "P1M"}, {"empty_nest", "general", "P3M"}};
      LocalDateTime start = LocalDateTime.now().minusYears(1);
      try (PreparedStatement target = c.prepareStatement("INSERT INTO care_target (station_code, client_id,"
          + " full_name, category, tier_code, worker_username, consent, created_by, created_at)"
          + " VALUES (?, 0, ?, ?, ?, 'bench', TRUE, 'bench', ?)", Statement.RETURN_GENERATED_KEYS);
           PreparedStatement visit = c.prepareStatement("INSERT INTO care_visit (target_id, station_code, tier_code,"
               + " reason, due_at, window_opens, window_closes, status, visited_on, method, contact_made,"
               + " risk_change, recorded_by, recorded_at) VALUES (?, ?, ?, 'scheduled', ?, ?, ?, 'DONE', ?, 'home',"
               + " TRUE, 'same', 'bench', ?)")) {
        for (int s = 0; s < STATIONS; s++) {
          for (int i = 0; i < PER_STATION; i++) {
            String[] kind = kinds[i % 10 == 0 ? 0 : i % 10 < 5 ? 1 : 2];
            target.setString(1, station(s));
            target.setString(2, "对象" + s + "-" + i);
            target.setString(3, kind[0]);
            target.setString(4, kind[1]);
            target.setTimestamp(5, Timestamp.valueOf(start));
            target.addBatch();
          }
          target.executeBatch();
          List<Long> ids = new ArrayList<>();
          try (var keys = target.getGeneratedKeys()) {
            while (keys.next()) {
              ids.add(keys.getLong(1));
            }
          }
          for (int i = 0; i < ids.size(); i++) {
            String[] kind = kinds[i % 10 == 0 ? 0 : i % 10 < 5 ? 1 : 2];
            java.time.Period every = java.time.Period.parse(kind[2]);
            for (LocalDateTime due = start.plus(every); due.isBefore(LocalDateTime.now()); due = due.plus(every)) {
              visit.setLong(1, ids.get(i));
              visit.setString(2, station(s));
              visit.setString(3, kind[1]);
              visit.setTimestamp(4, Timestamp.valueOf(due));
              visit.setTimestamp(5, Timestamp.valueOf(due.minusDays(1)));
              visit.setTimestamp(6, Timestamp.valueOf(due.plusDays(2)));
              // one in twenty visited late
              LocalDateTime visited = (i + due.getDayOfYear()) % 20 == 0 ? due.plusDays(4) : due;
              visit.setObject(7, visited.toLocalDate());
              visit.setTimestamp(8, Timestamp.valueOf(visited));
              visit.addBatch();
              visits++;
            }
          }
          visit.executeBatch();
          c.commit();
        }
      }
    }
    out("seeded %d stations, %,d targets, %,d past visits in %.1f s", STATIONS, STATIONS * PER_STATION, visits,
        (System.nanoTime() - t0) / 1e9);
  }
}
