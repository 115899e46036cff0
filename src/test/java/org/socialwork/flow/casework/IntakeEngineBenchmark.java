package org.socialwork.flow.casework;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.FlowApplication;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.ProcessStart;
import org.socialwork.flow.tasklist.TaskCompletion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17, item 3: the application against the bare engine. In one JVM run, for each database of {@code bench.dbs}
 * (MariaDB/MySQL, then an in-memory H2), starts the application (no web server, no job executor) and runs the same
 * {@code intake} model to its end — registration, screening "accept", approval "approve", whose end event starts
 * the case's casework process — one instance at a time on one thread, two ways:
 *
 * <ul>
 *   <li><b>engine</b>: the engine's API only: {@code startProcessInstanceByKey} with the intake's variables, then
 *       {@code complete} twice with the routing variables (a task query before each to find the task's id);</li>
 *   <li><b>app</b>: the application's use cases: {@link ProcessStart#start} (the start form validated, client, case
 *       file, intake record and case number written, then the engine start) and {@link TaskCompletion#complete}
 *       twice (visibility through the inbox projection, the form validated, the screening and the opening decision
 *       written, the supervisor's claim of the pooled approval, then the engine's completion).</li>
 * </ul>
 *
 * Both ways share the engine with the application's engine plugins (the task projection, due dates, the case-process
 * link: without them the inbox would not show the tasks) and the model's end-event delegate; the engine way's
 * instances all point at one case file made once by the app way, so the end event has a case to open. After a
 * warm-up of each, the two ways alternate in rounds (engine, app, engine, app, ...) so that a change of the machine's
 * load falls on both; per way: instances per second (wall time), CPU ms per instance of the benchmark's thread, of
 * the whole JVM and of the database server process (MariaDB, read from /proc; the same JVM for H2), and the ratio
 * app / engine. {@code uptime} before and after. Prints; not a test.
 *
 * <pre>
 *   mvn -Pbench -DskipTests verify -Dbench.main=org.socialwork.flow.casework.IntakeEngineBenchmark
 *   mvn -Pbench -DskipTests verify -Dbench.main=org.socialwork.flow.casework.IntakeEngineBenchmark \
 *       -Dbench.dbs=mysql -Dbench.iterations=200 -Dbench.rounds=3 -Dbench.warmup=50 -Dbench.jfr=true
 * </pre>
 *
 * Settings (system property, else environment variable, else default; blank = unset): {@code bench.dbs}
 * (mysql,h2), {@code bench.db.host}/DB_HOST (127.0.0.1), {@code bench.db.port}/DB_PORT (3306), {@code bench.db.name}
 * (socialwork_bench_engine; DROPPED and re-created), {@code bench.db.user}/DB_USER (root),
 * {@code bench.db.password}/DB_PASSWORD, {@code bench.iterations} (instances per way and round, 100),
 * {@code bench.rounds} (3), {@code bench.warmup} (instances per way before measuring, 30), {@code bench.jfr}
 * (false; true records the measured rounds with JFR's profile settings into {@code target/bench-<db>.jfr}).
 */
public final class IntakeEngineBenchmark {

  private static final String WORKER = "xbhbl-worker";
  private static final String SUPERVISOR = "xbhbl-supervisor";
  private static final String STATION = "xbhbl";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) throws Exception {
    int status = 0;
    try {
      new IntakeEngineBenchmark().run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private static String setting(String name, String env, String fallback) {
    String v = System.getProperty(name);
    if (v == null || v.isBlank()) {
      v = env == null ? null : System.getenv(env);
    }
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private void run() throws Exception {
    List<String> dbs = Arrays.stream(setting("bench.dbs", null, "mysql,h2").split(",")).map(String::trim).toList();
    int iterations = Integer.parseInt(setting("bench.iterations", null, "100"));
    int rounds = Integer.parseInt(setting("bench.rounds", null, "3"));
    int warmup = Integer.parseInt(setting("bench.warmup", null, "30"));
    boolean jfr = Boolean.parseBoolean(setting("bench.jfr", null, "false"));
    out("App against the bare engine (intake: start, screen, approve; casework started by the end event)");
    out("settings: databases %s, %d instances per way and round, %d rounds, warm-up %d per way, JFR %s; Java %s, "
            + "%d processors, max heap %d MiB", dbs, iterations, rounds, warmup, jfr,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out("uptime before: %s", uptime());
    Map<String, String> summary = new LinkedHashMap<>();
    for (String db : dbs) {
      summary.put(db, measure(db, iterations, rounds, warmup, jfr));
    }
    out("uptime after: %s", uptime());
    out("%n| database | engine: instances/s | app: instances/s | app / engine | engine CPU ms/instance (thread, "
        + "JVM, DB) | app CPU ms/instance (thread, JVM, DB) |");
    out("|---|---|---|---|---|---|");
    summary.forEach((db, line) -> out("| %s | %s |", db, line));
  }

  private String measure(String db, int iterations, int rounds, int warmup, boolean jfr) throws Exception {
    List<String> args = new ArrayList<>(List.of(
        "--socialwork.demo-data=true",
        "--camunda.bpm.job-execution.enabled=false",
        "--socialwork.escalation.check-every=P3650D",
        "--spring.autoconfigure.exclude="
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
        "--logging.level.root=WARN",
        "--spring.main.banner-mode=off",
        // a web application on a free port: some beans (PDFs through Freemarker) need the servlet context; no
        // request is made, so the server costs start-up time only
        "--server.port=0"));
    String label;
    Long dbPid = null;
    if ("mysql".equals(db)) {
      String host = setting("bench.db.host", "DB_HOST", "127.0.0.1");
      String port = setting("bench.db.port", "DB_PORT", "3306");
      String name = setting("bench.db.name", null, "socialwork_bench_engine");
      String user = setting("bench.db.user", "DB_USER", "root");
      String password = setting("bench.db.password", "DB_PASSWORD", "");
      if (!name.matches("[A-Za-z0-9_]+")) {
        throw new IllegalArgumentException("Not a plain database name: " + name);
      }
      String server = "jdbc:mysql://" + host + ":" + port + "/";
      String params = "?characterEncoding=UTF-8&sendFractionalSeconds=false&useSSL=false"
          + "&allowPublicKeyRetrieval=true&nullCatalogMeansCurrent=true";
      try (Connection c = DriverManager.getConnection(server + params, user, password);
           Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + name);
        st.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      }
      args.addAll(List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + server + name + params,
          "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
      label = "MariaDB/MySQL " + server + name;
      dbPid = databaseServerPid();
    } else if ("h2".equals(db)) {
      args.add("--spring.datasource.url=jdbc:h2:mem:socialwork-bench-engine;MODE=MySQL;DB_CLOSE_DELAY=-1;"
          + "DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0");
      label = "H2 in memory";
    } else {
      throw new IllegalArgumentException("bench.dbs: mysql or h2, not " + db);
    }
    out("%n== %s (database server process %s)", label, dbPid == null ? "-" : dbPid);
    long t0 = System.nanoTime();
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FlowApplication.class)
        .logStartupInfo(false).run(args.toArray(String[]::new))) {
      out("started in %.1f s", (System.nanoTime() - t0) / 1e9);
      Ways ways = new Ways(context);
      // at least one through the app first: it makes the case file the engine way's instances open
      for (int i = 0; i < Math.max(1, warmup); i++) {
        ways.app();
      }
      for (int i = 0; i < warmup; i++) {
        ways.engine();
      }
      ways.check();
      Totals engine = new Totals();
      Totals app = new Totals();
      jdk.jfr.Recording recording = null;
      if (jfr) {
        recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.start();
      }
      for (int round = 1; round <= rounds; round++) {
        Totals e = run(ways::engine, iterations, dbPid);
        Totals a = run(ways::app, iterations, dbPid);
        out("round %d: engine %6.1f instances/s, app %6.1f instances/s, ratio %.2f; load %s", round,
            e.perSecond(), a.perSecond(), a.perSecond() / e.perSecond(), loadAverage());
        engine.add(e);
        app.add(a);
      }
      if (recording != null) {
        recording.stop();
        Path file = Path.of("target", "bench-" + db + ".jfr");
        Files.createDirectories(file.getParent());
        recording.dump(file);
        recording.close();
        out("JFR recording of the measured rounds: %s", file.toAbsolutePath());
      }
      ways.check();
      double ratio = app.perSecond() / engine.perSecond();
      out("engine: %d instances in %.1f s = %.1f instances/s; CPU per instance: thread %.1f ms, JVM %.1f ms, "
              + "database %s", engine.instances, engine.wallNanos / 1e9, engine.perSecond(), engine.threadMs(),
          engine.jvmMs(), engine.dbMs());
      out("app:    %d instances in %.1f s = %.1f instances/s; CPU per instance: thread %.1f ms, JVM %.1f ms, "
              + "database %s", app.instances, app.wallNanos / 1e9, app.perSecond(), app.threadMs(), app.jvmMs(),
          app.dbMs());
      out("ratio app / engine: %.2f (target 0.8)", ratio);
      return String.format(Locale.ROOT, "%.1f | %.1f | %.2f | %.1f, %.1f, %s | %.1f, %.1f, %s", engine.perSecond(),
          app.perSecond(), ratio, engine.threadMs(), engine.jvmMs(), engine.dbMs(), app.threadMs(), app.jvmMs(),
          app.dbMs());
    }
  }

  private Totals run(Runnable instance, int iterations, Long dbPid) {
    long thread = threads.getCurrentThreadCpuTime();
    long jvm = os.getProcessCpuTime();
    long db = dbPid == null ? -1 : processCpuNanos(dbPid);
    long wall = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      instance.run();
    }
    Totals t = new Totals();
    t.wallNanos = System.nanoTime() - wall;
    t.threadNanos = threads.getCurrentThreadCpuTime() - thread;
    t.jvmNanos = os.getProcessCpuTime() - jvm;
    t.dbNanos = dbPid == null ? -1 : processCpuNanos(dbPid) - db;
    t.instances = iterations;
    return t;
  }

  /** The two ways of running one intake instance to its end, on one application context. */
  private static final class Ways {
    private final ProcessStart starts;
    private final TaskCompletion completions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final StaffMember worker;
    private final StaffMember supervisor;
    private final String approvalTimeout;
    private Long caseForEngine;
    private int engineRuns;
    private int appRuns;

    Ways(ConfigurableApplicationContext context) {
      starts = context.getBean(ProcessStart.class);
      completions = context.getBean(TaskCompletion.class);
      runtime = context.getBean(RuntimeService.class);
      tasks = context.getBean(TaskService.class);
      identity = context.getBean(IdentityService.class);
      jdbc = context.getBean(JdbcTemplate.class);
      StaffDirectory staff = context.getBean(StaffDirectory.class);
      worker = staff.find(WORKER).orElseThrow();
      supervisor = staff.find(SUPERVISOR).orElseThrow();
      approvalTimeout = context.getEnvironment().getProperty("socialwork.intake.approval-timeout", "P3D");
    }

    /** The application's use cases, as the pages and the API call them. */
    void app() {
      ProcessStart.Started started = starts.start(IntakeVariables.PROCESS_KEY, Fixtures.anIntake(STATION), worker);
      completions.complete(task(started.processInstanceId()), Map.of("decision", "accept"), worker);
      completions.complete(task(started.processInstanceId()),
          Map.of("decision", "approve", "responsibleWorker", WORKER), supervisor);
      if (caseForEngine == null) {
        caseForEngine = jdbc.queryForObject("SELECT id FROM case_file WHERE case_no = ?", Long.class,
            started.businessKey());
      }
      appRuns++;
    }

    /** The engine's API only, with the variables the use cases would give it. */
    void engine() {
      String pid;
      identity.setAuthenticatedUserId(WORKER);
      try {
        pid = runtime.startProcessInstanceByKey(IntakeVariables.PROCESS_KEY, "ENGINE-" + engineRuns,
            IntakeVariables.atStart(caseForEngine, STATION, approvalTimeout)).getId();
      } finally {
        identity.clearAuthentication();
      }
      tasks.complete(task(pid), IntakeVariables.screened(ScreeningDecision.ACCEPT));
      tasks.complete(task(pid), IntakeVariables.reviewed(true));
      engineRuns++;
    }

    private String task(String processInstanceId) {
      Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
      if (t == null) {
        throw new IllegalStateException("no open task in " + processInstanceId);
      }
      return t.getId();
    }

    /** Both ways ran every intake to its end and opened its casework. */
    void check() {
      long open = runtime.createProcessInstanceQuery().processDefinitionKey(IntakeVariables.PROCESS_KEY).count();
      long casework = runtime.createProcessInstanceQuery().processDefinitionKey("casework").count();
      if (open != 0 || casework < engineRuns + appRuns) {
        throw new IllegalStateException("intakes still running " + open + ", casework instances " + casework
            + " for " + (engineRuns + appRuns) + " intakes");
      }
      out("check: %d + %d intakes ended, %d casework instances running", engineRuns, appRuns, casework);
    }
  }

  private static final class Totals {
    long instances;
    long wallNanos;
    long threadNanos;
    long jvmNanos;
    long dbNanos;

    void add(Totals t) {
      instances += t.instances;
      wallNanos += t.wallNanos;
      threadNanos += t.threadNanos;
      jvmNanos += t.jvmNanos;
      dbNanos = dbNanos < 0 || t.dbNanos < 0 ? -1 : dbNanos + t.dbNanos;
    }

    double perSecond() {
      return instances / (wallNanos / 1e9);
    }

    double threadMs() {
      return threadNanos / 1e6 / instances;
    }

    double jvmMs() {
      return jvmNanos / 1e6 / instances;
    }

    String dbMs() {
      return dbNanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", dbNanos / 1e6 / instances);
    }
  }

  /** The MariaDB/MySQL server process on this machine (for its CPU time), or null. */
  private static Long databaseServerPid() {
    try (var dirs = Files.list(Path.of("/proc"))) {
      return dirs.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> {
        try {
          String comm = Files.readString(p.resolve("comm")).trim();
          return comm.equals("mariadbd") || comm.equals("mysqld");
        } catch (Exception e) {
          return false;
        }
      }).map(p -> Long.valueOf(p.getFileName().toString())).findFirst().orElse(null);
    } catch (Exception e) {
      return null;
    }
  }

  /** utime + stime of a process from /proc/<pid>/stat, in nanoseconds (clock ticks of 10 ms). */
  private static long processCpuNanos(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    } catch (Exception e) {
      return -1;
    }
  }

  private static String uptime() {
    try {
      Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      String s = new String(p.getInputStream().readAllBytes()).trim();
      p.waitFor();
      return s;
    } catch (Exception e) {
      return "load average " + loadAverage();
    }
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
