package org.socialwork.flow.tasklist;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
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
import java.util.function.Supplier;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.mybatis.spring.SqlSessionTemplate;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.socialwork.flow.FlowApplication;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Benchmark of the inbox queries ({@link InboxMapper}) at a realistic number of open tasks on MySQL/MariaDB,
 * with Camunda's own TaskQuery beside them for comparison. Prints its figures; it is not a test.
 *
 * <pre>
 *   mvn -Pbench -DskipTests verify                                  # 100,000 tasks on 127.0.0.1:3306 as root
 *   mvn -Pbench -DskipTests verify -Dbench.tasks=10000 -Dbench.iterations=100
 * </pre>
 *
 * Settings (system property, else environment variable, else default; blank counts as unset):
 * {@code bench.db.host}/DB_HOST (127.0.0.1), {@code bench.db.port}/DB_PORT (3306), {@code bench.db.name}
 * (socialwork_bench; DROPPED and re-created), {@code bench.db.user}/DB_USER (root),
 * {@code bench.db.password}/DB_PASSWORD (empty), {@code bench.tasks} (100000), {@code bench.iterations} (200),
 * {@code bench.warmup} (20), {@code bench.maxSeconds} (time budget per query, 60; a query stops after it
 * with at least 10 runs, column n), {@code bench.extraIndexes} (true: after round 1, create
 * {@link #PROPOSED_INDEXES} and measure round 2, then round 3 with the statements of the test resource
 * {@value #PROPOSED_MAPPER} if present).
 *
 * <p>What is real and what is synthetic: the schema is the real one (the engine creates its ACT_ tables,
 * Flyway the domain tables, the demo district its stations, people and candidate groups) and the intake
 * process is really deployed. The open tasks are NOT created by running the process (about 15 minutes
 * for 100k instances on MariaDB): they are bulk-inserted with JDBC batches as the engine leaves them after
 * a start of {@code intake} (row values copied from real instances) — one client, one case file, one
 * case_process row and one process instance per task. Synthetic: the clients' personal data (invented names,
 * addresses, well-formed but invented id numbers); the mix of tasks (30% screening held by the worker who
 * registered the case, 20% screening back in the station's pool, 48% opening approval by the supervisor, 2%
 * escalated approval also offered to the expert supervisors; 20 of these also to the leading group, to have
 * a sparse pool), created within the last six months, due 1 to
 * 240 days after creation (about 30% overdue), 3% without due date; xbhbl weighs three times a station.
 * Left out: the approval's boundary-timer job, variables, history rows. Foreign-key checks stay on, so the
 * rows are referentially consistent.
 */
public final class InboxBenchmark {

  /** The 14 stations of the demo district; xbhbl (the demonstration station) carries three shares. */
  private static final String[] STATIONS = {"xbhbl", "sjl", "syj1", "syj2", "syj3", "syj4", "hza", "tyg", "szk",
      "nwm", "xjy", "tygc", "szkc", "nwmc"};
  private static final String[] COMMUNITIES = {"西坝河北里", "尚家楼", "芍药居一", "芍药居二", "芍药居三", "芍药居四",
      "惠忠庵", "太阳宫", "十字口", "牛王庙", "夏家园", "太阳宫村", "十字口村", "牛王庙村"};
  private static final String[] PERSON_TYPES = {"dibao", "dibao_edge", "tekun", "kunjing_child",
      "left_behind_elder", "childless_elder", "living_alone", "disabled", "special_family", "orphan",
      "unsupported_child", "other"};
  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建国淑珍";

  /** Escalated approvals also offered to the leading group: the leader's inbox is a sparse pool. */
  private static final int LEADER_TASKS = 20;

  private static final String SCREEN = "Task_ScreenIntake";
  private static final String APPROVE = "Task_ApproveOpening";
  private static final String ESCALATED = "Task_ApproveOpeningEscalated";

  private static final String NS = "org.socialwork.flow.tasklist.InboxMapper.";

  private final Settings settings;
  private final Random random = new Random(20260101L);

  private InboxBenchmark(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.load();
    int status = 0;
    try {
      new InboxBenchmark(settings).run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private void run() throws Exception {
    out("Inbox benchmark: %,d open tasks, %d iterations (warm-up %d), database %s on %s",
        settings.tasks, settings.iterations, settings.warmup, settings.database, settings.serverUrl());
    recreateDatabase();

    long startedAt = System.nanoTime();
    try (ConfigurableApplicationContext context = startApplication()) {
      out("Application context started in %.1f s", (System.nanoTime() - startedAt) / 1e9);
      String processDefinitionId = context.getBean(RepositoryService.class).createProcessDefinitionQuery()
          .processDefinitionKey("intake").latestVersion().singleResult().getId();

      try (Connection db = DriverManager.getConnection(settings.jdbcUrl(true), settings.user, settings.password)) {
        long seedStart = System.nanoTime();
        seed(db, processDefinitionId);
        out("Seeded in %.1f s", (System.nanoTime() - seedStart) / 1e9);
        analyze(db);
        printEnvironment(db);

        Bench bench = new Bench(context, db);
        bench.round("1: as shipped (InboxMapper.xml, the engine's own indexes)", bench.shipped, true);
        if (settings.extraIndexes) {
          out("");
          for (String ddl : PROPOSED_INDEXES) {
            long t0 = System.nanoTime();
            try (Statement st = db.createStatement()) {
              st.execute(ddl);
            }
            out("%s;   -- %.1f s", ddl, (System.nanoTime() - t0) / 1e9);
          }
          analyze(db);
          bench.round("2: as shipped + proposed indexes", bench.shipped, true);
          InboxMapper proposed = bench.proposed();
          if (proposed != null) {
            bench.round("3: proposed SQL (" + PROPOSED_MAPPER + ") + proposed indexes", proposed, false);
          }
        }
      }
    }
  }

  /** Extra indexes on the engine's tables, measured from the second round on when bench.extraIndexes is on. */
  static final List<String> PROPOSED_INDEXES = List.of(
      // candidate links of a group, index-only (TYPE_ and TASK_ID_ no longer read from the table rows)
      "CREATE INDEX SW_IDX_IDENTLINK_INBOX ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      // a person's / the pool's tasks in inbox order, covering the join to case_process
      "CREATE INDEX SW_IDX_TASK_INBOX ON ACT_RU_TASK (ASSIGNEE_, DUE_DATE_, CREATE_TIME_, ID_, PROC_INST_ID_)");

  /** The proposed InboxMapper.xml under another namespace (test resource); its round is skipped without it. */
  static final String PROPOSED_MAPPER = "bench/InboxMapperProposed.xml";
  static final String PROPOSED_NS = "org.socialwork.flow.tasklist.InboxMapper.";

  // ---------------------------------------------------------------------------------------------------- set-up

  private void recreateDatabase() throws SQLException {
    if (!settings.database.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Not a plain database name: " + settings.database);
    }
    try (Connection c = DriverManager.getConnection(settings.serverUrl(), settings.user, settings.password);
         Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + settings.database);
      st.execute("CREATE DATABASE " + settings.database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
  }

  private ConfigurableApplicationContext startApplication() {
    // Command-line arguments outrank every properties file (also the test ones under config/ on this classpath)
    String[] args = {
        "--spring.datasource.url=" + settings.jdbcUrl(false),
        "--spring.datasource.username=" + settings.user,
        "--spring.datasource.password=" + settings.password,
        "--spring.datasource.hikari.maximum-pool-size=4",
        "--socialwork.demo-data=true",
        "--camunda.bpm.job-execution.enabled=false",
        // no periodic overdue escalation while measuring (it would add candidate links mid-run)
        "--socialwork.escalation.check-every=P3650D",
        // round 1 measures without the inbox indexes the application creates at start; round 2 adds them
        "--socialwork.inbox.create-indexes=false",
        "--spring.autoconfigure.exclude="
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
        "--logging.level.root=WARN",
        "--logging.level.org.springframework.boot.SpringApplication=WARN",
        "--spring.main.banner-mode=off",
    };
    return new SpringApplicationBuilder(FlowApplication.class)
        .web(WebApplicationType.NONE)
        // SecurityConfiguration's request matchers need Spring MVC's introspector, which only a web context makes
        .initializers(context -> ((GenericApplicationContext) context).registerBean("mvcHandlerMappingIntrospector",
            HandlerMappingIntrospector.class, HandlerMappingIntrospector::new))
        .profiles("mysql")
        .logStartupInfo(false)
        .run(args);
  }

  // ---------------------------------------------------------------------------------------------------- seeding

  private void seed(Connection db, String processDefinitionId) throws SQLException {
    db.setAutoCommit(false);
    String[] workersOf = new String[STATIONS.length];
    int[] weights = new int[STATIONS.length];
    int totalWeight = 0;
    for (int i = 0; i < STATIONS.length; i++) {
      weights[i] = "xbhbl".equals(STATIONS[i]) ? 3 : 1;
      totalWeight += weights[i];
      workersOf[i] = STATIONS[i] + "-worker";
    }
    Map<String, Integer> caseCounter = new HashMap<>();
    LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    String clientSql = "INSERT INTO client (id, station_code, full_name, id_number, sex, birth_date, phone, "
        + "emergency_contact, emergency_phone, address, person_type, created_at, created_by) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    String caseSql = "INSERT INTO case_file (id, case_no, station_code, client_id, status, responsible_worker, "
        + "registered_by, registered_at, opened_at, ended_at) VALUES (?,?,?,?,?,?,?,?,NULL,NULL)";
    String caseProcessSql = "INSERT INTO case_process (process_instance_id, case_id, process_key, started_at) "
        + "VALUES (?,?,'intake',?)";
    // the column lists of Camunda 7.24's activiti.mysql.create.engine.sql
    String executionSql = "INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, "
        + "PARENT_ID_, PROC_DEF_ID_, SUPER_EXEC_, SUPER_CASE_EXEC_, CASE_INST_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, "
        + "IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_, "
        + "TENANT_ID_, PROC_DEF_KEY_) "
        + "VALUES (?,?,?,?,?,?,?,NULL,NULL,NULL,?,?,?,0,1,0,1,?,?,NULL,'intake')";
    String taskSql = "INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, "
        + "CASE_EXECUTION_ID_, CASE_INST_ID_, CASE_DEF_ID_, NAME_, PARENT_TASK_ID_, DESCRIPTION_, TASK_DEF_KEY_, "
        + "OWNER_, ASSIGNEE_, DELEGATION_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, FOLLOW_UP_DATE_, "
        + "SUSPENSION_STATE_, TENANT_ID_, TASK_STATE_) "
        + "VALUES (?,?,?,?,?,NULL,NULL,NULL,?,NULL,NULL,?,NULL,?,NULL,50,?,?,?,NULL,1,NULL,?)";
    String linkSql = "INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_, PROC_DEF_ID_, "
        + "TENANT_ID_) VALUES (?,1,?,'candidate',NULL,?,NULL,NULL)";

    int assigned = 0;
    int leaderTasks = 0;
    int overdue = 0;
    int links = 0;
    int[] perStation = new int[STATIONS.length];
    Map<String, Integer> perKey = new LinkedHashMap<>();
    try (PreparedStatement client = db.prepareStatement(clientSql);
         PreparedStatement caseFile = db.prepareStatement(caseSql);
         PreparedStatement caseProcess = db.prepareStatement(caseProcessSql);
         PreparedStatement execution = db.prepareStatement(executionSql);
         PreparedStatement task = db.prepareStatement(taskSql);
         PreparedStatement link = db.prepareStatement(linkSql)) {
      for (int n = 1; n <= settings.tasks; n++) {
        int s = pickWeighted(weights, totalWeight);
        String station = STATIONS[s];
        perStation[s]++;
        // created within the last ~6 months, more of them lately
        long ageSeconds = (long) (Math.pow(random.nextDouble(), 1.5) * 182 * 86400);
        LocalDateTime created = now.minusSeconds(ageSeconds);
        LocalDateTime registered = created.minusMinutes(random.nextInt(60 * 24 * 3));
        // due 1 to 240 days after creation (about a third ends up overdue); 3% without a due date
        LocalDateTime due = random.nextInt(100) < 3 ? null : created.plusDays(1 + random.nextInt(240));
        if (due != null && due.isBefore(now)) {
          overdue++;
        }
        String worker = "xbhbl".equals(station) && random.nextBoolean() ? "xbhbl-worker2" : workersOf[s];

        double r = random.nextDouble();
        String key;
        String name;
        String assignee = null;
        String status;
        List<String> groups;
        if (r < 0.30) {          // screening, held by the worker who registered it
          key = SCREEN;
          name = "筛查接案请求";
          assignee = worker;
          status = "SCREENING";
          groups = List.of("station-" + station + "-worker");
        } else if (r < 0.50) {   // screening handed back to the station's pool
          key = SCREEN;
          name = "筛查接案请求";
          status = random.nextInt(4) == 0 ? "RETURNED" : "SCREENING";
          groups = List.of("station-" + station + "-worker");
        } else if (r < 0.98) {   // opening approval by the station supervisor
          key = APPROVE;
          name = "审批开案";
          status = "OPENING_REVIEW";
          groups = List.of("station-" + station + "-supervisor");
        } else {                 // approval escalated to the expert supervisors
          key = ESCALATED;
          name = "审批开案（已逾期，升级至专家督导）";
          status = "OPENING_REVIEW";
          groups = List.of("expert-supervisors", "station-" + station + "-supervisor");
          if (leaderTasks < LEADER_TASKS) {   // a sparse pool: a few are also offered to the leading group
            leaderTasks++;
            groups = List.of("expert-supervisors", "station-" + station + "-supervisor", "leading-group");
          }
        }
        if (assignee != null) {
          assigned++;
        }
        perKey.merge(key, 1, Integer::sum);

        int year = registered.getYear();
        int number = caseCounter.merge(station + "-" + year, 1, Integer::sum);
        String caseNo = String.format(Locale.ROOT, "%s-%d-%04d", station.toUpperCase(Locale.ROOT), year, number);
        String processInstanceId = UUID.randomUUID().toString();
        String taskId = UUID.randomUUID().toString();

        LocalDate birth = LocalDate.of(1935 + random.nextInt(85), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean male = random.nextBoolean();
        int c = 1;
        client.setLong(c++, n);
        client.setString(c++, station);
        client.setString(c++, chineseName());
        client.setString(c++, idNumber(birth, male));
        client.setString(c++, male ? "male" : "female");
        client.setObject(c++, birth);
        client.setString(c++, "13" + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000)));
        client.setString(c++, random.nextBoolean() ? chineseName() : null);
        client.setString(c++, "13" + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000)));
        client.setString(c++, "北京市朝阳区" + COMMUNITIES[s] + (1 + random.nextInt(30)) + "号楼"
            + (1 + random.nextInt(6)) + "单元" + (101 + random.nextInt(1500)) + "室");
        client.setString(c++, PERSON_TYPES[random.nextInt(PERSON_TYPES.length)]);
        client.setTimestamp(c++, Timestamp.valueOf(registered));
        client.setString(c, worker);
        client.addBatch();

        c = 1;
        caseFile.setLong(c++, n);
        caseFile.setString(c++, caseNo);
        caseFile.setString(c++, station);
        caseFile.setLong(c++, n);
        caseFile.setString(c++, status);
        caseFile.setString(c++, worker);
        caseFile.setString(c++, worker);
        caseFile.setTimestamp(c, Timestamp.valueOf(registered));
        caseFile.addBatch();

        caseProcess.setString(1, processInstanceId);
        caseProcess.setLong(2, n);
        caseProcess.setTimestamp(3, Timestamp.valueOf(registered));
        caseProcess.addBatch();

        // as the engine leaves them (values copied from real instances): a screening task and an escalated
        // approval sit on the process-instance execution; an approval task (it carries a boundary timer) on a
        // child scope execution. The timer job of that boundary event is left out.
        String taskExecutionId = processInstanceId;
        if (key.equals(APPROVE)) {
          taskExecutionId = UUID.randomUUID().toString();
          addExecution(execution, processInstanceId, 2, processInstanceId, processInstanceId, caseNo, null,
              processDefinitionId, null, processInstanceId, false, 16, 6);
          addExecution(execution, taskExecutionId, 1, null, processInstanceId, null, processInstanceId,
              processDefinitionId, key, activityInstanceId(key), true, 6, 7);
        } else {
          addExecution(execution, processInstanceId, 1, processInstanceId, processInstanceId, caseNo, null,
              processDefinitionId, key, activityInstanceId(key), true, 18, key.equals(SCREEN) ? 3 : 10);
        }

        c = 1;
        task.setString(c++, taskId);
        task.setInt(c++, 1);
        task.setString(c++, taskExecutionId);
        task.setString(c++, processInstanceId);
        task.setString(c++, processDefinitionId);
        task.setString(c++, name);
        task.setString(c++, key);
        task.setString(c++, assignee);      // the screening task's assignee is set by the model at creation
        task.setTimestamp(c++, Timestamp.valueOf(created));
        task.setTimestamp(c++, null);
        task.setTimestamp(c++, due == null ? null : Timestamp.valueOf(due));
        task.setString(c, "Created");
        task.addBatch();

        for (String g : groups) {
          link.setString(1, UUID.randomUUID().toString());
          link.setString(2, g);
          link.setString(3, taskId);
          link.addBatch();
          links++;
        }

        if (n % 1000 == 0 || n == settings.tasks) {
          client.executeBatch();
          caseFile.executeBatch();
          caseProcess.executeBatch();
          execution.executeBatch();
          task.executeBatch();
          link.executeBatch();
          db.commit();
          if (n % 20000 == 0) {
            out("  … %,d tasks", n);
          }
        }
      }
    }
    try (PreparedStatement seq = db.prepareStatement(
        "INSERT INTO number_sequence (name, seq_year, last_number) VALUES (?,?,?)")) {
      for (Map.Entry<String, Integer> e : caseCounter.entrySet()) {
        int dash = e.getKey().lastIndexOf('-');
        seq.setString(1, "case-" + e.getKey().substring(0, dash));
        seq.setInt(2, Integer.parseInt(e.getKey().substring(dash + 1)));
        seq.setInt(3, e.getValue());
        seq.addBatch();
      }
      seq.executeBatch();
    }
    db.commit();
    db.setAutoCommit(true);

    out("Seeded: %,d open tasks (%,d assigned, %,d unassigned; %,d overdue, %,d without due date), %,d candidate links",
        settings.tasks, assigned, settings.tasks - assigned, overdue,
        scalar(db, "SELECT COUNT(*) FROM ACT_RU_TASK WHERE DUE_DATE_ IS NULL"), links);
    out("  by task: %s", perKey);
    StringBuilder by = new StringBuilder();
    for (int i = 0; i < STATIONS.length; i++) {
      by.append(i == 0 ? "" : ", ").append(STATIONS[i]).append(' ').append(perStation[i]);
    }
    out("  by station: %s", by);
  }

  private static void addExecution(PreparedStatement ps, String id, int rev, String rootProcessInstanceId,
                                   String processInstanceId, String businessKey, String parentId,
                                   String processDefinitionId, String activityId, String activityInstanceId,
                                   boolean active, int cachedEntityState, long sequenceCounter) throws SQLException {
    int c = 1;
    ps.setString(c++, id);
    ps.setInt(c++, rev);
    ps.setString(c++, rootProcessInstanceId);
    ps.setString(c++, processInstanceId);
    ps.setString(c++, businessKey);
    ps.setString(c++, parentId);
    ps.setString(c++, processDefinitionId);
    ps.setString(c++, activityId);
    ps.setString(c++, activityInstanceId);
    ps.setInt(c++, active ? 1 : 0);
    ps.setInt(c++, cachedEntityState);
    ps.setLong(c, sequenceCounter);
    ps.addBatch();
  }

  /** As the engine makes them: activity id, colon, id; the bare id when that would exceed 64 characters. */
  private static String activityInstanceId(String activityId) {
    String id = UUID.randomUUID().toString();
    String full = activityId + ":" + id;
    return full.length() > 64 ? id : full;
  }

  private int pickWeighted(int[] weights, int total) {
    int x = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private String chineseName() {
    StringBuilder b = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int len = random.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < len; i++) {
      b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return b.toString();
  }

  /** A well-formed (check digit per GB 11643) but invented resident id number of Chaoyang district. */
  private String idNumber(LocalDate birth, boolean male) {
    int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
    String body = String.format(Locale.ROOT, "110105%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth(), seq);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * w[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static void analyze(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String t : List.of("client", "case_file", "case_process", "ACT_RU_EXECUTION", "ACT_RU_TASK",
          "ACT_RU_IDENTITYLINK")) {
        try (ResultSet rs = st.executeQuery("ANALYZE TABLE " + t)) {
          while (rs.next()) {
            // drain
          }
        }
      }
    }
  }

  private void printEnvironment(Connection db) throws SQLException {
    out("Database: %s; innodb_buffer_pool_size %s MB; query_cache_type %s",
        string(db, "SELECT VERSION()"),
        Long.parseLong(variable(db, "innodb_buffer_pool_size")) / (1024 * 1024), variable(db, "query_cache_type"));
    out("Rows: ACT_RU_TASK %,d, ACT_RU_IDENTITYLINK %,d, ACT_RU_EXECUTION %,d, case_process %,d, case_file %,d, client %,d",
        scalar(db, "SELECT COUNT(*) FROM ACT_RU_TASK"), scalar(db, "SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK"),
        scalar(db, "SELECT COUNT(*) FROM ACT_RU_EXECUTION"), scalar(db, "SELECT COUNT(*) FROM case_process"),
        scalar(db, "SELECT COUNT(*) FROM case_file"), scalar(db, "SELECT COUNT(*) FROM client"));
  }

  // ---------------------------------------------------------------------------------------------------- measuring

  private final class Bench {

    final InboxMapper shipped;
    private final org.socialwork.flow.casework.CaseMapper cases;
    private final TaskService tasks;
    private final SqlSessionFactory sessions;
    private final SqlSessionTemplate template;
    private final Connection db;
    private final StaffMember worker;
    private final StaffMember supervisor;
    private final StaffMember smallStationWorker;
    private final StaffMember mentor;
    private final StaffMember leader;
    private final List<String> visibleTaskIds;
    /** The capabilities' task sources (supervision, meetings, inspections) the inbox adds to its first page. */
    private final List<WorkItemSource> sources;
    private boolean sizesPrinted;

    Bench(ConfigurableApplicationContext context, Connection db) throws SQLException {
      this.shipped = context.getBean(InboxMapper.class);
      this.cases = context.getBean(org.socialwork.flow.casework.CaseMapper.class);
      this.tasks = context.getBean(TaskService.class);
      this.sessions = context.getBean(SqlSessionFactory.class);
      this.template = context.getBean(SqlSessionTemplate.class);
      this.sources = List.copyOf(context.getBeansOfType(WorkItemSource.class).values());
      this.db = db;
      // the groups and the data scope exactly as the application derives them from the person's roles
      StaffDirectory staff = context.getBean(StaffDirectory.class);
      this.worker = staff.find("xbhbl-worker").orElseThrow();
      this.supervisor = staff.find("xbhbl-supervisor").orElseThrow();
      this.smallStationWorker = staff.find("sjl-worker").orElseThrow();
      this.mentor = staff.find("mentor").orElseThrow();
      this.leader = staff.find("leader").orElseThrow();
      // tasks xbhbl-worker may open: some of their own, some of their station's pool
      this.visibleTaskIds = new ArrayList<>();
      try (Statement st = db.createStatement();
           ResultSet rs = st.executeQuery("(SELECT ID_ FROM ACT_RU_TASK WHERE ASSIGNEE_ = 'xbhbl-worker' LIMIT 50) "
               + "UNION ALL (SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ "
               + "WHERE t.ASSIGNEE_ IS NULL AND l.GROUP_ID_ = 'station-xbhbl-worker' LIMIT 50)")) {
        while (rs.next()) {
          visibleTaskIds.add(rs.getString(1));
        }
      }
    }

    /** The proposed statements, loaded from the test resource under their own namespace; null without it. */
    InboxMapper proposed() throws Exception {
      Configuration configuration = sessions.getConfiguration();
      try (InputStream in = InboxBenchmark.class.getClassLoader().getResourceAsStream(PROPOSED_MAPPER)) {
        if (in == null) {
          return shipped; // the proposal has been adopted: InboxMapper.xml holds these statements
        }
        new XMLMapperBuilder(in, configuration, PROPOSED_MAPPER, configuration.getSqlFragments()).parse();
      }
      return (InboxMapper) Proxy.newProxyInstance(InboxMapper.class.getClassLoader(),
          new Class<?>[] {InboxMapper.class}, (proxy, method, args) -> {
            Map<String, Object> parameters = new HashMap<>();
            java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
            for (int i = 0; i < annotations.length; i++) {
              for (java.lang.annotation.Annotation an : annotations[i]) {
                if (an instanceof Param named) {
                  parameters.put(named.value(), args[i]);
                }
              }
            }
            String id = PROPOSED_NS + method.getName();
            if (method.getReturnType() == List.class) {
              return template.selectList(id, parameters);
            }
            if (method.getReturnType() == Optional.class) {
              return Optional.ofNullable(template.selectOne(id, parameters));
            }
            return template.selectOne(id, parameters);
          });
    }

    void round(String label, InboxMapper inbox, boolean withTaskQuery) throws SQLException {
      LocalDateTime now = LocalDateTime.now();
      int[] next = {0};

      out("");
      out("== Round %s ==   (system load average %.1f on %d CPUs)", label,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      if (!sizesPrinted) {
        sizesPrinted = true;
        for (StaffMember m : List.of(worker, supervisor, smallStationWorker, mentor, leader)) {
          out("  %-17s groups %s, scope %s: %,d assigned, %,d unclaimed", m.username(), m.groups(),
              m.districtWide() ? "district-wide" : "stations " + m.stationCodes(),
              shipped.countAssigned(m.username(), m.scope()), shipped.countUnclaimed(m.groups(), m.scope()));
        }
      }

      if (inbox != shipped) {
        compareWithShipped(inbox, now);
      }

      List<Result> results = new ArrayList<>();
      results.add(measure("InboxMapper.findAssigned xbhbl-worker p0",
          () -> inbox.findAssigned(worker.username(), worker.scope(), now, 0, Inbox.PAGE_SIZE).size()));
      results.add(measure("InboxMapper.findAssigned xbhbl-worker p20",
          () -> inbox.findAssigned(worker.username(), worker.scope(), now, 20 * Inbox.PAGE_SIZE, Inbox.PAGE_SIZE)
              .size()));
      results.add(measure("InboxMapper.countAssigned xbhbl-worker",
          () -> inbox.countAssigned(worker.username(), worker.scope())));
      results.add(unclaimed(inbox, "xbhbl-worker p0", worker, now, 0));
      results.add(unclaimed(inbox, "xbhbl-supervisor p0", supervisor, now, 0));
      results.add(unclaimed(inbox, "xbhbl-supervisor p20", supervisor, now, 20));
      results.add(unclaimed(inbox, "sjl-worker p0", smallStationWorker, now, 0));
      results.add(unclaimed(inbox, "sjl-worker p20", smallStationWorker, now, 20));
      results.add(unclaimed(inbox, "mentor p0", mentor, now, 0));
      results.add(unclaimed(inbox, "leader p0", leader, now, 0));
      results.add(measure("InboxMapper.countUnclaimed xbhbl-worker",
          () -> inbox.countUnclaimed(worker.groups(), worker.scope())));
      results.add(measure("InboxMapper.countUnclaimed xbhbl-supervisor",
          () -> inbox.countUnclaimed(supervisor.groups(), supervisor.scope())));
      results.add(measure("InboxMapper.findVisible xbhbl-worker",
          () -> inbox.findVisible(visibleTaskIds.get(next[0]++ % visibleTaskIds.size()), worker.username(),
              worker.groups(), worker.scope()).map(w -> 1).orElse(0)));
      if (inbox != shipped) {
        // the proposal's alternatives for small pools and for the count (not in InboxMapper's interface)
        results.add(few("sjl-worker p0", smallStationWorker, now));
        results.add(few("mentor p0", mentor, now));
        results.add(few("leader p0", leader, now));
        results.add(measure("countUnclaimedUpTo(1000) xbhbl-supervisor",
            () -> template.<Integer>selectOne(PROPOSED_NS + "countUnclaimedUpTo", params("groups",
                supervisor.groups(), "scope", supervisor.scope(), "cap", 1000))));
        results.add(measure("countUnclaimedUpTo(1000) leader",
            () -> template.<Integer>selectOne(PROPOSED_NS + "countUnclaimedUpTo", params("groups",
                leader.groups(), "scope", leader.scope(), "cap", 1000))));
      }
      // what the pages run: the inbox with its count-then-choose logic, and the case list (200 newest, scoped)
      Inbox pages = new Inbox(inbox, java.time.Clock.systemDefaultZone(), sources);
      results.add(measure("Inbox.unclaimed xbhbl-supervisor (count + page)",
          () -> pages.unclaimed(supervisor, 0).items().size()));
      results.add(measure("Inbox.unclaimed leader (count + page)", () -> pages.unclaimed(leader, 0).items().size()));
      results.add(measure("Inbox.mine xbhbl-worker (count + page)", () -> pages.mine(worker, 0).items().size()));
      var any = org.socialwork.flow.casework.CaseFilter.of(null, null, null, null, null);
      results.add(measure("CaseMapper.findCases xbhbl-worker (station)",
          () -> cases.findCases(worker.scope(), any, now, 200).size()));
      results.add(measure("CaseMapper.findCases leader (district)",
          () -> cases.findCases(leader.scope(), any, now, 200).size()));
      results.add(measure("CaseMapper.findCases xbhbl-supervisor overdue",
          () -> cases.findCases(supervisor.scope(), org.socialwork.flow.casework.CaseFilter.of(null, null, null, null,
              true), now, 200).size()));
      results.add(measure("CaseMapper.findCases leader stage=OPENING_REVIEW",
          () -> cases.findCases(leader.scope(), org.socialwork.flow.casework.CaseFilter.of(null, "OPENING_REVIEW",
              null, null, null), now, 200).size()));
      if (withTaskQuery) {
        List<String> wg = List.copyOf(worker.groups());
        List<String> sg = List.copyOf(supervisor.groups());
        results.add(measure("TaskQuery candidateGroupIn(worker) listPage(0,50)",
            () -> tasks.createTaskQuery().taskCandidateGroupIn(wg).listPage(0, 50).size()));
        results.add(measure("TaskQuery candidateGroupIn(supervisor) listPage(0,50)",
            () -> tasks.createTaskQuery().taskCandidateGroupIn(sg).listPage(0, 50).size()));
        results.add(measure("TaskQuery candidateGroupIn(supervisor) count()",
            () -> (int) tasks.createTaskQuery().taskCandidateGroupIn(sg).count()));
        results.add(measure("TaskQuery taskAssignee(xbhbl-worker) listPage(0,50)",
            () -> tasks.createTaskQuery().taskAssignee(worker.username()).listPage(0, 50).size()));
        results.add(measure("TaskQuery taskAssignee(..).orderByDueDate listPage",
            () -> tasks.createTaskQuery().taskAssignee(worker.username()).orderByDueDate().asc()
                .listPage(0, 50).size()));
      }

      out("");
      out("%-54s %5s %8s %8s %8s %6s", "query", "n", "p50 ms", "p95 ms", "max ms", "rows");
      out("%s", "-".repeat(54 + 5 + 8 * 3 + 6 + 5));
      for (Result r : results) {
        out("%-54s %5d %8.1f %8.1f %8.1f %6d", r.name, r.n, r.p50, r.p95, r.max, r.rows);
      }

      String ns = inbox == shipped ? NS : PROPOSED_NS;
      explain(ns, "findUnclaimed", "findUnclaimed (xbhbl-supervisor, page 0)", params("groups", supervisor.groups(),
          "scope", supervisor.scope(), "now", now, "offset", 0, "limit", Inbox.PAGE_SIZE));
      explain(ns, "findAssigned", "findAssigned (xbhbl-worker, page 0)", params("username", worker.username(),
          "scope", worker.scope(), "now", now, "offset", 0, "limit", Inbox.PAGE_SIZE));
      explain(ns, "countUnclaimed", "countUnclaimed (xbhbl-supervisor)",
          params("groups", supervisor.groups(), "scope", supervisor.scope()));
    }

    /** The proposed statements must return the same rows in the same order as the shipped ones. */
    private void compareWithShipped(InboxMapper proposed, LocalDateTime now) {
      int checks = 0;
      List<String> differences = new ArrayList<>();
      for (StaffMember m : List.of(worker, supervisor, smallStationWorker, mentor, leader)) {
        for (int offset : new int[] {0, 7, 50, 1000}) {
          for (int limit : new int[] {Inbox.PAGE_SIZE, 13}) {
            checks += 3;
            if (!shipped.findUnclaimed(m.groups(), m.scope(), now, offset, limit)
                .equals(proposed.findUnclaimed(m.groups(), m.scope(), now, offset, limit))) {
              differences.add("findUnclaimed " + m.username() + " " + offset + "/" + limit);
            }
            if (!shipped.findAssigned(m.username(), m.scope(), now, offset, limit)
                .equals(proposed.findAssigned(m.username(), m.scope(), now, offset, limit))) {
              differences.add("findAssigned " + m.username() + " " + offset + "/" + limit);
            }
            if (!shipped.findUnclaimed(m.groups(), m.scope(), now, offset, limit).equals(template.selectList(
                PROPOSED_NS + "findUnclaimedInSmallPool", params("groups", m.groups(), "scope", m.scope(), "now", now,
                    "offset", offset, "limit", limit)))) {
              differences.add("findUnclaimedInSmallPool " + m.username() + " " + offset + "/" + limit);
            }
          }
        }
        checks += 2;
        if (shipped.countUnclaimed(m.groups(), m.scope()) != proposed.countUnclaimed(m.groups(), m.scope())) {
          differences.add("countUnclaimed " + m.username());
        }
        if (shipped.countAssigned(m.username(), m.scope()) != proposed.countAssigned(m.username(), m.scope())) {
          differences.add("countAssigned " + m.username());
        }
      }
      out("  Same rows in the same order as the shipped statements (5 people, offsets 0/7/50/1000, limits 50/13): "
          + "%d of %d checks%s", checks - differences.size(), checks, differences.isEmpty() ? "" : "; DIFFER: "
          + differences);
    }

    private Result unclaimed(InboxMapper inbox, String who, StaffMember member, LocalDateTime now, int page) {
      return measure("InboxMapper.findUnclaimed " + who, () -> inbox.findUnclaimed(member.groups(), member.scope(),
          now, page * Inbox.PAGE_SIZE, Inbox.PAGE_SIZE).size());
    }

    private Result few(String who, StaffMember member, LocalDateTime now) {
      return measure("findUnclaimedInSmallPool " + who, () -> template.selectList(
          PROPOSED_NS + "findUnclaimedInSmallPool", params("groups", member.groups(), "scope", member.scope(),
              "now", now, "offset", 0, "limit", Inbox.PAGE_SIZE)).size());
    }

    private Result measure(String name, Supplier<Integer> query) {
      int rows = 0;
      for (int i = 0; i < settings.warmup; i++) {
        rows = query.get();
      }
      double[] ms = new double[settings.iterations];
      long budgetEnd = System.nanoTime() + settings.maxSeconds * 1_000_000_000L;
      int n = 0;
      while (n < settings.iterations) {
        long t0 = System.nanoTime();
        rows = query.get();
        ms[n++] = (System.nanoTime() - t0) / 1e6;
        if (System.nanoTime() > budgetEnd && n >= 10) {
          break;
        }
      }
      double[] taken = Arrays.copyOf(ms, n);
      Arrays.sort(taken);
      return new Result(name, n, percentile(taken, 50), percentile(taken, 95), taken[n - 1], rows);
    }

    /** EXPLAIN of the statement exactly as MyBatis binds it for the given parameters. */
    private void explain(String namespace, String statement, String title, Map<String, Object> parameters)
        throws SQLException {
      MappedStatement ms = sessions.getConfiguration().getMappedStatement(namespace + statement);
      BoundSql bound = ms.getBoundSql(parameters);
      out("");
      out("EXPLAIN %s%s:", namespace.equals(NS) ? "" : "proposed ", title);
      out("  %s", bound.getSql().replaceAll("\\s+", " ").trim());
      List<Object> values = new ArrayList<>();
      for (ParameterMapping pm : bound.getParameterMappings()) {
        String property = pm.getProperty();
        values.add(bound.hasAdditionalParameter(property) ? bound.getAdditionalParameter(property)
            : parameters.get(property));
      }
      out("  parameters: %s", values);
      try (PreparedStatement ps = db.prepareStatement("EXPLAIN " + bound.getSql())) {
        ParameterHandler handler = new DefaultParameterHandler(ms, parameters, bound);
        handler.setParameters(ps);
        printResultSet(ps.executeQuery());
      }
    }
  }

  private static Map<String, Object> params(Object... keyValues) {
    // MyBatis' ParamMap for @Param arguments behaves like this map
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private record Result(String name, int n, double p50, double p95, double max, int rows) {
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  private static void printResultSet(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int cols = md.getColumnCount();
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[cols];
    int[] width = new int[cols];
    for (int i = 0; i < cols; i++) {
      header[i] = md.getColumnLabel(i + 1);
      width[i] = header[i].length();
    }
    while (rs.next()) {
      String[] row = new String[cols];
      for (int i = 0; i < cols; i++) {
        row[i] = String.valueOf(rs.getString(i + 1));
        width[i] = Math.max(width[i], row[i].length());
      }
      rows.add(row);
    }
    rs.close();
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < cols; i++) {
      line.append(String.format("%-" + width[i] + "s ", header[i]));
    }
    out("%s", line.toString().stripTrailing());
    for (String[] row : rows) {
      line = new StringBuilder("  ");
      for (int i = 0; i < cols; i++) {
        line.append(String.format("%-" + width[i] + "s ", row[i]));
      }
      out("%s", line.toString().stripTrailing());
    }
  }

  private static long scalar(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String string(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String variable(Connection db, String name) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SHOW VARIABLES LIKE ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(2) : "?";
      }
    }
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  /** Settings from system properties, else environment variables, else defaults; blank counts as unset. */
  private record Settings(String host, int port, String database, String user, String password, int tasks,
                          int iterations, int warmup, int maxSeconds, boolean extraIndexes) {

    static Settings load() {
      return new Settings(
          get("bench.db.host", "DB_HOST", "127.0.0.1"),
          Integer.parseInt(get("bench.db.port", "DB_PORT", "3306")),
          get("bench.db.name", null, "socialwork_bench"),
          get("bench.db.user", "DB_USER", "root"),
          get("bench.db.password", "DB_PASSWORD", ""),
          Integer.parseInt(get("bench.tasks", null, "100000")),
          Integer.parseInt(get("bench.iterations", null, "200")),
          Integer.parseInt(get("bench.warmup", null, "20")),
          Integer.parseInt(get("bench.maxSeconds", null, "60")),
          Boolean.parseBoolean(get("bench.extraIndexes", null, "true")));
    }

    private static String get(String property, String env, String fallback) {
      String v = System.getProperty(property);
      if ((v == null || v.isBlank()) && env != null) {
        v = System.getenv(env);
      }
      return v == null || v.isBlank() ? fallback : v.trim();
    }

    String serverUrl() {
      return "jdbc:mysql://" + host + ":" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
    }

    /**
     * The application's URL form plus nullCatalogMeansCurrent=true: without it Connector/J 8+ answers the
     * engine's "are my tables there?" metadata check with tables of EVERY database on the server, so the
     * engine skips creating its schema here whenever another database (socialwork, say) already has one.
     * The seeding connection alone also rewrites batches into multi-row INSERTs.
     */
    String jdbcUrl(boolean seeding) {
      return "jdbc:mysql://" + host + ":" + port + "/" + database
          + "?characterEncoding=UTF-8&sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true"
          + "&nullCatalogMeansCurrent=true"
          + (seeding ? "&rewriteBatchedStatements=true" : "");
    }
  }
}
