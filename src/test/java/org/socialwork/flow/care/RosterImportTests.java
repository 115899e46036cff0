package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
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
 * 名册导入 through the organisation's import jobs: a file with any wrong row stores nothing and names every problem by
 * row and column (duplicates in the file and people already on the roster included); a valid file becomes a job
 * whose rows are registered like the form's (client record, target, first visit) with progress; the station's
 * workers and supervisors import, the stations' readers follow, other stations see nothing.
 */
@ApplicationTest
class RosterImportTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  @Autowired
  RosterImport kind;

  String run;

  @BeforeEach
  void setUp() {
    run = Long.toString(System.nanoTime(), 36);
  }

  /** A valid resident ID number nobody else's in this database (random birth date and sequence). */
  static String anyIdNumber() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(365 * 30));
    String first17 = "110105" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
    return first17 + check(first17);
  }

  static char check(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  /** A row of the template's columns: name, ID, phone, address, category, sub-category, tier, consent, worker … */
  static List<String> row(String name, String id, String phone, String category, String sub, String tier,
                          String consent, String worker) {
    return List.of(name, id, phone, "太阳宫北街 3 号院 2-301", category, sub, tier, consent, worker, "", "", "", "", "");
  }

  @Test
  void aWrongFileStoresNothingAndNamesEveryRowAndColumn() {
    String onRosterId = anyIdNumber();
    Map<String, Object> target = CareIntegrationTests.aTarget("xbhbl", "alone", "已在名册" + run);
    target.put("idNumber", onRosterId);
    assertThat(new IntakeFlow(port).post("xbhbl-worker", "/api/care/targets", target).getStatusCode().value())
        .isEqualTo(201);
    String twice = anyIdNumber();
    byte[] file = ImportJobs.workbook(kind, List.of(
        row("好行" + run, anyIdNumber(), "13800138000", "独居老人", "", "", "是", ""),
        row("坏证号" + run, "110105194003120000", "13800138000", "独居老人", "", "", "是", ""),
        row("缺电话" + run, anyIdNumber(), "", "空巢老人", "", "", "是", ""),
        row("坏类别" + run, anyIdNumber(), "13800138000", "外星人", "", "", "是", ""),
        row("重复甲" + run, twice, "13800138000", "独居老人", "", "", "是", ""),
        row("重复乙" + run, twice, "13800138000", "独居老人", "", "", "是", ""),
        row("同意不明" + run, anyIdNumber(), "13800138000", "独居老人", "", "", "也许", ""),
        row("已在名册" + run, onRosterId, "13800138000", "独居老人", "", "", "是", ""),
        row("缺子类" + run, anyIdNumber(), "13800138000", "困境儿童", "", "", "是", ""),
        row("坏社工" + run, anyIdNumber(), "13800138000", "独居老人", "", "", "是", "无此人")));
    ResponseEntity<String> r = upload("xbhbl-worker", "xbhbl", "wrong-" + run + ".xlsx", file);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
    List<String> where = new ArrayList<>();
    IntakeFlow.json(r).get("problems").forEach(p -> {
      where.add(p.get("row").asInt() + ":" + p.get("column").asText());
      assertThat(p.get("problem").asText()).isNotBlank().doesNotStartWith("care.").doesNotStartWith("form.");
    });
    assertThat(where).containsExactlyInAnyOrder("3:身份证号", "4:电话", "5:类别", "7:身份证号", "8:同意探访",
        "9:身份证号", "10:困境儿童子类", "11:责任社工");
    assertThat(r.getBody()).contains("已在本站探访对象名册中").contains("在文件中重复出现");
    // nothing stored: not the good row, not a client record, not a job
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_target WHERE full_name LIKE ?", Integer.class,
        "%" + run)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE full_name = ?", Integer.class, "好行" + run))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_job WHERE filename = ?", Integer.class,
        "wrong-" + run + ".xlsx")).isZero();
  }

  @Test
  void aValidFileIsRegisteredRowByRowAsAJobWithProgress() throws Exception {
    String worker2 = directory.nameOf("xbhbl-worker2");
    byte[] file = ImportJobs.workbook(kind, List.of(
        row("导入老人" + run, anyIdNumber(), "13800138000", "独居老人", "", "", "是", ""),
        row("导入儿童" + run, anyIdNumber(), "13700137000", "困境儿童", "家庭困境", "高风险", "是", worker2),
        row("导入空巢" + run, anyIdNumber(), "13600136000", "empty_nest", "", "key", "否", "xbhbl-worker2")));
    ResponseEntity<String> accepted = upload("xbhbl-worker", "xbhbl", "good-" + run + ".xlsx", file);
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
    assertThat(accepted.getHeaders().getLocation().getPath()).startsWith("/api/care/import/");
    JsonNode job = poll("xbhbl-worker", IntakeFlow.json(accepted).get("id").asText());
    assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
    assertThat(job.get("total").asInt()).isEqualTo(3);
    assertThat(job.get("done").asInt()).isEqualTo(3);
    assertThat(job.get("changed").asInt()).isEqualTo(3);
    assertThat(job.get("percent").asInt()).isEqualTo(100);
    assertThat(job.get("station").asText()).isEqualTo("xbhbl");

    Map<String, Object> elder = jdbc.queryForMap("SELECT * FROM care_target WHERE full_name = ?", "导入老人" + run);
    assertThat(elder.get("tier_code")).isEqualTo("high"); // the category's default
    assertThat(elder.get("worker_username")).isEqualTo("xbhbl-worker"); // the importer, a worker there
    assertThat(elder.get("created_by")).isEqualTo("xbhbl-worker");
    Map<String, Object> child = jdbc.queryForMap("SELECT * FROM care_target WHERE full_name = ?", "导入儿童" + run);
    assertThat(child.get("category")).isEqualTo("child_difficulty");
    assertThat(child.get("sub_category")).isEqualTo("family");
    assertThat(child.get("tier_code")).isEqualTo("high");
    assertThat(child.get("worker_username")).isEqualTo("xbhbl-worker2");
    Map<String, Object> nest = jdbc.queryForMap("SELECT * FROM care_target WHERE full_name = ?", "导入空巢" + run);
    assertThat(nest.get("tier_code")).isEqualTo("key");
    // registered as by the form: a visit planned at once for those who consent, none for the one who does not
    for (Map<String, Object> t : List.of(elder, child)) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_visit WHERE target_id = ? AND status = 'PLANNED'"
          + " AND process_instance_id IS NOT NULL", Integer.class, t.get("id"))).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE id = ?", Integer.class, t.get("client_id")))
          .isEqualTo(1);
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_visit WHERE target_id = ?", Integer.class,
        nest.get("id"))).isZero();

    // the same file again: every row's person is on the roster now, nothing is stored twice
    ResponseEntity<String> again = upload("xbhbl-worker", "xbhbl", "good-" + run + ".xlsx", file);
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(400);
    assertThat(IntakeFlow.json(again).get("problems")).hasSize(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_target WHERE full_name LIKE ?", Integer.class,
        "导入%" + run)).isEqualTo(3);
  }

  @Test
  void aCsvFileOfTheSameColumnsIsImportedToo() throws Exception {
    String csv = "\uFEFF" + String.join(",", RosterImport.COLUMNS.values()) + "\r\n"
        + "CSV老人" + run + "," + anyIdNumber() + ",13800138000,\"太阳宫北街 3 号院, 2-301\",独居老人,,,是,"
        + "xbhbl-worker,,,,,\r\n";
    ResponseEntity<String> accepted = upload("xbhbl-supervisor", "xbhbl", "roster-" + run + ".csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
    JsonNode job = IntakeFlow.json(accepted);
    assertThat(job.get("total").asInt()).isEqualTo(1);
    assertThat(poll("xbhbl-supervisor", job.get("id").asText()).get("status").asText()).isEqualTo("DONE");
    Map<String, Object> t = jdbc.queryForMap("SELECT worker_username, created_by FROM care_target WHERE full_name = ?",
        "CSV老人" + run);
    assertThat(t.get("worker_username")).isEqualTo("xbhbl-worker");
    assertThat(t.get("created_by")).isEqualTo("xbhbl-supervisor");
  }

  @Test
  void theStationsStaffImportItsReadersFollowOtherStationsSeeNothing() throws Exception {
    byte[] file = ImportJobs.workbook(kind, List.of(
        row("权限导入" + run, anyIdNumber(), "13800138000", "独居老人", "", "", "是", "")));
    ResponseEntity<String> other = upload("sjl-worker", "xbhbl", "acc.xlsx", file);
    assertThat(other.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(other).get("errors").has("stationCode")).isTrue();
    for (String refused : List.of("leader", "mentor", "admin")) {
      assertThat(upload(refused, "xbhbl", "acc.xlsx", file).getStatusCode().value()).as(refused).isEqualTo(403);
    }
    ResponseEntity<String> noFile = upload("xbhbl-worker", "xbhbl", "empty.csv", new byte[0]);
    assertThat(noFile.getStatusCode().value()).isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_target WHERE full_name = ?", Integer.class,
        "权限导入" + run)).isZero();

    ResponseEntity<String> accepted = upload("xbhbl-worker", "xbhbl", "acc-" + run + ".xlsx", file);
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
    String path = "/api/care/import/" + IntakeFlow.json(accepted).get("id").asText();
    poll("xbhbl-worker", IntakeFlow.json(accepted).get("id").asText());
    IntakeFlow api = new IntakeFlow(port);
    for (String reader : List.of("xbhbl-worker", "xbhbl-supervisor", "leader", "mentor", "admin")) {
      assertThat(api.get(reader, path).getStatusCode().value()).as(reader).isEqualTo(200);
    }
    assertThat(api.get("sjl-worker", path).getStatusCode().value()).isEqualTo(404);
    // the organisation's import does not know the job, the care import does not know the organisation's
    assertThat(api.get("admin", "/api/admin/import/" + IntakeFlow.json(accepted).get("id").asText())
        .getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("sjl-worker", "/api/care/import/no-such-job").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theTemplateHasTheColumnsAndTwoExampleRows() throws Exception {
    ResponseEntity<byte[]> t = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultHeaders(h -> h.setBasicAuth("xbhbl-worker", "demo")).build()
        .get().uri("/api/care/import/template.xlsx").retrieve().toEntity(byte[].class);
    assertThat(t.getStatusCode().value()).isEqualTo(200);
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(t.getBody()))) {
      Sheet sheet = wb.getSheet(RosterImport.SHEET);
      assertThat(sheet).isNotNull();
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactlyElementsOf(RosterImport.COLUMNS.values());
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void thePageReportsProblemsInPlaceAndShowsTheJobsProgress() throws Exception {
    assertThat(Staff.page(mvc, directory, "/care/import", "xbhbl-worker")).contains("id=\"import-form\"")
        .contains("/api/care/import/template.xlsx");
    assertThat(Staff.page(mvc, directory, "/care/import", "leader")).doesNotContain("id=\"import-form\"");
    assertThat(Staff.page(mvc, directory, "/care/targets", "xbhbl-worker")).contains("href=\"/care/import\"");
    byte[] wrong = ImportJobs.workbook(kind, List.of(
        row("页面好行" + run, anyIdNumber(), "13800138000", "独居老人", "", "", "是", ""),
        row("页面坏行" + run, anyIdNumber(), "12", "独居老人", "", "", "是", "")));
    String report = mvc.perform(multipart("/care/import")
            .file(new MockMultipartFile("file", "wrong.xlsx", "application/octet-stream", wrong))
            .param("stationCode", "xbhbl").with(Staff.as(directory, "xbhbl-worker")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(report).contains("id=\"import-problems\"").contains("<td>3</td>").contains("<td>电话</td>");
    String noStation = mvc.perform(multipart("/care/import")
            .file(new MockMultipartFile("file", "wrong.xlsx", "application/octet-stream", wrong))
            .with(Staff.as(directory, "xbhbl-worker")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(noStation).contains("id=\"error-stationCode\"");

    byte[] good = ImportJobs.workbook(kind, List.of(
        row("页面好行" + run, anyIdNumber(), "13800138000", "独居老人", "", "", "是", "")));
    String location = mvc.perform(multipart("/care/import")
            .file(new MockMultipartFile("file", "good.xlsx", "application/octet-stream", good))
            .param("stationCode", "xbhbl").with(Staff.as(directory, "xbhbl-worker")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/care/import/");
    String page = Staff.page(mvc, directory, location, "xbhbl-supervisor");
    assertThat(page).contains("id=\"import-bar\"").contains("data-status-url=\"/api/care/import/")
        .contains("<script src=\"/js/import-progress.js\" defer></script>");
    assertThat(page.replace("<script src=", "")).doesNotContain("<script>");
    mvc.perform(get(location).with(Staff.as(directory, "sjl-worker"))).andExpect(status().isNotFound());
  }

  private ResponseEntity<String> upload(String username, String station, String filename, byte[] content) {
    return ImportUploads.upload(port, "/api/care/import", username, "demo", station, filename, content);
  }

  private JsonNode poll(String username, String id) throws InterruptedException {
    return ImportUploads.poll(port, "/api/care/import/" + id, username, "demo");
  }
}
