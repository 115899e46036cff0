package org.socialwork.flow.load;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as a process of its own on MariaDB/MySQL, on a loopback port, with the demo district: started
 * before the load, ready when {@code /actuator/health} says UP and the readiness state (after the start-up runners:
 * demo data, identity mirror) accepts traffic, stopped after. Reads its CPU time and resident memory from /proc.
 */
final class AppUnderLoad {

  /** Linux clock ticks per second for /proc/<pid>/stat (USER_HZ; 100 on every mainstream kernel). */
  private static final long TICKS = 100;

  private final LoadSettings settings;
  private final int node;
  private final Path dir = Path.of("target", "load");
  private Process process;

  /** Node {@code node} (0 first) of {@code settings.nodes()}: its port is {@code load.port + node}. */
  AppUnderLoad(LoadSettings settings, int node) {
    this.settings = settings;
    this.node = node;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + (settings.port() + node);
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return dir.resolve(node == 0 ? "app.log" : "app-node" + node + ".log");
  }

  Path jfrFile() {
    return dir.resolve("app-" + settings.mode() + (node == 0 ? "" : "-node" + node) + ".jfr").toAbsolutePath();
  }

  void start() throws Exception {
    Files.createDirectories(dir);
    File jar = new File(settings.jar());
    if (!jar.isFile()) {
      throw new IllegalStateException("No jar at " + jar.getAbsolutePath() + ": run through the load profile "
          + "(mvn -Pload -DskipTests verify), which packages it first");
    }
    String dbUrl = "jdbc:mysql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "3306") + "/"
        + settings.database() + "?characterEncoding=UTF-8&sendFractionalSeconds=false&useSSL=false"
        + "&allowPublicKeyRetrieval=true&nullCatalogMeansCurrent=true";
    if (settings.freshDatabase() && node == 0) {  // the other nodes start after the first, on its database
      recreateDatabase();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : settings.jvmArgs().split("\\s+")) {
      if (!arg.isBlank()) {
        command.add(arg);
      }
    }
    if (settings.jfr()) {
      command.add("-XX:FlightRecorderOptions:stackdepth=256");
      command.add("-XX:StartFlightRecording=settings=profile,filename=" + jfrFile() + ",dumponexit=true");
    }
    command.add("-Dfile.encoding=UTF-8");
    command.add("-jar");
    command.add(jar.getAbsolutePath());
    command.add("--spring.profiles.active=mysql");
    command.add("--server.port=" + (settings.port() + node));
    command.add("--server.address=127.0.0.1");
    command.add("--management.endpoint.health.probes.enabled=true");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log().toFile());
    builder.environment().put("DB_URL", dbUrl);
    builder.environment().put("DEMO_DATA", "true");
    builder.environment().put("SPRING_PROFILES_ACTIVE", "mysql");
    if (settings.nodes() > 1) {
      builder.environment().put("CAMUNDA_BPM_PROCESS_ENGINE_NAME", "node" + (char) ('A' + node));  // no hyphen: Camunda ignores such a name
    }
    String arenas = System.getProperty("load.mallocArenas", "");
    if (!arenas.isBlank()) {
      // glibc's malloc keeps up to 8 arenas per core for the JVM's native allocations; fewer arenas, less RSS
      builder.environment().put("MALLOC_ARENA_MAX", arenas.trim());
    }
    System.out.println("[load] starting " + String.join(" ", command));
    process = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    awaitReady();
  }

  private void recreateDatabase() throws Exception {
    String url = "jdbc:mysql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "3306")
        + "/?useSSL=false&allowPublicKeyRetrieval=true";
    try (Connection c = DriverManager.getConnection(url, env("DB_USER", "root"), env("DB_PASSWORD", ""));
         Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + settings.database());
      s.execute("CREATE DATABASE " + settings.database() + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
    System.out.println("[load] database " + settings.database() + " created afresh");
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(settings.startTimeout());
    Instant started = Instant.now();
    String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
    boolean healthy = false;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped during start-up; see " + log().toAbsolutePath());
      }
      try {
        if (!healthy) {
          HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
          healthy = health.statusCode() == 200 && health.body().contains("\"UP\"");
        }
        if (healthy) {
          HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                  URI.create(baseUrl() + "/actuator/health/readiness")).header("Authorization", admin)
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
          if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
            System.out.printf("[load] application ready after %d s (pid %d)%n",
                Duration.between(started, Instant.now()).toSeconds(), pid());
            return;
          }
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    stop();
    throw new IllegalStateException("The application was not ready within " + settings.startTimeout());
  }

  /** User plus system CPU time of the application process so far, in milliseconds. */
  long cpuMillis() {
    return cpuMillisOf(String.valueOf(pid()));
  }

  static long cpuMillisOf(String pid) {
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      // fields after the command name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS;
    } catch (IOException e) {
      return -1;
    }
  }

  /** VmRSS and VmHWM (peak) of the application, in MiB. */
  long[] residentMiB() {
    long rss = -1;
    long hwm = -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = kib(line) / 1024;
        } else if (line.startsWith("VmHWM:")) {
          hwm = kib(line) / 1024;
        }
      }
    } catch (IOException e) {
      // gone
    }
    return new long[] {rss, hwm};
  }

  private static long kib(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  /** With -XX:NativeMemoryTracking=summary among the JVM options: the JVM's own account of its memory, by area. */
  String nativeMemory() {
    if (!settings.jvmArgs().contains("NativeMemoryTracking")) {
      return "";
    }
    try {
      Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          String.valueOf(pid()), "VM.native_memory", "summary").redirectErrorStream(true).start();
      String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      jcmd.waitFor(30, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "jcmd failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  synchronized void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.println("[load] application stopped");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
