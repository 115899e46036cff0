package org.socialwork.flow.organization;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboarding by import: an Excel workbook (sheets 社工站 and 人员) or a CSV file of one of them. Every row is checked
 * first, by running the whole file through the administration's own rules in a transaction that is rolled back; any
 * problem and nothing is written (not even a job). A valid file becomes a job whose rows are stored, imported in the
 * background in chunks; each chunk and the job's progress commit together, so a job a stopped node leaves behind is
 * resumed where it stood once its lease runs out. Applying a row is an upsert: the same file twice changes nothing.
 *
 * <p>Other modules' imports ({@link ImportKind}, e.g. the care roster) go through the same machinery: one sheet of
 * their columns, their own check and apply per row, the job kept with its kind and station.
 */
@Service
public class ImportJobs {

  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String CHANNEL = "import";
  /** The kind of the organisation's own jobs (stations and people). */
  static final String ORGANIZATION = "organization";
  public static final String STATIONS = "社工站";
  public static final String PEOPLE = "人员";

  /** Column key → header in the template; headers may also be given as the key itself (English). */
  static final Map<String, String> STATION_COLUMNS = ordered("code", "编码", "name", "名称", "community", "社区",
      "kind", "类型", "county", "区县", "demonstration", "示范站");
  static final Map<String, String> PEOPLE_COLUMNS = ordered("username", "用户名", "fullName", "姓名", "phone", "电话",
      "certification", "持证等级", "roles", "角色");
  private static final Map<String, String> KIND_LABELS = Map.of("社区", "community", "村", "village", "乡镇",
      "township", "街道", "street", "服务中心", "centre");
  private static final Map<String, String> CERT_LABELS = Map.of("助理社工师", "ASSISTANT", "社工师", "SOCIAL_WORKER",
      "高级社工师", "SENIOR");
  private static final Map<String, String> ROLE_LABELS = Map.of("社工", "worker", "督导", "supervisor", "导师",
      "mentor", "领导小组", "leader", "管理员", "admin");

  /** A problem of one row: sheet, row number as the user sees it (header is row 1), column header, message. */
  public record Problem(String sheet, int row, String column, FieldMessage message) {
  }

  public static class ImportRejectedException extends RuntimeException {
    private final List<Problem> problems;

