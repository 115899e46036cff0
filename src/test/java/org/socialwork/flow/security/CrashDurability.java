package org.socialwork.flow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.socialwork.flow.Fixtures;

/**
 * Issue 11, finding 3 (H2 lost confirmed work on kill -9), as a tool rather than a unit test: starts the application
 * on an H2 file in a fresh folder (or on a fresh MariaDB/MySQL database), makes 100 sequential intake starts, kills
 * the JVM with SIGKILL right after the 50th answered 201, restarts on the same data, starts one more intake (its
 * number must be new), stops, and counts in the database how many of the 50 confirmed case numbers are there. Prints
 * the figure; exits 1 if any is missing or a number was handed out twice.
 *
 * <p>Run: {@code mvn -Pcrash -DskipTests verify} (exec-maven-plugin, test classpath; H2), and
 * {@code mvn -Pcrash -Dcrash.db=mysql -DskipTests verify} on MariaDB/MySQL at 127.0.0.1:3306 as root without a
 * password, database {@code socialwork_crash} dropped and re-created ({@code -Dcrash.dbName}, {@code -Dcrash.dbUser},
 * {@code -Dcrash.dbPassword}). {@code -Dcrash.readyMinutes=N} waits longer for start-up on a busy machine. CI runs both.
 */
public final class CrashDurability {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String AUTH = "Basic " + Base64.getEncoder()
      .encodeToString("xbhbl-worker:demo".getBytes(StandardCharsets.UTF_8));

  private CrashDurability() {
  }

  private static final boolean MYSQL = "mysql".equals(System.getProperty("crash.db", "h2"));
  private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
  private static final String MYSQL_OPTIONS = "?characterEncoding=UTF-8&sendFractionalSeconds=false&useSSL=false"
      + "&allowPublicKeyRetrieval=true&nullCatalogMeansCurrent=true";
  private static final String USER = MYSQL ? System.getProperty("crash.dbUser", "root") : "sa";
  private static final String PASSWORD = MYSQL ? System.getProperty("crash.dbPassword", "") : "";

  public static void main(String[] args) throws Exception {
    Path folder = Files.createTempDirectory("socialwork-crash");
    String url;
    if (MYSQL) {
      String db = System.getProperty("crash.dbName", "socialwork_crash");
      if (!db.matches("\\w+")) {
        throw new IllegalArgumentException("crash.dbName must be a plain name: " + db);
      }
      try (Connection c = DriverManager.getConnection(SERVER + MYSQL_OPTIONS, USER, PASSWORD);
           java.sql.Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + db);
        s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      }
      url = SERVER + db + MYSQL_OPTIONS;
    } else {
      url = "jdbc:h2:file:" + folder.resolve("socialwork") + ";MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE;"
          + "QUERY_CACHE_SIZE=0;AUTO_SERVER=FALSE;WRITE_DELAY=0";
    }
    int readyMinutes = Integer.getInteger("crash.readyMinutes", 10);
    int port = freePort();
    Process app = start(url, port, folder);
    List<String> confirmed = new ArrayList<>();
    try {
      awaitReady(port, readyMinutes);
      for (int i = 0; i < 100 && confirmed.size() < 50; i++) {
        HttpResponse<String> r = startIntake(port);
        if (r.statusCode() == 201) {
          confirmed.add(JSON.readTree(r.body()).path("businessKey").asText());
        } else {
          System.out.println("intake " + i + " answered " + r.statusCode() + ": " + r.body());
        }
      }
      app.destroyForcibly();
      app.waitFor(60, TimeUnit.SECONDS);
      System.out.println("CrashDurability: killed (SIGKILL) right after the " + confirmed.size() + "th 201");
    } finally {
      app.destroyForcibly();
    }
    Thread.sleep(2000);
    int port2 = freePort();
    Process again = start(url, port2, folder);
    String next;
    try {
      awaitReady(port2, readyMinutes);
      HttpResponse<String> r = startIntake(port2);
      next = r.statusCode() == 201 ? JSON.readTree(r.body()).path("businessKey").asText() : null;
    } finally {
      again.destroy();
      again.waitFor(120, TimeUnit.SECONDS);
      again.destroyForcibly();
      again.waitFor(30, TimeUnit.SECONDS);
    }
    int present = 0;
    Set<String> all = new HashSet<>();
    int rows = 0;
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
         PreparedStatement s = c.prepareStatement("SELECT case_no FROM case_file");
         ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows++;
        all.add(rs.getString(1));
      }
    }
    for (String no : confirmed) {
      if (all.contains(no)) {
        present++;
      }
    }
    boolean reissued = next == null || confirmed.contains(next) || all.size() != rows;
    System.out.println("CrashDurability (" + (MYSQL ? "MariaDB/MySQL" : "H2, WRITE_DELAY=0") + "): " + present + " of " + confirmed.size()
        + " intakes confirmed with 201 before kill -9 are there after restart; next number " + next
        + (reissued ? " (REISSUED or missing)" : " (new)"));
    if (present != confirmed.size() || confirmed.size() < 50 || reissued) {
      System.exit(1);
    }
  }

  private static Process start(String url, int port, Path folder) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        "org.socialwork.flow.FlowApplication", "--server.port=" + port, "--spring.datasource.url=" + url,
        "--socialwork.demo-data=true", "--camunda.bpm.job-execution.enabled=false"));
    if (MYSQL) {
      command.addAll(List.of("--spring.profiles.active=mysql", "--spring.datasource.username=" + USER,
          "--spring.datasource.password=" + PASSWORD));
    }
    return new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(new File(folder.toFile(), "app-" + port + ".log")).start();
  }

  private static void awaitReady(int port, int minutes) throws Exception {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
    while (System.nanoTime() < until) {
      try {
        // the demo accounts exist once the start-up runners are done: a signed-in 200 means ready
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/processes")).header("Authorization", AUTH).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(2000);
    }
    throw new IllegalStateException("the application did not become ready within " + minutes + " minutes");
  }

  private static HttpResponse<String> startIntake(int port) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/processes/intake/start"))
        .header("Authorization", AUTH).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Fixtures.anIntake("xbhbl")))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
