package org.socialwork.flow.tasklist;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.socialwork.flow.FlowApplication;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of the inbox over the task projection ({@link TaskItemMapper}) on MySQL/MariaDB: seeds open tasks of
 * every kind at each size of {@code bench.sizes} (growing the same database) and prints, per tab and reader (a
 * station worker, a station supervisor, the leading group), p50/p95 of what the inbox page runs for a tab (count +
 * first page, {@link Inbox#page} / {@link Inbox#done}), then EXPLAIN of each statement. Prints; not a test.
 *
 * <pre>
 *   mvn -Pbench -DskipTests verify -Dbench.db.name=socialwork_bench_projection                # 1k, 10k, 100k
 *   mvn -Pbench -DskipTests verify -Dbench.db.name=socialwork_bench_projection -Dbench.sizes=1000,10000
 * </pre>
 *
 * Settings (system property, else environment variable, else default; blank = unset): {@code bench.db.host}/DB_HOST
 * (127.0.0.1), {@code bench.db.port}/DB_PORT (3306), {@code bench.db.name} (socialwork_bench; DROPPED and
 * re-created), {@code bench.db.user}/DB_USER (root), {@code bench.db.password}/DB_PASSWORD, {@code bench.sizes}
 * (1000,10000,100000), {@code bench.history} (done rows per open task, 10: 1M at 100k), {@code bench.iterations}
 * (100), {@code bench.warmup} (10).
 *
 * <p>Real: the schema (engine tables, Flyway migrations), the demo district (stations, people, groups), the
 * statements and indexes. Synthetic: the projection rows are bulk-inserted, not made by running processes (the
 * inbox reads only the projection). Mix of open tasks: 60% case tasks (half held by a worker, the rest in the
 * station's worker or supervisor pool), 15% inspections (station supervisors' pool), 10% action items (held by their
 * owner, or the station supervisors' pool; a tenth district items for the leading group), 8% supervision sessions
 * (held by a mentor, some offered to the station supervisors), 7% meeting reports (station supervisors; a tenth
 * district agenda/minutes for the leading group). 14 stations, xbhbl weighs three. Created within six months, due 1
 * to 240 days later (about a third overdue), 3% without due date; 3% of the overdue ones escalated.
 */
public final class InboxBenchmark {

  private static final String[] STATIONS = {"xbhbl", "sjl", "syj1", "syj2", "syj3", "syj4", "hza", "tyg", "szk",
      "nwm", "xjy", "tygc", "szkc", "nwmc"};
  private static final String[] READERS = {"xbhbl-worker", "xbhbl-supervisor", "leader"};

  private final Map<String, String> settings = new HashMap<>();
  private final Random random = new Random(20261202L);
  private int seeded;
  private int seededDone;

  public static void main(String[] args) throws Exception {
    int status = 0;
    try {
      new InboxBenchmark().run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private String setting(String name, String env, String fallback) {
    String v = System.getProperty(name);
    if (v == null || v.isBlank()) {
      v = env == null ? null : System.getenv(env);
    }
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private void run() throws Exception {
    String host = setting("bench.db.host", "DB_HOST", "127.0.0.1");
    String port = setting("bench.db.port", "DB_PORT", "3306");
    String db = setting("bench.db.name", null, "socialwork_bench");
    String user = setting("bench.db.user", "DB_USER", "root");
    String password = setting("bench.db.password", "DB_PASSWORD", "");
    int[] sizes = Arrays.stream(setting("bench.sizes", null, "1000,10000,100000").split(","))
        .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    int history = Integer.parseInt(setting("bench.history", null, "10"));
    int iterations = Integer.parseInt(setting("bench.iterations", null, "100"));
    int warmup = Integer.parseInt(setting("bench.warmup", null, "10"));
    if (!db.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Not a plain database name: " + db);
    }
    String server = "jdbc:mysql://" + host + ":" + port + "/";
    String params = "?characterEncoding=UTF-8&sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true"
        + "&nullCatalogMeansCurrent=true";
    out("Inbox benchmark (task projection): sizes %s, history %d per open task, %d iterations (warm-up %d), %s",
        Arrays.toString(sizes), history, iterations, warmup, server + db);
    try (Connection c = DriverManager.getConnection(server + params, user, password);
         Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + db);
      st.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
    String[] args = {
        "--spring.datasource.url=" + server + db + params,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--spring.datasource.hikari.maximum-pool-size=4",
        "--socialwork.demo-data=true",
        "--camunda.bpm.job-execution.enabled=false",
        "--socialwork.escalation.check-every=P3650D",
        "--spring.autoconfigure.exclude="
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
        "--logging.level.root=WARN",
        "--spring.main.banner-mode=off",
        // a web application on a free port: some beans (PDFs through Freemarker) need the servlet context
        "--server.port=0",
    };
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FlowApplication.class)
        .profiles("mysql").logStartupInfo(false).run(args);
         Connection jdbc = DriverManager.getConnection(server + db + params, user, password)) {
      Inbox inbox = context.getBean(Inbox.class);
      StaffDirectory staff = context.getBean(StaffDirectory.class);
      SqlSessionFactory sessions = context.getBean(SqlSessionFactory.class);
      Map<String, Map<String, String>> table = new LinkedHashMap<>();
      for (int size : sizes) {
        long t0 = System.nanoTime();
        seed(jdbc, size - countOpen(jdbc), (long) size * history - seededDone);
        analyze(jdbc);
        out("%n== %,d open tasks (projection rows %,d, candidates %,d, done %,d); seeded in %.1f s; load average %s",
            size,
            scalar(jdbc, "SELECT COUNT(*) FROM task_item"), scalar(jdbc, "SELECT COUNT(*) FROM task_item_candidate"),
            scalar(jdbc, "SELECT COUNT(*) FROM task_done"), (System.nanoTime() - t0) / 1e9, loadAverage());
        for (String reader : READERS) {
          StaffMember m = staff.find(reader).orElseThrow();
          for (Inbox.Tab tab : Inbox.Tab.values()) {
            String[] total = new String[1];
            Runnable page = tab == Inbox.Tab.DONE
                ? () -> total[0] = inbox.done(m, 0, Inbox.PAGE_SIZE).shownTotal()
                : () -> total[0] = inbox.page(m, tab, TaskFilter.NONE, 0, Inbox.PAGE_SIZE).shownTotal();
            double[] p = measure(page, iterations, warmup);
            String cell = String.format(Locale.ROOT, "%.2f (%.2f), %s", p[1], p[0], total[0]);
            table.computeIfAbsent(reader + " · " + tab.name().toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
                .put(String.format(Locale.ROOT, "%,d open", size), cell);
            out("  %-18s %-10s p50 %7.2f ms  p95 %7.2f ms  total %s", reader, tab, p[0], p[1], total[0]);
          }
        }
        explain(jdbc, sessions, staff, inbox);
      }
      out("%n| reader · tab: p95 ms (p50), total | %s |", String.join(" | ",
          table.values().iterator().next().keySet()));
      out("|---|%s", "---|".repeat(sizes.length));
      table.forEach((k, v) -> out("| %s | %s |", k, String.join(" | ", v.values())));
    }
  }

  /** The machine's load average (1, 5, 15 min) when the figures were taken: they mean nothing on a busy machine. */
  private static String loadAverage() {
    try {
      String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double[] measure(Runnable r, int iterations, int warmup) {
    for (int i = 0; i < warmup; i++) {
      r.run();
    }
    double[] ms = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long t = System.nanoTime();
      r.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[(int) Math.floor(0.50 * (iterations - 1))], ms[(int) Math.floor(0.95 * (iterations - 1))]};
  }

  private void explain(Connection jdbc, SqlSessionFactory sessions, StaffDirectory staff, Inbox inbox)
      throws SQLException {
    LocalDateTime now = inbox.now();
    for (String reader : READERS) {
      StaffMember m = staff.find(reader).orElseThrow();
      Map<String, Map<String, Object>> statements = new LinkedHashMap<>();
      Map<String, Object> p = new HashMap<>();
      p.put("username", m.username());
      p.put("groups", m.groups());
      p.put("scope", m.scope());
      p.put("filter", TaskFilter.NONE);
      p.put("now", now);
      p.put("offset", 0);
      p.put("limit", Inbox.PAGE_SIZE);
      p.put("countLimit", Inbox.COUNT_CAP + 1);
      for (String id : List.of("findAssigned", "countAssigned", "findUnclaimed", "countUnclaimed", "findEscalated",
          "countEscalated", "findDone", "countDone")) {
        statements.put(id, p);
      }
      if (reader.equals(READERS[0])) {
        Map<String, Object> e = new HashMap<>();
        e.put("before", now.minusDays(2));
        e.put("limit", 200);
        statements.put("findOverdueUnescalated", e);
      }
      for (Map.Entry<String, Map<String, Object>> s : statements.entrySet()) {
        MappedStatement ms = sessions.getConfiguration()
            .getMappedStatement("org.socialwork.flow.tasklist.TaskItemMapper." + s.getKey());
        BoundSql sql = ms.getBoundSql(s.getValue());
        try (PreparedStatement ps = jdbc.prepareStatement("EXPLAIN " + sql.getSql())) {
          new DefaultParameterHandler(ms, s.getValue(), sql).setParameters(ps);
          try (ResultSet rs = ps.executeQuery()) {
            out("  EXPLAIN %s %s", reader, s.getKey());
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
              StringBuilder b = new StringBuilder("    ");
              for (int i = 1; i <= md.getColumnCount(); i++) {
                String label = md.getColumnLabel(i);
                if (List.of("select_type", "table", "type", "key", "rows", "Extra").contains(label)) {
                  b.append(label).append('=').append(rs.getString(i)).append(' ');
                }
              }
              out("%s", b);
            }
          }
        }
      }
    }
  }

  private static int countOpen(Connection jdbc) throws SQLException {
    return (int) scalar(jdbc, "SELECT COUNT(*) FROM task_item");
  }

  private void seed(Connection db, int open, long done) throws SQLException {
    db.setAutoCommit(false);
    LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    String itemSql = "INSERT INTO task_item (task_id, name, process_key, task_key, process_instance_id, "
        + "process_definition_id, subject_kind, business_key, subject_id, label, station_code, link, assignee, created, "
        + "due, due_sort, escalated_to, escalated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    String candSql = "INSERT INTO task_item_candidate (task_id, candidate_type, candidate, unassigned, station_code, "
        + "due_sort, created) VALUES (?,?,?,?,?,?,?)";
    String doneSql = "INSERT INTO task_done (task_id, username, ended, name, process_key, task_key, subject_kind, "
        + "business_key, label, station_code, link) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    int[] weights = new int[STATIONS.length];
    int totalWeight = 0;
    for (int i = 0; i < STATIONS.length; i++) {
      weights[i] = i == 0 ? 3 : 1;
      totalWeight += weights[i];
    }
    try (PreparedStatement item = db.prepareStatement(itemSql);
         PreparedStatement cand = db.prepareStatement(candSql);
         PreparedStatement doneRow = db.prepareStatement(doneSql)) {
      for (int n = 0; n < open; n++) {
        seeded++;
        int s = pick(weights, totalWeight);
        String station = STATIONS[s];
        String worker = s == 0 && random.nextBoolean() ? "xbhbl-worker2" : station + "-worker";
        LocalDateTime created = now.minusSeconds((long) (Math.pow(random.nextDouble(), 1.5) * 182 * 86400));
        LocalDateTime due = random.nextInt(100) < 3 ? null : created.plusDays(1 + random.nextInt(240));
        double r = random.nextDouble();
        String process;
        String kind;
        String taskKey;
        String name;
        String assignee = null;
        String stationOf = station;
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>();
        if (r < 0.60) {
          process = random.nextBoolean() ? "casework" : "intake";
          kind = "case";
          taskKey = "Task_Case" + random.nextInt(8);
          name = "个案任务";
          double a = random.nextDouble();
          if (a < 0.5) {
            assignee = worker;
            groups.add("station-" + station + "-worker");
          } else if (a < 0.8) {
            groups.add("station-" + station + "-worker");
          } else {
            groups.add("station-" + station + "-supervisor");
          }
        } else if (r < 0.75) {
          process = "project-inspection";
          kind = "inspection";
          taskKey = "Task_ScoreInspection";
          name = "评分";
          groups.add("station-" + station + "-supervisor");
        } else if (r < 0.85) {
          process = "action-item";
          kind = "action-item";
          taskKey = "Task_CompleteActionItem";
          name = "完成行动项";
          if (random.nextInt(10) == 0) {
            stationOf = null;
            groups.add("leading-group");
          } else if (random.nextBoolean()) {
            assignee = worker;
          } else {
            groups.add("station-" + station + "-supervisor");
          }
        } else if (r < 0.93) {
          process = "mentor-supervision";
          kind = "supervision-pair";
          taskKey = "Task_RecordSession";
          name = "记录督导";
          if (random.nextInt(4) == 0) {
            groups.add("station-" + station + "-supervisor");
            users.add("mentor");
          } else {
            assignee = "mentor";
          }
        } else {
          process = "monthly-meeting";
          kind = "meeting";
          if (random.nextInt(10) == 0) {
            stationOf = null;
            taskKey = "Task_DraftAgenda";
            name = "拟定议程";
            groups.add("leading-group");
          } else {
            taskKey = "Task_FileReport";
            name = "提交站点月报";
            groups.add("station-" + station + "-supervisor");
          }
        }
        String escalatedTo = null;
        if (due != null && due.isBefore(now.minusDays(2)) && random.nextInt(100) < 3) {
          escalatedTo = stationOf == null ? "leading-group" : "station-" + stationOf + "-supervisor";
          if (!groups.contains(escalatedTo)) {
            groups.add(escalatedTo);
          }
        }
        String id = UUID.randomUUID().toString();
        String key = kind.toUpperCase(Locale.ROOT) + "-" + seeded;
        LocalDateTime dueSort = due == null ? TaskItemRow.NO_DUE : due;
        int c = 1;
        item.setString(c++, id);
        item.setString(c++, name);
        item.setString(c++, process);
        item.setString(c++, taskKey);
        item.setString(c++, UUID.randomUUID().toString());
        item.setString(c++, process + ":1:" + seeded);
        item.setString(c++, kind);
        item.setString(c++, key);
        item.setLong(c++, seeded);
        item.setString(c++, "对象" + seeded);
        item.setString(c++, stationOf);
        item.setString(c++, "/x/" + key);
        item.setString(c++, assignee);
        item.setTimestamp(c++, Timestamp.valueOf(created));
        item.setTimestamp(c++, due == null ? null : Timestamp.valueOf(due));
        item.setTimestamp(c++, Timestamp.valueOf(dueSort));
        item.setString(c++, escalatedTo);
        item.setTimestamp(c, escalatedTo == null ? null : Timestamp.valueOf(now));
        item.addBatch();
        for (String g : groups) {
          candidate(cand, id, "G", g, assignee == null, stationOf, dueSort, created);
        }
        for (String u : users) {
          candidate(cand, id, "U", u, assignee == null, stationOf, dueSort, created);
        }
        if (seeded % 1000 == 0) {
          item.executeBatch();
          cand.executeBatch();
          db.commit();
        }
      }
      item.executeBatch();
      cand.executeBatch();
      db.commit();
      String[] doers = {"xbhbl-worker", "xbhbl-worker2", "xbhbl-supervisor", "leader", "mentor", "sjl-worker",
          "sjl-supervisor", "hza-worker", "tyg-worker", "nwm-worker"};
      for (long n = 0; n < done; n++) {
        seededDone++;
        int s = pick(weights, totalWeight);
        int c = 1;
        doneRow.setString(c++, UUID.randomUUID().toString());
        doneRow.setString(c++, doers[random.nextInt(doers.length)]);
        doneRow.setTimestamp(c++, Timestamp.valueOf(now.minusSeconds(random.nextInt(730 * 86400))));
        doneRow.setString(c++, "已办任务");
        doneRow.setString(c++, "casework");
        doneRow.setString(c++, "Task_Done");
        doneRow.setString(c++, "case");
        doneRow.setString(c++, "DONE-" + seededDone);
        doneRow.setString(c++, "对象");
        doneRow.setString(c++, STATIONS[s]);
        doneRow.setString(c, "/x");
        doneRow.addBatch();
        if (seededDone % 5000 == 0) {
          doneRow.executeBatch();
          db.commit();
        }
      }
      doneRow.executeBatch();
      db.commit();
    }
    db.setAutoCommit(true);
  }

  private static void candidate(PreparedStatement ps, String id, String type, String who, boolean unassigned,
                                String station, LocalDateTime dueSort, LocalDateTime created) throws SQLException {
    ps.setString(1, id);
    ps.setString(2, type);
    ps.setString(3, who);
    ps.setInt(4, unassigned ? 1 : 0);
    ps.setString(5, station);
    ps.setTimestamp(6, Timestamp.valueOf(dueSort));
    ps.setTimestamp(7, Timestamp.valueOf(created));
    ps.addBatch();
  }

  private int pick(int[] weights, int total) {
    int x = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static void analyze(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String t : List.of("task_item", "task_item_candidate", "task_done")) {
        try (ResultSet rs = st.executeQuery("ANALYZE TABLE " + t)) {
          while (rs.next()) {
            // drain
          }
        }
      }
    }
  }

  private static long scalar(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
