package org.socialwork.flow.care;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.socialwork.flow.FlowApplication;
import org.socialwork.flow.organization.ImportJob;
import org.socialwork.flow.organization.ImportJobs;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long a roster import of {@code care.import.rows} (1,000) rows takes (prints figures; not a test): the check of
 * every row (the upload's answer) and the background job (client record, target, first visit with its care-visit
 * instance per row), as xbhbl-worker into 西坝河北里 of the demo district. On MariaDB/MySQL it drops and re-creates
 * {@code care.bench.db} (default socialwork_care_importbench); with {@code -Dcare.import.h2=true} on H2 in memory.
 *
 * <pre>mvn -Pcare-bench -Dcare.bench.main=org.socialwork.flow.care.CareImportBenchmark -DskipTests verify</pre>
 */
public final class CareImportBenchmark {

  private static final int ROWS = Integer.getInteger("care.import.rows", 1000);
  private static final boolean H2 = Boolean.getBoolean("care.import.h2");
  private static final String DB = System.getProperty("care.bench.db", "socialwork_care_importbench");
  private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
  private static final String OPTIONS = "?characterEncoding=UTF-8&sendFractionalSeconds=false&useSSL=false"
      + "&allowPublicKeyRetrieval=true&nullCatalogMeansCurrent=true";

  private CareImportBenchmark() {
  }

  public static void main(String[] args) {
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
    System.out.printf("[care-import-bench] " + format + "%n", args);
  }

  private static void run() throws Exception {
    // the whole application on a free port (its page beans, the certificate PDF's Freemarker among them, need the web
    // context), the job executor off: the import's own worker thread does the work
    List<String> appArgs = new ArrayList<>(List.of("--socialwork.demo-data=true", "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false", "--socialwork.escalation.check-every=P3650D",
        "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
    SpringApplicationBuilder app = new SpringApplicationBuilder(FlowApplication.class)
        .web(WebApplicationType.SERVLET).logStartupInfo(false);
    if (H2) {
      appArgs.add("--spring.datasource.url=jdbc:h2:mem:careimport;MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE");
    } else {
      try (Connection c = DriverManager.getConnection(SERVER + OPTIONS, "root", "");
           Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + DB);
        st.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      }
      appArgs.addAll(List.of("--spring.datasource.url=" + SERVER + DB + OPTIONS,
          "--spring.datasource.username=root", "--spring.datasource.password="));
      app.profiles("mysql");
    }
    try (ConfigurableApplicationContext context = app.run(appArgs.toArray(String[]::new))) {
      ImportJobs imports = context.getBean(ImportJobs.class);
      RosterImport kind = context.getBean(RosterImport.class);
      StaffMember worker = context.getBean(StaffDirectory.class).find("xbhbl-worker").orElseThrow();
      List<List<String>> rows = new ArrayList<>();
      LocalDate birth = LocalDate.of(1935, 1, 1);
      for (int i = 0; i < ROWS; i++) {
        String first17 = "110105" + birth.plusDays(i / 10).toString().replace("-", "")
            + String.format("%03d", 100 + i % 10);
        rows.add(RosterImportTests.row("压测对象" + i, first17 + RosterImportTests.check(first17), "13800138000",
            i % 5 == 0 ? "困境儿童" : "独居老人", i % 5 == 0 ? "家庭困境" : "", "", "是", ""));
      }
      byte[] file = ImportJobs.workbook(kind, rows);
      out("settings: %s, %,d rows (%,d bytes), chunk size %s, cores %d", H2 ? "H2 in memory" : "MariaDB/MySQL " + DB,
          ROWS, file.length, context.getEnvironment().getProperty("socialwork.import.chunk-size", "50"),
          Runtime.getRuntime().availableProcessors());
      long t0 = System.nanoTime();
      ImportJob job = imports.submit(kind, worker, "xbhbl", "bench.xlsx", file);
      long checked = System.nanoTime();
      out("checked every row and stored the job (the upload's answer): %.1f s", (checked - t0) / 1e9);
      ImportJob now = job;
      while (!now.finished()) {
        Thread.sleep(200);
        now = imports.find(kind, worker, job.id()).orElseThrow();
      }
      long done = System.nanoTime();
      out("job %s: %,d of %,d rows, %,d registered, in %.1f s (%.0f rows/s); upload to done %.1f s", now.status(),
          now.done(), now.total(), now.changed(), (done - checked) / 1e9, now.done() / ((done - checked) / 1e9),
          (done - t0) / 1e9);
      out("load average: %s", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
    }
  }
}
