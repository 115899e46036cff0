package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.ImportUploads;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.ImportJobs;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

/**
 * 志愿者导入 through the organisation's import jobs: a file with any wrong row (bad ID number, missing name, the same ID
 * twice, a volunteer registered already) stores nothing and names every problem by row and column; a valid file
 * becomes a job whose rows are registered as by the staff form, at the chosen station, with progress; the station's
 * workers and supervisors import, other stations see nothing, a volunteer's or an organisation's login is refused.
 */
@ApplicationTest
class VolunteerImportTests {

  static final String OWN_PASSWORD = "Import2026volunteer";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  @Autowired
  VolunteerImport kind;

  String run;

  @BeforeEach
  void setUp() {
    run = Long.toString(System.nanoTime(), 36);
  }

  static String anyIdNumber() {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    return Fixtures.idNumber(birth.format(DateTimeFormatter.BASIC_ISO_DATE));
  }

  /** A row of the template's columns: name, ID, phone, skills, available times, consent, referrer. */
  static List<String> row(String name, String id, String phone, String skills, String consent) {
    return List.of(name, id, phone, skills, "周末上午", consent, "");
  }

  @Test
  void aWrongFileStoresNothingAndNamesEveryRowAndColumn() {
    String registeredId = anyIdNumber();
    Map<String, Object> existing = new HashMap<>(Map.of("fullName", "已登记" + run, "idNumber", registeredId,
        "phone", "13900139000", "stationCode", "xbhbl", "skills", List.of("陪伴"), "consent", true));
    assertThat(new IntakeFlow(port).post("xbhbl-worker", "/api/volunteers", existing).getStatusCode().value())
        .isEqualTo(201);
    String twice = anyIdNumber();
    byte[] file = ImportJobs.workbook(kind, List.of(
        row("好行" + run, anyIdNumber(), "13800138000", "急救", "是"),
        row("坏证号" + run, "110105194003120000", "13800138000", "急救", "是"),
        row("", anyIdNumber(), "13800138000", "急救", "是"),
        row("缺手机" + run, anyIdNumber(), "12", "急救", "是"),
        row("重复甲" + run, twice, "13800138000", "急救", "是"),
        row("重复乙" + run, twice, "13800138000", "急救", "是"),
        row("未同意" + run, anyIdNumber(), "13800138000", "急救", "否"),
        row("已登记" + run, registeredId, "13800138000", "急救", "是")));
    ResponseEntity<String> r = upload("xbhbl-worker", "demo", "xbhbl", "wrong-" + run + ".xlsx", file);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
    List<String> where = new ArrayList<>();
    IntakeFlow.json(r).get("problems").forEach(p -> {
      where.add(p.get("row").asInt() + ":" + p.get("column").asText());
      assertThat(p.get("problem").asText()).isNotBlank().doesNotStartWith("volunteer.").doesNotStartWith("form.");
    });
    assertThat(where).containsExactlyInAnyOrder("3:身份证号", "4:姓名", "5:手机号", "7:身份证号", "8:同意保存档案",
        "9:身份证号");
    assertThat(r.getBody()).contains("在文件中重复出现");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer WHERE full_name LIKE ?", Integer.class,
        "%" + run)).isEqualTo(1); // only the one registered by the API beforehand
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_job WHERE filename = ?", Integer.class,
        "wrong-" + run + ".xlsx")).isZero();
  }

  @Test
  void aValidFileRegistersEveryRowAtTheStationAsAJobWithProgress() throws Exception {
    String first = anyIdNumber();
    byte[] file = ImportJobs.workbook(kind, List.of(
        row("导入甲" + run, first, "13800138000", "急救、陪伴", "是"),
        row("导入乙" + run, anyIdNumber(), "13700137000", "文艺,心理疏导", "yes"),
        row("导入丙" + run, anyIdNumber(), "13600136000", "", "同意")));
    ResponseEntity<String> accepted = upload("xbhbl-supervisor", "demo", "xbhbl", "good-" + run + ".xlsx", file);
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
    assertThat(accepted.getHeaders().getLocation().getPath()).startsWith("/api/volunteers/import/");
    JsonNode job = poll("xbhbl-supervisor", IntakeFlow.json(accepted).get("id").asText());
    assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
    assertThat(job.get("total").asInt()).isEqualTo(3);
    assertThat(job.get("changed").asInt()).isEqualTo(3);
    assertThat(job.get("percent").asInt()).isEqualTo(100);
    assertThat(job.get("station").asText()).isEqualTo("xbhbl");

    List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM volunteer WHERE full_name LIKE ?"
        + " ORDER BY volunteer_no", "导入%" + run);
    assertThat(rows).hasSize(3);
    for (Map<String, Object> v : rows) {
      assertThat(v.get("station_code")).isEqualTo("xbhbl");
      assertThat(v.get("volunteer_no").toString()).startsWith("ZY-xbhbl-");
      assertThat(v.get("registered_by")).isEqualTo("xbhbl-supervisor");
      assertThat(v.get("username")).isNull(); // an import makes no logins
    }
    Map<String, Object> a = jdbc.queryForMap("SELECT * FROM volunteer WHERE full_name = ?", "导入甲" + run);
    assertThat(a.get("id_number")).isEqualTo(first);
    assertThat(a.get("skills")).isEqualTo("急救,陪伴");
    assertThat(a.get("birth_month")).isEqualTo(first.substring(6, 10) + "-" + first.substring(10, 12));
    assertThat(jdbc.queryForObject("SELECT skills FROM volunteer WHERE full_name = ?", String.class, "导入乙" + run))
        .isEqualTo("文艺,心理疏导");

    // the same file again: every row's person is a volunteer now, nothing is stored twice
    ResponseEntity<String> again = upload("xbhbl-worker", "demo", "xbhbl", "good-" + run + ".xlsx", file);
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(400);
    assertThat(IntakeFlow.json(again).get("problems")).hasSize(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer WHERE full_name LIKE ?", Integer.class,
        "导入%" + run)).isEqualTo(3);
  }

  @Test
  void aCsvFileOfTheSameColumnsIsImportedToo() throws Exception {
    String csv = "\uFEFF" + String.join(",", VolunteerImport.COLUMNS.values()) + "\r\n"
        + "CSV志愿者" + run + "," + anyIdNumber() + ",13800138000,\"急救,陪伴\",周末,是,\r\n";
    ResponseEntity<String> accepted = upload("xbhbl-worker", "demo", "xbhbl", "v-" + run + ".csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
    assertThat(poll("xbhbl-worker", IntakeFlow.json(accepted).get("id").asText()).get("status").asText())
        .isEqualTo("DONE");
    assertThat(jdbc.queryForObject("SELECT skills FROM volunteer WHERE full_name = ?", String.class,
        "CSV志愿者" + run)).isEqualTo("急救,陪伴");
  }

  @Test
  void theStationsStaffImportOtherStationsSeeNothingVolunteersAndOrganisationsAreRefused() throws Exception {
    byte[] file = ImportJobs.workbook(kind, List.of(row("权限导入" + run, anyIdNumber(), "13800138000", "急救", "是")));
    ResponseEntity<String> other = upload("sjl-worker", "demo", "xbhbl", "acc.xlsx", file);
    assertThat(other.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(other).get("errors").has("stationCode")).isTrue();
    for (String refused : List.of("leader", "mentor", "admin")) {
      assertThat(upload(refused, "demo", "xbhbl", "acc.xlsx", file).getStatusCode().value()).as(refused)
          .isEqualTo(403);
    }
    String volunteerLogin = volunteerLogin();
    String organisationLogin = organisationLogin();
    for (String refused : List.of(volunteerLogin, organisationLogin)) {
      assertThat(upload(refused, OWN_PASSWORD, "xbhbl", "acc.xlsx", file).getStatusCode().value()).as(refused)
          .isEqualTo(403);
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer WHERE full_name = ?", Integer.class,
        "权限导入" + run)).isZero();

    ResponseEntity<String> accepted = upload("xbhbl-worker", "demo", "xbhbl", "acc-" + run + ".xlsx", file);
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
    String id = IntakeFlow.json(accepted).get("id").asText();
    poll("xbhbl-worker", id);
    String path = "/api/volunteers/import/" + id;
    for (String reader : List.of("xbhbl-worker", "xbhbl-supervisor", "leader", "admin")) {
      assertThat(call(reader, "demo").get().uri(path).retrieve().toBodilessEntity().getStatusCode().value())
          .as(reader).isEqualTo(200);
    }
    assertThat(call("sjl-worker", "demo").get().uri(path).retrieve().toBodilessEntity().getStatusCode().value())
        .isEqualTo(404);
    for (String refused : List.of(volunteerLogin, organisationLogin)) {
      int code = call(refused, OWN_PASSWORD).get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
      assertThat(code).as(refused).isIn(403, 404);
    }
    // the care import does not know a volunteer job
    assertThat(call("xbhbl-worker", "demo").get().uri("/api/care/import/" + id).retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(404);
    mvc.perform(get("/volunteer/import/" + id).with(Staff.as(directory, "sjl-worker")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theTemplateHasTheColumnsAndTwoValidExampleRows() throws Exception {
    byte[] body = call("xbhbl-worker", "demo").get().uri("/api/volunteers/import/template.xlsx").retrieve()
        .body(byte[].class);
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(body))) {
      Sheet sheet = wb.getSheet(VolunteerImport.SHEET);
      assertThat(sheet).isNotNull();
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactlyElementsOf(VolunteerImport.COLUMNS.values());
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
    for (List<String> example : kind.exampleRows()) {
      assertThat(org.socialwork.flow.form.ResidentIdNumber.parse(example.get(1), LocalDate.now())).isPresent();
    }
  }

  @Test
  void thePageReportsProblemsInPlaceAndShowsTheJobsProgress() throws Exception {
    assertThat(Staff.page(mvc, directory, "/volunteer/import", "xbhbl-worker")).contains("id=\"import-form\"")
        .contains("/api/volunteers/import/template.xlsx").contains("姓名、身份证号、手机号");
    assertThat(Staff.page(mvc, directory, "/volunteer/import", "leader")).doesNotContain("id=\"import-form\"");
    assertThat(Staff.page(mvc, directory, "/volunteer/volunteers", "xbhbl-worker"))
        .contains("href=\"/volunteer/import\"");
    byte[] wrong = ImportJobs.workbook(kind, List.of(
        row("页面好行" + run, anyIdNumber(), "13800138000", "急救", "是"),
        row("页面坏行" + run, "123", "13800138000", "急救", "是")));
    String report = mvc.perform(multipart("/volunteer/import")
            .file(new MockMultipartFile("file", "wrong.xlsx", "application/octet-stream", wrong))
            .param("stationCode", "xbhbl").with(Staff.as(directory, "xbhbl-worker")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(report).contains("id=\"import-problems\"").contains("<td>3</td>").contains("<td>身份证号</td>");
    String noStation = mvc.perform(multipart("/volunteer/import")
            .file(new MockMultipartFile("file", "wrong.xlsx", "application/octet-stream", wrong))
            .with(Staff.as(directory, "xbhbl-worker")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(noStation).contains("id=\"error-stationCode\"");

    byte[] good = ImportJobs.workbook(kind, List.of(row("页面好行" + run, anyIdNumber(), "13800138000", "急救", "是")));
    String location = mvc.perform(multipart("/volunteer/import")
            .file(new MockMultipartFile("file", "good.xlsx", "application/octet-stream", good))
            .param("stationCode", "xbhbl").with(Staff.as(directory, "xbhbl-worker")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/volunteer/import/");
    String page = Staff.page(mvc, directory, location, "xbhbl-supervisor");
    assertThat(page).contains("id=\"import-bar\"").contains("data-status-url=\"/api/volunteers/import/")
        .contains("<script src=\"/js/import-progress.js\" defer></script>");
    assertThat(page.replace("<script src=", "")).doesNotContain("<script>");
  }

  /** A volunteer of xbhbl with a login of their own (registered with a password by the station's worker). */
  private String volunteerLogin() {
    Map<String, Object> v = new HashMap<>(Map.of("fullName", "导入登录" + run, "idNumber", anyIdNumber(),
        "phone", "13900139000", "stationCode", "xbhbl", "skills", List.of("陪伴"), "consent", true,
        "password", OWN_PASSWORD));
    ResponseEntity<String> r = new IntakeFlow(port).post("xbhbl-worker", "/api/volunteers", v);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return IntakeFlow.json(r).get("username").asText();
  }

  /** A person whose only role is the district's organisation role (a social organisation's login). */
  private String organisationLogin() {
    String username = "vimp" + run;
    Map<String, Object> p = new HashMap<>(Map.of("username", username, "fullName", "导入机构职员" + run,
        "phone", "13800138000", "certification", "SOCIAL_WORKER", "password", OWN_PASSWORD,
        "roles", List.of(Map.of("role", "organization"))));
    ResponseEntity<String> r = new IntakeFlow(port).post("admin", "/api/admin/people", p);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return username;
  }

  private RestClient call(String username, String password) {
    return ImportUploads.client(port, username, password);
  }

  private ResponseEntity<String> upload(String username, String password, String station, String filename,
                                        byte[] content) {
    return ImportUploads.upload(port, "/api/volunteers/import", username, password, station, filename, content);
  }

  private JsonNode poll(String username, String id) throws InterruptedException {
    return ImportUploads.poll(port, "/api/volunteers/import/" + id, username, "demo");
  }
}