    ImportRejectedException(List<Problem> problems) {
      super("import rejected: " + problems.size() + " problem(s)");
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  record ParsedRow(String sheet, int rowNo, Map<String, String> cells) {
  }

  private final ImportMapper jobs;
  private final Map<String, ImportKind> kinds = new LinkedHashMap<>();
  private final OrganizationMapper organization;
  private final OrganizationAdmin admin;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final int chunkSize;
  private final Duration lease;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "import-jobs");
    t.setDaemon(true);
    return t;
  });

  ImportJobs(ImportMapper jobs, OrganizationMapper organization, OrganizationAdmin admin, TransactionTemplate tx,
             Clock clock, @Value("${socialwork.import.chunk-size:50}") int chunkSize,
             @Value("${socialwork.import.lease:PT2M}") Duration lease, List<ImportKind> kinds) {
    kinds.forEach(k -> this.kinds.put(k.name(), k));
    this.jobs = jobs;
    this.organization = organization;
    this.admin = admin;
    this.tx = tx;
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.lease = lease;
  }

  /** Checks every row, stores a valid file as a QUEUED job and starts it in the background. */
  public ImportJob submit(StaffMember actor, String filename, byte[] content) {
    ImportJob job = prepare(actor, filename, content);
    worker.submit(() -> run(job.id(), Integer.MAX_VALUE, true));
    return job;
  }

  public Optional<ImportJob> find(StaffMember actor, String id) {
    OrganizationAdmin.requireReader(actor);
    return jobs.findJob(id).filter(j -> ORGANIZATION.equals(j.kind()));
  }

  public List<ImportJob> recent(StaffMember actor, int limit) {
    OrganizationAdmin.requireReader(actor);
    return jobs.recentJobs(ORGANIZATION, null, limit);
  }

  /** Checks every row of a file of {@code kind} for a station, stores it as a QUEUED job and starts it. */
  public ImportJob submit(ImportKind kind, StaffMember actor, String scope, String filename, byte[] content) {
    ImportJob job = prepare(kind, actor, scope, filename, content);
    worker.submit(() -> run(job.id(), Integer.MAX_VALUE, true));
    return job;
  }

  /** A job of this kind the actor may follow (its station in their scope). */
  public Optional<ImportJob> find(ImportKind kind, StaffMember actor, String id) {
    Collection<String> scopes = kind.followedScopes(actor);
    return jobs.findJob(id).filter(j -> kind.name().equals(j.kind()))
        .filter(j -> scopes == null || scopes.contains(j.scope()));
  }

  /** The newest jobs of this kind of the stations the actor follows. */
  public List<ImportJob> recent(ImportKind kind, StaffMember actor, int limit) {
    Collection<String> scopes = kind.followedScopes(actor);
    if (scopes != null && scopes.isEmpty()) {
      return List.of();
    }
    return jobs.recentJobs(kind.name(), scopes == null ? null : List.copyOf(scopes), limit);
  }

  /**
   * Validates and stores the job without starting it. The job is stored with this node's lease, so the resumer
   * leaves it alone until the caller runs it ({@code owned}) or the lease runs out (this node stopped first).
   */
  ImportJob prepare(StaffMember actor, String filename, byte[] content) {
    return prepare(null, actor, null, filename, content);
  }

  /** As {@link #prepare(StaffMember, String, byte[])} for a kind ({@code null}: the organisation's own import). */
  ImportJob prepare(ImportKind kind, StaffMember actor, String scope, String filename, byte[] content) {
    if (kind == null) {
      OrganizationAdmin.requireAdmin(actor);
    } else {
      kind.requireImporter(actor, scope);
    }
    String name = filename == null || filename.isBlank() ? "import" : filename.trim();
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    List<ParsedRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (kind == null) {
      parse(name, content, rows, problems);
    } else {
      parse(kind, content, rows, problems);
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(new Problem("", 0, "", FieldMessage.of("org.import.empty")));
    }
    if (problems.isEmpty()) {
      problems.addAll(kind == null ? validate(actor, rows) : validate(kind, actor, scope, rows));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    String id = UUID.randomUUID().toString();
    String stored = name;
    tx.executeWithoutResult(s -> {
      LocalDateTime now = LocalDateTime.now(clock);
      jobs.insertJob(id, stored, rows.size(), actor.username(), now, now.plus(lease),
          kind == null ? ORGANIZATION : kind.name(), scope);
      for (int i = 0; i < rows.size(); i++) {
        ParsedRow r = rows.get(i);
        jobs.insertRow(id, i + 1, r.sheet(), r.rowNo(), write(r.cells()));
      }
    });
    return jobs.findJob(id).orElseThrow();
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    // a chunk cut short is rolled back; the job goes on from the last committed chunk when its lease runs out
    worker.shutdownNow();
  }

  /** At start-up and periodically: jobs whose node stopped (lease ran out) are taken up again. */
  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(initialDelayString = "${socialwork.import.resume-every:PT30S}",
      fixedDelayString = "${socialwork.import.resume-every:PT30S}")
  public void resume() {
    for (String id : jobs.resumable(LocalDateTime.now(clock))) {
      worker.submit(() -> run(id, Integer.MAX_VALUE, false));
    }
  }

  /**
   * Runs a job (at most {@code maxRows} rows, for tests that stop midway): {@code owned} when this node stored it
   * and holds its lease, else it is claimed first; false when another node holds it.
   */
  boolean run(String id, int maxRows, boolean owned) {
    LocalDateTime now = LocalDateTime.now(clock);
    if (owned) {
      jobs.advance(id, jobs.findJob(id).orElseThrow().done(), 0, now.plus(lease));
    } else if (jobs.claim(id, now, now.plus(lease)) != 1) {
      return false;
    }
    ImportJob job = jobs.findJob(id).orElseThrow();
    try {
      ImportKind kind = ORGANIZATION.equals(job.kind()) ? null : kinds.get(job.kind());
      if (kind == null && !ORGANIZATION.equals(job.kind())) {
        throw new IllegalStateException("No import kind " + job.kind() + " on this node");
      }
      StaffMember actor = actor(job.startedBy());
      int left = maxRows;
      int done = job.done();
      while (left > 0) {
        List<ImportMapper.StoredRow> chunk = jobs.rowsAfter(id, done, Math.min(chunkSize, left));
        if (chunk.isEmpty()) {
          jobs.finish(id, "DONE", null, LocalDateTime.now(clock));
          return true;
        }
        int last = chunk.get(chunk.size() - 1).seq();
        tx.executeWithoutResult(s -> {
          int changed = 0;
          for (ImportMapper.StoredRow r : chunk) {
            if (kind == null ? apply(actor, r.sheet(), read(r.cells()))
                : kind.apply(actor, job.scope(), read(r.cells()))) {
              changed++;
            }
          }
          jobs.advance(id, last, changed, LocalDateTime.now(clock).plus(lease));
        });
        done = last;
        left -= chunk.size();
      }
      return true;
    } catch (RuntimeException e) {
      log.warn("Import job {} failed", id, e);
      String message = e instanceof FormValidationException f ? f.errors().asMap().toString() : e.getClass()
          .getSimpleName();
      jobs.finish(id, "FAILED", message.length() > 1000 ? message.substring(0, 1000) : message,
          LocalDateTime.now(clock));
      return true;
    }
  }

  // ---- checking ----

  private List<Problem> validate(StaffMember actor, List<ParsedRow> rows) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    tx.executeWithoutResult(status -> {
      for (ParsedRow r : rows) {
        Map<String, String> columns = STATIONS.equals(r.sheet()) ? STATION_COLUMNS : PEOPLE_COLUMNS;
        String keyColumn = STATIONS.equals(r.sheet()) ? "code" : "username";
        String key = r.cells().get(keyColumn);
        if (key != null && !seen.add(r.sheet() + "/" + key)) {
          problems.add(new Problem(r.sheet(), r.rowNo(), columns.get(keyColumn),
              FieldMessage.of("org.import.duplicate", key)));
          continue;
        }
        try {
          apply(actor, r.sheet(), r.cells());
        } catch (FormValidationException e) {
          e.errors().asMap().forEach((field, message) -> problems.add(
              new Problem(r.sheet(), r.rowNo(), columns.getOrDefault(field, field), message)));
        }
      }
      status.setRollbackOnly();
    });
    return problems;
  }

  private List<Problem> validate(ImportKind kind, StaffMember actor, String scope, List<ParsedRow> rows) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, String> columns = kind.columns();
    tx.executeWithoutResult(status -> {
      for (ParsedRow r : rows) {
        String key = kind.duplicateKey(r.cells());
        if (key != null && !seen.add(key)) {
          problems.add(new Problem(r.sheet(), r.rowNo(), columns.get(kind.duplicateColumn()),
              FieldMessage.of(kind.duplicateMessage(), r.cells().get(kind.duplicateColumn()))));
          continue;
        }
        try {
          kind.check(actor, scope, r.cells());
        } catch (FormValidationException e) {
          e.errors().asMap().forEach((field, message) -> problems.add(
              new Problem(r.sheet(), r.rowNo(), columns.getOrDefault(field, field), message)));
        }
      }
      status.setRollbackOnly();
    });
    return problems;
  }

  // ---- applying one row (idempotent) ----

  private boolean apply(StaffMember actor, String sheet, Map<String, String> cells) {
    return STATIONS.equals(sheet) ? applyStation(actor, cells) : applyPerson(actor, cells);
  }

  private boolean applyStation(StaffMember actor, Map<String, String> c) {
    String code = c.get("code");
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("name", c.get("name"));
    in.put("community", c.get("community") != null ? c.get("community") : c.get("name"));
    in.put("kind", label(KIND_LABELS, c.get("kind"), "community"));
    in.put("county", c.get("county"));
    in.put("demonstration", yes(c.get("demonstration")));
    Optional<StationDetails> old = code == null ? Optional.empty() : organization.findStationDetails1(code);
    if (old.isEmpty()) {
      in.put("code", code);
      admin.createStation(actor, in, CHANNEL);
      return true;
    }
    StationDetails s = old.get();
    if (Objects.equals(s.name(), in.get("name")) && Objects.equals(s.community(), in.get("community"))
        && Objects.equals(s.kind(), in.get("kind")) && Objects.equals(s.county(), in.get("county"))
        && s.demonstration() == (Boolean) in.get("demonstration")) {
      return false;
    }
    admin.updateStation(actor, code, in, CHANNEL);
    return true;
  }

  private boolean applyPerson(StaffMember actor, Map<String, String> c) {
    String username = c.get("username");
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("fullName", c.get("fullName"));
    in.put("phone", c.get("phone"));
    in.put("certification", label(CERT_LABELS, c.get("certification"), null));
    List<Map<String, Object>> roles = roles(c.get("roles"));
    in.put("roles", roles);
    Optional<PersonDetails> old = username == null ? Optional.empty() : organization.findPersonDetails(username);
    if (old.isEmpty()) {
      in.put("username", username);
      admin.createPerson(actor, in, CHANNEL);
      return true;
    }
    PersonDetails p = old.get();
    Set<String> oldRoles = new HashSet<>();
    organization.findRoles(username).forEach(r -> oldRoles.add(r.role().name().toLowerCase(Locale.ROOT) + "@"
        + (r.stationCode() == null ? "" : r.stationCode())));
    Set<String> newRoles = new HashSet<>();
    roles.forEach(r -> newRoles.add(r.get("role") + "@" + (r.get("station") == null ? "" : r.get("station"))));
    if (Objects.equals(p.fullName(), in.get("fullName")) && Objects.equals(p.phone(), in.get("phone"))
        && Objects.equals(p.certification(), in.get("certification")) && oldRoles.equals(newRoles)) {
      return false;
    }
    admin.updatePerson(actor, username, in, CHANNEL);
    return true;
  }

  /** "worker@xbhbl; supervisor@xbhbl; mentor" (or 社工@xbhbl …) → [{role, station}]. */
  private static List<Map<String, Object>> roles(String value) {
    List<Map<String, Object>> roles = new ArrayList<>();
    if (value == null) {
      return roles;
    }
    for (String part : value.split("[;；,，\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String[] rs = part.split("@", 2);
      Map<String, Object> r = new LinkedHashMap<>();
      String role = rs[0].trim();
      r.put("role", ROLE_LABELS.getOrDefault(role, role.toLowerCase(Locale.ROOT)));
      if (rs.length > 1 && !rs[1].isBlank()) {
        r.put("station", rs[1].trim());
      }
      roles.add(r);
    }
    return roles;
  }

  private static String label(Map<String, String> labels, String value, String absent) {
    if (value == null) {
      return absent;
    }
    return labels.getOrDefault(value, value);
  }

  private static Object yes(String value) {
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "是", "yes", "true", "1", "y" -> true;
      case "否", "no", "false", "0", "n" -> false;
      default -> value;
    };
  }

  private StaffMember actor(String username) {
    Person p = organization.findPerson(username).orElseThrow();
    return new StaffMember(username, p.fullName(), organization.findRoles(username));
  }

  // ---- files ----

  private static void parse(String filename, byte[] content, List<ParsedRow> rows, List<Problem> problems) {
    boolean excel = content.length > 4 && content[0] == 'P' && content[1] == 'K';
    if (excel) {
      try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
        boolean any = false;
        for (String sheet : List.of(STATIONS, PEOPLE)) {
          Sheet s = wb.getSheet(sheet);
          if (s != null) {
            any = true;
            readSheet(sheet, sheetRows(s), rows, problems);
          }
        }
        if (!any) {
          problems.add(new Problem("", 0, "", FieldMessage.of("org.import.noSheet", STATIONS, PEOPLE)));
        }
      } catch (IOException | RuntimeException e) {
        problems.add(new Problem("", 0, "", FieldMessage.of("org.import.unreadable")));
      }
      return;
    }
    List<List<String>> lines = csv(new String(content, StandardCharsets.UTF_8).replace("\uFEFF", ""));
    if (lines.isEmpty()) {
      return;
    }
    Set<String> header = new HashSet<>(lines.get(0));
    String sheet = header.contains("用户名") || header.contains("username") ? PEOPLE : STATIONS;
    readSheet(sheet, lines, rows, problems);
  }

  /** A kind's file: its sheet of a workbook (else the workbook's first sheet), or a CSV of that sheet. */
  private static void parse(ImportKind kind, byte[] content, List<ParsedRow> rows, List<Problem> problems) {
    boolean excel = content.length > 4 && content[0] == 'P' && content[1] == 'K';
    if (excel) {
      try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
        Sheet s = wb.getSheet(kind.sheet());
        if (s == null && wb.getNumberOfSheets() > 0) {
          s = wb.getSheetAt(0);
        }
        if (s != null) {
          readSheet(kind.sheet(), kind.columns(), kind.requiredColumn(), sheetRows(s), rows, problems);
        }
      } catch (IOException | RuntimeException e) {
        problems.add(new Problem("", 0, "", FieldMessage.of("org.import.unreadable")));
      }
      return;
    }
    List<List<String>> lines = csv(new String(content, StandardCharsets.UTF_8).replace("\uFEFF", ""));
    readSheet(kind.sheet(), kind.columns(), kind.requiredColumn(), lines, rows, problems);
  }

  private static List<List<String>> sheetRows(Sheet s) {
    DataFormatter f = new DataFormatter();
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i <= s.getLastRowNum(); i++) {
      Row row = s.getRow(i);
      List<String> cells = new ArrayList<>();
      if (row != null) {
        for (int j = 0; j < Math.max(row.getLastCellNum(), 0); j++) {
          Cell cell = row.getCell(j);
          cells.add(cell == null ? "" : f.formatCellValue(cell));
        }
      }
      out.add(cells);
    }
    return out;
  }

  private static void readSheet(String sheet, List<List<String>> lines, List<ParsedRow> rows,
                                List<Problem> problems) {
    readSheet(sheet, STATIONS.equals(sheet) ? STATION_COLUMNS : PEOPLE_COLUMNS,
        STATIONS.equals(sheet) ? "code" : "username", lines, rows, problems);
  }

  private static void readSheet(String sheet, Map<String, String> columns, String requiredColumn,
                                List<List<String>> lines, List<ParsedRow> rows, List<Problem> problems) {
    if (lines.isEmpty()) {
      return;
    }
    List<String> header = lines.get(0);
    List<String> keys = new ArrayList<>();
    for (String h : header) {
      String t = h.trim();
      String key = null;
      for (Map.Entry<String, String> c : columns.entrySet()) {
        if (c.getKey().equalsIgnoreCase(t) || c.getValue().equals(t)) {
          key = c.getKey();
        }
      }
      if (key == null && !t.isEmpty()) {
        problems.add(new Problem(sheet, 1, t, FieldMessage.of("org.import.unknownColumn")));
      }
      keys.add(key);
    }
    for (String required : List.of(requiredColumn)) {
      if (!keys.contains(required)) {
        problems.add(new Problem(sheet, 1, columns.get(required), FieldMessage.of("org.import.missingColumn")));
        return;
      }
    }
    for (int i = 1; i < lines.size(); i++) {
      List<String> line = lines.get(i);
      Map<String, String> cells = new LinkedHashMap<>();
      boolean blank = true;
      for (int j = 0; j < keys.size() && j < line.size(); j++) {
        String v = line.get(j) == null ? "" : line.get(j).trim();
        if (keys.get(j) != null && !v.isEmpty()) {
          cells.put(keys.get(j), v);
          blank = false;
        }
      }
      if (!blank) {
        rows.add(new ParsedRow(sheet, i + 1, cells));
      }
    }
  }

  /** RFC 4180 CSV: quoted fields with "" inside, commas, CRLF or LF. */
  static List<List<String>> csv(String text) {
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        line.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line.add(field.toString());
        field.setLength(0);
        lines.add(line);
        line = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !line.isEmpty()) {
      line.add(field.toString());
      lines.add(line);
    }
    return lines;
  }

  /** The template: both sheets with their headers and one example row each. */
  public byte[] template() {
    return workbook(List.of(List.of("xbhbl2", "小班湖北里第二站", "小班湖北里社区", "社区", "朝阳区", "否")),
        List.of(List.of("wang.li", "王丽", "13800000000", "社工师", "worker@xbhbl2"),
            List.of("zhao.min", "赵敏", "", "高级社工师", "supervisor@xbhbl2; mentor")));
  }

  /** A workbook of the two sheets (template, tests, demo data). */
  public static byte[] workbook(List<List<String>> stations, List<List<String>> people) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(wb.createSheet(STATIONS), STATION_COLUMNS, stations);
      fill(wb.createSheet(PEOPLE), PEOPLE_COLUMNS, people);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A workbook of one sheet of a kind: its header and the given rows (templates, tests, demo data). */
  public static byte[] workbook(ImportKind kind, List<List<String>> rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(wb.createSheet(kind.sheet()), kind.columns(), rows);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String csvTemplate(boolean people) {
    return String.join(",", (people ? PEOPLE_COLUMNS : STATION_COLUMNS).values()) + "\r\n";
  }

  private static void fill(Sheet sheet, Map<String, String> columns, List<List<String>> rows) {
    Row header = sheet.createRow(0);
    int j = 0;
    for (String h : columns.values()) {
      header.createCell(j++).setCellValue(h);
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = sheet.createRow(i + 1);
      for (int k = 0; k < rows.get(i).size(); k++) {
        row.createCell(k).setCellValue(rows.get(i).get(k));
      }
    }
    for (int k = 0; k < columns.size(); k++) {
      sheet.setColumnWidth(k, 18 * 256);
    }
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private static String write(Map<String, String> cells) {
    try {
      return JSON.writeValueAsString(cells);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> read(String cells) {
    try {
      return JSON.readValue(cells, new TypeReference<Map<String, String>>() { });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
