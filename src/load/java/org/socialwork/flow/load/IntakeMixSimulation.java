package org.socialwork.flow.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The intake mix of a district over {@code /api} with HTTP Basic, as its people work: station workers read their inbox,
 * register an intake, screen it and open its case file; supervisors read the approvals waiting at their station and
 * approve one (two supervisors' sessions racing for one task: one 204, the other 409); the leading group reads the
 * dashboard. Three workers per supervisor, one leading-group member per 50 people, spread over the 14 demo stations.
 *
 * <p>{@code load.mode=users}: a ramp to {@code load.users} people with think times, for {@code load.duration};
 * {@code load.mode=saturation}: the same mix in a closed loop without think time, concurrency stepping through
 * {@code load.levels}, printing each step's throughput and the maximum. The application runs as a process of its own
 * ({@link AppUnderLoad}); its CPU time per request and resident memory are printed at the end. Run:
 * {@code mvn -Pload -DskipTests verify -Dload.users=50} (docs/benchmarks.md).
 */
public class IntakeMixSimulation extends Simulation {

  static final List<String> STATIONS = List.of("xbhbl", "sjl", "syj1", "syj2", "syj3", "syj4", "hza", "tyg", "szk",
      "nwm", "xjy", "tygc", "szkc", "nwmc");
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  private static final String[] GIVEN = {"秀英", "桂兰", "建国", "淑珍", "志强", "玉兰", "德明", "凤英"};
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final LoadSettings settings = LoadSettings.fromSystemProperties();
  private final List<AppUnderLoad> apps = java.util.stream.IntStream.range(0, settings.nodes())
      .mapToObj(node -> new AppUnderLoad(settings, node)).toList();
  private final LoadRecorder recorder = new LoadRecorder();
  private long appCpuBefore;
  private long selfCpuBefore;
  private String loadBefore;
  private LocalDateTime startedAt;

  {
    // several nodes: each virtual person is given one of them round-robin and stays with it, as behind a load balancer
    HttpProtocolBuilder protocol = http.baseUrls(apps.stream().map(AppUnderLoad::baseUrl).toList())
        .acceptHeader("application/json")
        .contentTypeHeader("application/json")
        .disableWarmUp()
        .disableCaching();
    setUp(populations()).protocols(protocol).maxDuration(settings.duration());
  }

  private List<PopulationBuilder> populations() {
    ScenarioBuilder workers = scenario("station workers").feed(accounts("worker")).exec(forever().on(workerCycle()));
    ScenarioBuilder supervisors = scenario("supervisors").feed(accounts("supervisor"))
        .exec(forever().on(supervisorCycle()));
    ScenarioBuilder leaders = scenario("leading group").feed(accounts("leader")).exec(forever().on(leaderCycle()));
    List<PopulationBuilder> populations = new ArrayList<>();
    if (settings.saturation()) {
      populations.add(workers.injectClosed(steps(l -> l - Math.max(1, l / 4))));
      populations.add(supervisors.injectClosed(steps(l -> Math.max(1, l / 4))));
      populations.add(leaders.injectClosed(constantConcurrentUsers(1).during(settings.duration())));
    } else {
      int n = settings.users();
      int leading = Math.max(1, n / 50);
      int supervising = Math.max(1, (n - leading) / 4);
      int working = Math.max(1, n - leading - supervising);
      populations.add(workers.injectClosed(ramp(working)));
      populations.add(supervisors.injectClosed(ramp(supervising)));
      populations.add(leaders.injectClosed(ramp(leading)));
    }
    return populations;
  }

  private ClosedInjectionStep[] ramp(int n) {
    Duration ramp = settings.ramp().compareTo(settings.duration()) < 0 ? settings.ramp() : Duration.ZERO;
    return new ClosedInjectionStep[] {rampConcurrentUsers(0).to(n).during(ramp.isZero() ? Duration.ofSeconds(1) : ramp),
        constantConcurrentUsers(n).during(settings.duration().minus(ramp))};
  }

  private ClosedInjectionStep[] steps(java.util.function.IntUnaryOperator share) {
    Duration each = levelLength();
    return settings.levels().stream().map(l -> constantConcurrentUsers(share.applyAsInt(l)).during(each))
        .toArray(ClosedInjectionStep[]::new);
  }

  private Duration levelLength() {
    return settings.duration().dividedBy(settings.levels().size());
  }

  /** Accounts of one role, station by station, endlessly (several sessions may share one account, as colleagues at
   * one desk would not, but the server does the same work for each request). */
  private static Iterator<Map<String, Object>> accounts(String role) {
    AtomicInteger next = new AtomicInteger();
    return Stream.generate(() -> {
      String station = STATIONS.get(Math.floorMod(next.getAndIncrement(), STATIONS.size()));
      String user = role.equals("leader") ? "leader" : station + "-" + role;
      return Map.<String, Object>of("user", user, "station", station, "worker", station + "-worker");
    }).iterator();
  }

  private ChainBuilder workerCycle() {
    return exec(s -> s.remove("caseNo").remove("taskId"))
        .exec(call("inbox (worker)", http("inbox (worker)").get("/api/tasks?tab=mine&size=20"), 200))
        .exec(think())
        .exec(call("register intake", http("register intake").post("/api/processes/intake/start")
            .body(StringBody(IntakeMixSimulation::intakeForm)), List.of(jsonPath("$.businessKey").saveAs("caseNo")),
            201))
        .doIf(s -> s.contains("caseNo")).then(
            exec(think())
                .exec(call("find screening task", http("find screening task")
                    .get("/api/tasks?tab=mine&taskKey=Task_ScreenIntake&businessKey=#{caseNo}"),
                    List.of(jsonPath("$.items[0].id").optional().saveAs("taskId")), 200))
                .doIf(s -> s.contains("taskId")).then(
                    exec(call("screen intake", http("screen intake").post("/api/tasks/#{taskId}/complete")
                        .body(StringBody("{\"decision\":\"accept\"}")), 204, 409)))
                .exec(think())
                .exec(call("case file", http("case file").get("/api/cases/#{caseNo}"), 200)))
        .exec(think());
  }

  private ChainBuilder supervisorCycle() {
    return exec(s -> s.remove("approveId"))
        .exec(call("inbox (supervisor)", http("inbox (supervisor)")
            .get("/api/tasks?tab=unclaimed&taskKey=Task_ApproveOpening&size=20"),
            List.of(jsonPath("$.items[*].id").findRandom().optional().saveAs("approveId")), 200))
        .doIf(s -> s.contains("approveId")).then(
            exec(think())
                .exec(call("approve opening", http("approve opening").post("/api/tasks/#{approveId}/complete")
                    .body(StringBody("{\"decision\":\"approve\",\"responsibleWorker\":\"#{worker}\"}")), 204, 409)))
        .exec(think())
        .exec(call("case list", http("case list").get("/api/cases?size=20"), 200))
        .exec(think());
  }

  private ChainBuilder leaderCycle() {
    return exec(call("dashboard", http("dashboard").get("/api/dashboard"), 200)).exec(think()).exec(think());
  }

  private ChainBuilder think() {
    double t = settings.thinkSeconds();
    if (t <= 0) {
      return exec(s -> s);
    }
    return pause(Duration.ofMillis((long) (t * 500)), Duration.ofMillis((long) (t * 1500)));
  }

  private ChainBuilder call(String kind, HttpRequestActionBuilder request, Integer... ok) {
    return call(kind, request, List.of(), ok);
  }

  /** One request, authenticated as the session's account, its status and time recorded; other statuses are KO. */
  private ChainBuilder call(String kind, HttpRequestActionBuilder request, List<CheckBuilder> extra, Integer... ok) {
    List<CheckBuilder> checks = new ArrayList<>();
    checks.add(status().saveAs("status"));
    checks.add(responseTimeInMillis().saveAs("rt"));
    checks.add(status().in(ok));
    checks.addAll(extra);
    return exec(s -> s.remove("status").remove("rt"))
        .exec(request.basicAuth("#{user}", "demo").check(checks))
        .exec(s -> {
          recorder.record(kind, s.contains("status") ? s.getInt("status") : 0, s.contains("rt") ? s.getInt("rt") : 0);
          return s;
        });
  }

  /** A valid intake start form with a fresh client (resident ID with its check digit). */
  static String intakeForm(Session session) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    LocalDate birth = LocalDate.of(1930 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
    String first17 = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
        + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    String id = first17 + CHECK[sum % 11];
    String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    return "{\"stationCode\":\"" + session.getString("station") + "\",\"clientName\":\"" + name + "\",\"idNumber\":\""
        + id + "\",\"phone\":\"138" + String.format("%08d", r.nextInt(100_000_000)) + "\",\"address\":\"朝阳区"
        + (1 + r.nextInt(20)) + "号楼\",\"personType\":\"living_alone\",\"intakeDate\":\"" + LocalDate.now()
        + "\",\"referralSource\":\"self\",\"presentingProblem\":\"独居老人，行动不便，需要助餐\","
        + "\"expectation\":\"每天有人送餐\",\"willingness\":\"strong\",\"urgency\":\"normal\"}";
  }

  @Override
  public void before() {
    try {
      for (AppUnderLoad app : apps) {
        app.start();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    loadBefore = AppUnderLoad.loadAverage();
    appCpuBefore = serverCpu();
    selfCpuBefore = AppUnderLoad.cpuMillisOf("self");
    startedAt = LocalDateTime.now();
    recorder.start();
    System.out.printf("[load] %s run for %s, load average before: %s%n",
        settings.saturation() ? "saturation (levels " + settings.levels() + ")" : settings.users() + " users",
        settings.duration(), loadBefore);
  }

  @Override
  public void after() {
    try {
      double seconds = Math.max(1, Duration.between(startedAt, LocalDateTime.now()).toMillis() / 1000.0);
      long appCpu = serverCpu() - appCpuBefore;
      long selfCpu = AppUnderLoad.cpuMillisOf("self") - selfCpuBefore;
      long total = recorder.total();
      StringBuilder out = new StringBuilder();
      out.append(String.format("%n==== socialwork-flow load: %s, %s, %s, jvm %s ====%n",
          settings.saturation() ? "saturation, levels " + settings.levels() + " (closed loop, no think time)"
              : settings.users() + " users, think " + settings.thinkSeconds() + " s mean, ramp " + settings.ramp(),
          settings.duration(), settings.nodes() == 1 ? "one node" : settings.nodes() + " nodes on one database",
          settings.jvmArgs()));
      out.append(String.format("started %s, %.0f s, load average before %s, after %s (2 shared cores)%n", startedAt,
          seconds, loadBefore, AppUnderLoad.loadAverage()));
      out.append(recorder.table(seconds));
      out.append(String.format("throughput %.1f requests/s over the run", total / seconds));
      if (!settings.saturation()) {
        int from = (int) settings.ramp().toSeconds();
        out.append(String.format(", %.1f requests/s after the ramp", recorder.rate(from, (int) seconds)));
      }
      out.append(String.format("%n5xx or no answer: %d%n", recorder.serverErrors()));
      if (settings.saturation()) {
        long each = levelLength().toSeconds();
        double best = 0;
        int bestLevel = 0;
        for (int i = 0; i < settings.levels().size(); i++) {
          double rate = recorder.rate((int) (i * each + Math.min(5, each / 3)), (int) ((i + 1) * each));
          out.append(String.format("  %3d concurrent: %.1f requests/s%n", settings.levels().get(i), rate));
          if (rate > best) {
            best = rate;
            bestLevel = settings.levels().get(i);
          }
        }
        out.append(String.format("maximum throughput %.1f requests/s (at %d concurrent)%n", best, bestLevel));
      }
      out.append(String.format("server CPU (all nodes) %.1f s = %.2f ms per request; load generator CPU %.1f s = %.2f ms per "
              + "request%n", appCpu / 1000.0, total == 0 ? 0 : (double) appCpu / total, selfCpu / 1000.0,
          total == 0 ? 0 : (double) selfCpu / total));
      for (AppUnderLoad app : apps) {
        long[] rss = app.residentMiB();
        out.append(String.format("server resident memory after the load%s: %d MiB (peak %d MiB)%n",
            apps.size() == 1 ? "" : " (" + app.baseUrl() + ")", rss[0], rss[1]));
      }
      String nmt = apps.get(0).nativeMemory();
      if (!nmt.isEmpty()) {
        Path file = Path.of("target", "load", "native-memory-" + settings.mode() + ".txt");
        Files.writeString(file, nmt);
        out.append(nmt.lines().filter(l -> l.startsWith("Total") || l.matches("^-\\s+\\S.*\\(reserved=.*"))
            .map(l -> "  " + l.trim()).reduce("native memory (NMT, committed is what counts):\n", (a, b) -> a + b + "\n"));
      }
      if (settings.jfr()) {
        out.append("JFR recording (written when the application stops): ").append(apps.get(0).jfrFile()).append('\n');
      }
      System.out.println(out);
      Path summary = Path.of("target", "load", "summary-" + settings.mode() + "-"
          + startedAt.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
      Files.writeString(summary, out.toString());
      System.out.println("[load] summary written to " + summary.toAbsolutePath());
    } catch (Exception e) {
      e.printStackTrace();
    } finally {
      apps.forEach(AppUnderLoad::stop);
    }
  }

  private long serverCpu() {
    return apps.stream().mapToLong(AppUnderLoad::cpuMillis).sum();
  }
}
