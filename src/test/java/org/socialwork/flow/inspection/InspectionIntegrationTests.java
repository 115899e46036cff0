package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inspection feature end to end through the API and the pages: planning, scoring with evidence, rectification,
 * re-inspection, the overdue escalation with its timer executed, self-checks, scope, uploads, the dashboard and the
 * Excel export, on the shared application context (H2 or MariaDB).
 */
@ApplicationTest
class InspectionIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  @Autowired
  Templates templates;

  InspectionFlow flow;

  @BeforeEach
  void setUp() {
    flow = new InspectionFlow(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static long figure(JsonNode dashboard, String map, String key) {
    JsonNode n = dashboard.get(map).get(key);
    return n == null ? 0 : n.asLong();
  }

  private String page(String path, String username) throws Exception {
    return Staff.page(mvc, staff, path, username);
  }

  @Test
  void leaderPlansInspectorScoresWithAPhotoSupervisorRectifiesAndTheDashboardShowsIt() throws Exception {
    JsonNode before = flow.dashboard("leader");
    String no = flow.plan("leader", "station", "xbhbl", "five-haves", List.of("leader"), 14);
    assertThat(no).matches("JC-\\d{4}-\\d{4}");

    ResponseEntity<String> early = flow.tryComplete("leader", no, "Task_ScoreInspection", Map.of());
    assertThat(early.getStatusCode().value()).isEqualTo(400);
    assertThat(early.getBody()).contains("summary");

    flow.score("leader", no, Map.of(1, 4), "接待区与活动区未分开");
    assertThat(flow.upload("leader", no, "现场照片.png", InspectionFlow.PNG).getStatusCode().value()).isEqualTo(201);
    flow.complete("leader", no, "Task_ScoreInspection", Map.of("summary", "场所基本达标，功能分区需整改"));

    JsonNode inspection = flow.inspection("leader", no);
    assertThat(inspection.at("/inspection/totalScore").decimalValue()).isEqualByComparingTo("94");
    assertThat(inspection.at("/inspection/maxScore").decimalValue()).isEqualByComparingTo("100");
    assertThat(inspection.at("/inspection/passed").asBoolean()).isTrue();
    assertThat(inspection.at("/inspection/status").asText()).isEqualTo("RECTIFYING");
    assertThat(inspection.at("/rectification/deadline").asText()).isEqualTo(LocalDate.now().plusDays(14).toString());
    assertThat(inspection.at("/rectification/notice").asText()).contains("服务场所固定").contains("接待区与活动区未分开");
    assertThat(inspection.at("/evidence/0/fileName").asText()).isEqualTo("现场照片.png");

    assertThat(flow.api.get("sjl-supervisor", "/api/inspections/" + no).getStatusCode().value()).isEqualTo(404);
    assertThat(flow.api.get("sjl-supervisor", "/api/tasks").getBody()).doesNotContain(no);

    ResponseEntity<String> noEvidence = flow.tryComplete("xbhbl-supervisor", no, "Task_SubmitRectification",
        Map.of("report", "已重新划分接待区与活动区"));
    assertThat(noEvidence.getStatusCode().value()).isEqualTo(400);
    assertThat(noEvidence.getBody()).contains("evidence");
    ResponseEntity<String> uploaded = flow.upload("xbhbl-supervisor", no, "整改说明.pdf", InspectionFlow.PDF);
    assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(201);
    assertThat(IntakeFlow.json(uploaded).get("rectificationId").isNull()).isFalse();
    flow.complete("xbhbl-supervisor", no, "Task_SubmitRectification", Map.of("report", "已重新划分接待区与活动区"));
    assertThat(page("/tasks?tab=done", "xbhbl-supervisor")).as("the done tab lists inspection tasks too")
        .contains("href=\"/inspections/" + no + "\"");
    assertThat(flow.inspection("leader", no).at("/inspection/status").asText()).isEqualTo("REINSPECTING");

    ResponseEntity<String> noComment = flow.tryComplete("leader", no, "Task_Reinspect", Map.of("decision", "not_yet"));
    assertThat(noComment.getStatusCode().value()).isEqualTo(400);
    String reinspect = flow.task("leader", no, "Task_Reinspect");
    // the re-inspection shows the notice, the station's report and its evidence (a link for the PDF)
    JsonNode rectification = IntakeFlow.json(flow.api.get("leader", "/api/tasks/" + reinspect)).at("/documents/0");
    assertThat(rectification.get("id").asText()).isEqualTo("doc-rectification");
    assertThat(rectification.toString()).contains("接待区与活动区未分开").contains("已重新划分接待区与活动区")
        .contains("整改说明.pdf");
    assertThat(rectification.at("/attachments").toString()).contains("/inspections/evidence/");
    flow.api.complete("leader", reinspect, Map.of("decision", "accept", "comment", "整改到位"));
    assertThat(flow.api.post("leader", "/api/tasks/" + reinspect + "/complete", Map.of("decision", "accept"))
        .getStatusCode().value()).as("completed meanwhile").isEqualTo(409);
    inspection = flow.inspection("leader", no);
    assertThat(inspection.at("/inspection/status").asText()).isEqualTo("RECTIFIED");
    assertThat(inspection.at("/rectification/status").asText()).isEqualTo("ACCEPTED");

    JsonNode after = flow.dashboard("leader");
    assertThat(figure(after, "inspectionsByStatus", "RECTIFIED"))
        .isEqualTo(figure(before, "inspectionsByStatus", "RECTIFIED") + 1);
    assertThat(figure(after, "inspectionsByType", "station")).isEqualTo(figure(before, "inspectionsByType", "station") + 1);
    JsonNode xbhbl = null;
    for (JsonNode s : after.get("latestScores")) {
      if ("xbhbl".equals(s.get("stationCode").asText())) {
        xbhbl = s;
      }
    }
    assertThat(xbhbl).isNotNull();
    assertThat(xbhbl.get("percent").decimalValue()).isEqualByComparingTo("94.0");

    // the pages: the inspection, its printable report, the dashboard linking to the lists
    assertThat(page("/inspections/" + no, "leader")).contains(no).contains("现场照片.png").contains("整改说明.pdf");
    assertThat(page("/inspections/" + no + "/report", "leader")).contains("94 / 100").contains("接待区与活动区未分开");
    String dashboard = page("/inspections/dashboard", "leader");
    assertThat(dashboard).contains("/inspections?status=RECTIFIED").contains("/inspections/rectifications?open=true")
        .contains("echarts.min.js").contains("\"code\":\"xbhbl\"");
    mvc.perform(get("/inspections/" + no).with(Staff.as(staff, "sjl-worker"))).andExpect(status().isNotFound());

    // evidence: downloadable within the station's scope, as an attachment; not by another station
    Long photo = jdbc.queryForObject("SELECT e.id FROM inspection_evidence e JOIN inspection i ON i.id = e.inspection_id"
        + " WHERE i.inspection_no = ? AND e.file_name = ?", Long.class, no, "现场照片.png");
    MockHttpServletResponse download = mvc.perform(get("/inspections/evidence/" + photo)
        .with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
    assertThat(download.getContentType()).startsWith("image/png");
    assertThat(download.getContentAsByteArray()).isEqualTo(InspectionFlow.PNG);
    mvc.perform(get("/inspections/evidence/" + photo).with(Staff.as(staff, "sjl-worker")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theRectificationReportTakesItsEvidenceInTheFormItself() throws Exception {
    String no = flow.plan("leader", "station", "xbhbl", "five-haves", List.of("leader"), 14);
    flow.score("leader", no, Map.of(1, 4), "接待区与活动区未分开");
    flow.complete("leader", no, "Task_ScoreInspection", Map.of("summary", "功能分区需整改"));
    String task = flow.task("xbhbl-supervisor", no, "Task_SubmitRectification");
    assertThat(page("/tasks/" + task, "xbhbl-supervisor")).contains("enctype=\"multipart/form-data\"")
        .contains("type=\"file\"").contains("name=\"evidence\"")
        .contains("type=\"file\" multiple accept=\".jpg,.jpeg,.png,.pdf,.docx,.xlsx\"");

    // a file that is not what its name says: refused beside the field, the report kept, nothing stored
    mvc.perform(multipart("/tasks/" + task).file(new MockMultipartFile("evidence", "整改照片.png", "image/png",
                "not a picture".getBytes())).param("report", "已重新划分接待区与活动区")
            .with(Staff.as(staff, "xbhbl-supervisor")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"error-evidence\">只接受内容与扩展名相符")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("已重新划分接待区与活动区")));
    assertThat(evidenceOf(no)).isZero();

    mvc.perform(multipart("/tasks/" + task)
            .file(new MockMultipartFile("evidence", "整改后照片.png", "image/png", InspectionFlow.PNG))
            .file(new MockMultipartFile("evidence", "整改说明.pdf", "application/pdf", InspectionFlow.PDF))
            .param("report", "已重新划分接待区与活动区").with(Staff.as(staff, "xbhbl-supervisor")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(evidenceOf(no)).isEqualTo(2);
    assertThat(flow.inspection("leader", no).at("/inspection/status").asText()).isEqualTo("REINSPECTING");
  }

  private int evidenceOf(String no) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM inspection_evidence e JOIN inspection i ON i.id = e.inspection_id"
        + " WHERE i.inspection_no = ? AND e.rectification_id IS NOT NULL", Integer.class, no);
  }

  @Test
  void uploadsAreCheckedByContentSizeAndNameAndOnlyWhileScoringOrRectifying() throws Exception {
    String no = flow.plan("leader", "station", "sjl", "five-haves", List.of("mentor"), 14);
    ResponseEntity<String> fake = flow.upload("mentor", no, "photo.jpg", "MZ this is a program".getBytes());
    assertThat(fake.getStatusCode().value()).isEqualTo(400);
    assertThat(fake.getBody()).contains("evidence.error.type");
    assertThat(flow.upload("mentor", no, "tool.exe", InspectionFlow.PNG).getStatusCode().value()).isEqualTo(400);
    assertThat(flow.upload("mentor", no, "renamed.png", InspectionFlow.PDF).getBody()).contains("evidence.error.type");

    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(InspectionFlow.PNG, 0, big, 0, InspectionFlow.PNG.length);
    ResponseEntity<String> tooLarge = flow.upload("mentor", no, "big.png", big);
    assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
    assertThat(tooLarge.getBody()).contains("evidence.error.tooLarge");
    byte[] exact = java.util.Arrays.copyOf(big, 5 * 1024 * 1024);
    assertThat(flow.upload("mentor", no, "exact.png", exact).getStatusCode().value()).as("at the limit").isEqualTo(201);
    byte[] huge = new byte[26 * 1024 * 1024]; // above spring.servlet.multipart.max-file-size
    ResponseEntity<String> beyondMultipart = flow.upload("mentor", no, "huge.png", huge);
    assertThat(beyondMultipart.getStatusCode().value()).isEqualTo(413);
    assertThat(beyondMultipart.getBody()).contains("upload.tooLarge");

    ResponseEntity<String> traversal = flow.upload("mentor", no, "../../etc/pass<wd>|x.png", InspectionFlow.PNG);
    assertThat(traversal.getStatusCode().value()).as(traversal.getBody()).isEqualTo(201);
    String stored = IntakeFlow.json(traversal).get("fileName").asText();
    assertThat(stored).isEqualTo("pass_wd__x.png");

    assertThat(flow.upload("leader", no, "not-mine.png", InspectionFlow.PNG).getBody())
        .as("not an inspector of this inspection").contains("evidence.error.notNow");
    assertThat(flow.upload("xbhbl-supervisor", no, "other-station.png", InspectionFlow.PNG).getStatusCode().value())
        .as("another station's inspection").isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inspection_evidence e JOIN inspection i"
        + " ON i.id = e.inspection_id WHERE i.inspection_no = ?", Integer.class, no)).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT e.size_bytes FROM inspection_evidence e JOIN inspection i"
        + " ON i.id = e.inspection_id WHERE i.inspection_no = ? AND e.file_name = 'exact.png'", Long.class, no))
        .isEqualTo(5L * 1024 * 1024);
  }

  @Test
  void overdueRectificationEscalatesToTheLeadingGroupWhoExtendOnceThenMarkItFailed() throws Exception {
    String no = flow.plan("leader", "station", "xbhbl", "five-haves", List.of("leader"), 1);
    flow.score("leader", no, Map.of(3, 2, 4, 1), "缺少无障碍设施");
    flow.complete("leader", no, "Task_ScoreInspection", Map.of());
    assertThat(flow.inspection("leader", no).at("/inspection/totalScore").decimalValue()).isEqualByComparingTo("83");

    // the deadline passed three days ago: overdue on the dashboard and the rectification list, by station
    jdbc.update("UPDATE rectification SET deadline = ? WHERE inspection_id = (SELECT id FROM inspection WHERE"
        + " inspection_no = ?)", LocalDate.now().minusDays(3), no);
    JsonNode overdue = null;
    for (JsonNode r : IntakeFlow.json(flow.api.get("leader", "/api/rectifications?overdue=true&station=xbhbl&size=200"))
        .get("items")) {
      if (no.equals(r.get("inspectionNo").asText())) {
        overdue = r;
      }
    }
    assertThat(overdue).isNotNull();
    assertThat(overdue.get("daysOverdue").asLong()).isEqualTo(3);
    JsonNode dashboard = flow.dashboard("leader");
    assertThat(dashboard.get("overdue").findValuesAsText("inspectionNo")).contains(no);
    JsonNode station = null;
    for (JsonNode s : dashboard.get("rectificationsByStation")) {
      if ("xbhbl".equals(s.get("stationCode").asText())) {
        station = s;
      }
    }
    assertThat(station.get("maxDaysOverdue").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(page("/inspections/rectifications?overdue=true&size=200", "leader")).contains(no);
    assertThat(page("/inspections/rectifications?overdue=true&station=xbhbl&size=200", "leader")).contains(no);
    assertThat(page("/inspections/rectifications?overdue=true&station=sjl&size=200", "leader")).doesNotContain(no);
    assertThat(page("/inspections/dashboard", "leader"))
        .contains("href=\"/inspections/rectifications?overdue=true&station=xbhbl\" data-figure=\"station-days-xbhbl\"");
    assertThat(page("/inspections/" + no, "leader")).contains("id=\"days-overdue\"").contains("逾期 3 天");

    // the engine's timer: due at the end of the deadline day; executed once the clock has passed it
    String pid = jdbc.queryForObject("SELECT process_instance_id FROM inspection WHERE inspection_no = ?",
        String.class, no);
    fireOverdueTimer(pid);
    assertThat(flow.api.get("xbhbl-supervisor", "/api/tasks").getBody()).doesNotContain("Task_SubmitRectification\",\"processKey\":\"project-inspection\",\"businessKey\":\"" + no);
    ResponseEntity<String> noDate = flow.tryComplete("leader", no, "Task_DecideOverdueRectification",
        Map.of("decision", "extend", "reason", "场地改造需要时间"));
    assertThat(noDate.getStatusCode().value()).isEqualTo(400);
    assertThat(noDate.getBody()).contains("newDeadline");
    flow.complete("leader", no, "Task_DecideOverdueRectification", Map.of("decision", "extend",
        "newDeadline", LocalDate.now().plusDays(10).toString(), "reason", "场地改造需要时间"));
    JsonNode extended = flow.inspection("leader", no).get("rectification");
    assertThat(extended.get("extended").asBoolean()).isTrue();
    assertThat(extended.get("deadline").asText()).isEqualTo(LocalDate.now().plusDays(10).toString());
    flow.task("xbhbl-supervisor", no, "Task_SubmitRectification");

    fireOverdueTimer(pid);
    ResponseEntity<String> again = flow.tryComplete("leader", no, "Task_DecideOverdueRectification",
        Map.of("decision", "extend", "newDeadline", LocalDate.now().plusDays(20).toString(), "reason", "再延期"));
    assertThat(again.getStatusCode().value()).as("extended only once").isEqualTo(400);
    assertThat(again.getBody()).contains("decision");
    flow.complete("leader", no, "Task_DecideOverdueRectification", Map.of("decision", "fail", "reason", "逾期未整改"));
    JsonNode failed = flow.inspection("leader", no);
    assertThat(failed.at("/inspection/status").asText()).isEqualTo("FAILED");
    assertThat(failed.at("/rectification/status").asText()).isEqualTo("FAILED");
  }

  private void fireOverdueTimer(String pid) {
    Job timer = management.createJobQuery().processInstanceId(pid).timers().singleResult();
    assertThat(timer).isNotNull();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    management.executeJob(timer.getId());
    ClockUtil.reset();
  }

  @Test
  void aStationFilesASelfCheckThatTheLeadingGroupReviews() throws Exception {
    Map<String, Object> wrong = Map.of("inspectionType", "station", "stationCode", "xbhbl", "templateCode",
        "five-haves", "plannedOn", LocalDate.now().toString(), "rectificationDays", 30);
    ResponseEntity<String> refused = flow.api.post("xbhbl-supervisor", "/api/processes/project-inspection/start", wrong);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("inspectionType");
    assertThat(flow.api.post("xbhbl-worker", "/api/processes/project-inspection/start", wrong).getStatusCode().value())
        .isEqualTo(403);

    String no = flow.plan("xbhbl-supervisor", "self_check", "xbhbl", "five-haves", List.of(), 30);
    flow.score("xbhbl-supervisor", no, Map.of(5, 6), "制度未上墙");
    flow.complete("xbhbl-supervisor", no, "Task_ScoreInspection", Map.of("summary", "制度待完善"));
    JsonNode review = flow.inspection("leader", no);
    assertThat(review.at("/inspection/status").asText()).isEqualTo("REVIEW");
    assertThat(review.at("/rectification/status").asText()).isEqualTo("OPEN");
    // the reviewer sees the station's score sheet beside the form: the item marked, its score, the finding, the total
    JsonNode reviewTask = IntakeFlow.json(flow.api.get("leader", "/api/tasks/"
        + flow.task("leader", no, "Task_ReviewSelfCheck")));
    JsonNode sheet = reviewTask.get("documents").get(0);
    assertThat(sheet.get("id").asText()).isEqualTo("doc-self-check");
    assertThat(sheet.toString()).contains("制度未上墙").contains("需整改").contains("得分");
    ResponseEntity<String> noReason = flow.tryComplete("leader", no, "Task_ReviewSelfCheck", Map.of("decision", "return"));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    flow.complete("leader", no, "Task_ReviewSelfCheck", Map.of("decision", "return", "comment", "请补充制度上墙照片"));
    flow.score("xbhbl-supervisor", no, Map.of(), null);
    flow.complete("xbhbl-supervisor", no, "Task_ScoreInspection", Map.of("summary", "已补充，自查全部达标"));
    flow.complete("leader", no, "Task_ReviewSelfCheck", Map.of("decision", "confirm"));
    JsonNode done = flow.inspection("xbhbl-supervisor", no);
    assertThat(done.at("/inspection/status").asText()).isEqualTo("CLOSED");
    assertThat(done.at("/inspection/totalScore").decimalValue()).isEqualByComparingTo("100");
    assertThat(done.get("rectification").isNull()).as("the first scoring's notice is withdrawn").isTrue();
  }

  @Test
  void aTemplateEditedAfterAnInspectionDoesNotChangeThatInspection() throws Exception {
    restoreSeededProjectReview();
    try {
      aTemplateEditedAfterAnInspection();
    } finally {
      restoreSeededProjectReview();
    }
  }

  /**
   * Saves project-review's seeded content (version 1: six items, threshold 70) as a new version when the latest
   * differs, so the template test starts from the seed again when the suite runs twice on one database.
   */
  private void restoreSeededProjectReview() throws Exception {
    InspectionTemplate seed = templates.versions("project-review").stream().filter(t -> t.version() == 1)
        .findFirst().orElseThrow();
    InspectionTemplate latest = templates.latest("project-review");
    String seedLines = Templates.asLines(templates.items(seed.id()));
    if (latest.name().equals(seed.name()) && latest.passThreshold().compareTo(seed.passThreshold()) == 0
        && Templates.asLines(templates.items(latest.id())).equals(seedLines)) {
      return;
    }
    mvc.perform(post("/inspections/templates/project-review").with(Staff.as(staff, "admin")).with(csrf())
        .param("name", seed.name()).param("passThreshold", seed.passThreshold().stripTrailingZeros().toPlainString())
        .param("items", seedLines)).andExpect(status().is3xxRedirection());
  }

  private void aTemplateEditedAfterAnInspection() throws Exception {
    String no = flow.plan("leader", "mid_term", "sjl", "project-review", List.of("mentor"), 30);
    flow.score("mentor", no, Map.of(1, 10), "进度滞后两个月");
    flow.complete("mentor", no, "Task_ScoreInspection", Map.of());
    JsonNode first = flow.inspection("leader", no);
    assertThat(first.at("/inspection/totalScore").decimalValue()).isEqualByComparingTo("90");
    assertThat(first.at("/inspection/passed").asBoolean()).isTrue();
    int version = first.at("/inspection/templateVersion").asInt();

    mvc.perform(post("/inspections/templates/project-review").with(Staff.as(staff, "leader")).with(csrf())
        .param("name", "x").param("passThreshold", "1").param("items", "a | b | 1")).andExpect(status().isForbidden());
    mvc.perform(post("/inspections/templates/project-review").with(Staff.as(staff, "admin")).with(csrf())
        .param("name", "项目中期/年度检查").param("passThreshold", "95")
        .param("items", "项目执行 | 进度符合计划 | 50\n目标与成效 | 指标完成情况 | 50")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/inspections/templates/project-review").with(Staff.as(staff, "admin")).with(csrf())
        .param("name", "坏模板").param("passThreshold", "500").param("items", "缺少满分的一行"))
        .andExpect(status().isUnprocessableEntity());
    assertThat(page("/inspections/templates/project-review", "leader")).contains("v" + (version + 1))
        .contains("指标完成情况");

    JsonNode unchanged = flow.inspection("leader", no);
    assertThat(unchanged.at("/inspection/templateVersion").asInt()).isEqualTo(version);
    assertThat(unchanged.get("items").size()).isEqualTo(6);
    assertThat(unchanged.at("/inspection/totalScore").decimalValue()).isEqualByComparingTo("90");
    assertThat(unchanged.get("passThreshold").decimalValue()).isEqualByComparingTo("70");

    String next = flow.plan("leader", "annual", "sjl", "project-review", List.of("mentor"), 30);
    JsonNode revised = flow.inspection("leader", next);
    assertThat(revised.at("/inspection/templateVersion").asInt()).isEqualTo(version + 1);
    assertThat(revised.get("items").size()).isEqualTo(2);
    flow.score("mentor", next, Map.of(1, 45), "指标偏低");
    flow.complete("mentor", next, "Task_ScoreInspection", Map.of());
    JsonNode failed = flow.inspection("leader", next);
    assertThat(failed.at("/inspection/totalScore").decimalValue()).isEqualByComparingTo("95");
    assertThat(failed.at("/inspection/passed").asBoolean()).isTrue();
    assertThat(failed.at("/inspection/status").asText()).as("a flagged item still needs rectification")
        .isEqualTo("RECTIFYING");
  }

  @Test
  void scoresOutsideTheItemRangeAreRefusedAndOnlyTheInspectorScores() throws Exception {
    String no = flow.plan("leader", "station", "xbhbl", "five-haves", List.of("mentor"), 30);
    long item = flow.inspection("mentor", no).at("/items/0/itemId").asLong();
    ResponseEntity<String> tooHigh = flow.api.post("mentor", "/api/inspections/" + no + "/scores",
        Map.of("score_" + item, 11));
    assertThat(tooHigh.getStatusCode().value()).isEqualTo(400);
    assertThat(tooHigh.getBody()).contains("score_" + item);
    assertThat(flow.api.post("leader", "/api/inspections/" + no + "/scores", Map.of("score_" + item, 5))
        .getStatusCode().value()).as("the leader is not an inspector here").isEqualTo(403);
  }

  @Test
  void theExcelExportNeutralisesFormulasAndReadsBack() throws Exception {
    String no = flow.plan("leader", "station", "sjl", "five-haves", List.of("leader"), 30);
    flow.score("leader", no, Map.of(2, 5), "=HYPERLINK(\"http://evil\",\"点击\")");
    flow.complete("leader", no, "Task_ScoreInspection", Map.of("summary", "+SUM(1,2)"));

    byte[] xlsx = mvc.perform(get("/inspections/export.xlsx").with(Staff.as(staff, "leader")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet results = wb.getSheetAt(0);
      Row row = findRow(results, no);
      assertThat(row).isNotNull();
      Cell summary = row.getCell(10);
      assertThat(summary.getCellType()).isEqualTo(CellType.STRING);
      assertThat(summary.getStringCellValue()).startsWith("'").contains("+SUM(1,2)");
      assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(95.0);
      for (Sheet sheet : wb) {
        for (Row r : sheet) {
          for (Cell c : r) {
            assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      Row rectification = findRow(wb.getSheetAt(1), no);
      assertThat(rectification.getCell(2).getStringCellValue()).contains("=HYPERLINK");
    }
    assertThat(org.socialwork.flow.system.SpreadsheetCells.neutralise("=1+1")).isEqualTo("'=1+1");
    assertThat(org.socialwork.flow.system.SpreadsheetCells.neutralise("-2")).isEqualTo("'-2");
    assertThat(org.socialwork.flow.system.SpreadsheetCells.neutralise("@cmd")).isEqualTo("'@cmd");
    assertThat(org.socialwork.flow.system.SpreadsheetCells.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(org.socialwork.flow.system.SpreadsheetCells.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(org.socialwork.flow.system.SpreadsheetCells.neutralise("正常文本")).isEqualTo("正常文本");

    byte[] ofStation = mvc.perform(get("/inspections/export.xlsx").with(Staff.as(staff, "xbhbl-supervisor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ofStation))) {
      assertThat(findRow(wb.getSheetAt(0), no)).as("another station's inspection is not exported").isNull();
    }
  }

  private static Row findRow(Sheet sheet, String no) {
    for (Row r : sheet) {
      if (r.getCell(0) != null && no.equals(r.getCell(0).getStringCellValue())) {
        return r;
      }
    }
    return null;
  }

  @Test
  void aDemonstrationRoundRanksTheStationsAndTheDecisionMarksTheChosenOne() throws Exception {
    mvc.perform(post("/inspections/rounds").with(Staff.as(staff, "leader")).with(csrf())
            .param("name", "2026 年度示范站评选").param("stationCodes", "syj1", "syj2").param("inspectors", "mentor")
            .param("plannedOn", LocalDate.now().toString()))
        .andExpect(status().is3xxRedirection());
    Long round = jdbc.queryForObject("SELECT MAX(id) FROM demonstration_round", Long.class);
    JsonNode entries = IntakeFlow.json(flow.api.get("leader", "/api/inspections?round=" + round)).get("items");
    assertThat(entries.size()).isEqualTo(2);
    String syj1 = null;
    String syj2 = null;
    for (JsonNode e : entries) {
      if ("syj1".equals(e.get("station").asText())) {
        syj1 = e.get("inspectionNo").asText();
      } else {
        syj2 = e.get("inspectionNo").asText();
      }
    }
    flow.score("mentor", syj1, Map.of(1, 5, 7, 2), "场所偏小");
    flow.score("mentor", syj2, Map.of(1, 14), "—");
    flow.complete("mentor", syj1, "Task_ScoreInspection", Map.of());
    flow.complete("mentor", syj2, "Task_ScoreInspection", Map.of());
    assertThat(flow.inspection("leader", syj2).at("/inspection/status").asText())
        .as("a selection issues no rectification").isEqualTo("CLOSED");

    String ranking = page("/inspections/rounds/" + round, "leader");
    assertThat(ranking.indexOf("data-station=\"syj2\"")).isLessThan(ranking.indexOf("data-station=\"syj1\""));
    mvc.perform(post("/inspections/rounds/" + round + "/decision").with(Staff.as(staff, "mentor")).with(csrf())
        .param("chosen", "syj2").param("decision", "x")).andExpect(status().isForbidden());
    mvc.perform(post("/inspections/rounds/" + round + "/decision").with(Staff.as(staff, "leader")).with(csrf())
            .param("chosen", "syj2").param("decision", "经专家研讨，芍药居二得分最高，授予示范站"))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.queryForObject("SELECT demonstration FROM station WHERE code = 'syj2'", Boolean.class)).isTrue();
    assertThat(jdbc.queryForObject("SELECT demonstration FROM station WHERE code = 'syj1'", Boolean.class)).isFalse();
    assertThat(jdbc.queryForObject("SELECT awarded_on FROM demonstration_award WHERE round_id = ? AND station_code = 'syj2'",
        java.sql.Date.class, round).toLocalDate()).isEqualTo(LocalDate.now());
    assertThat(page("/inspections/rounds/" + round, "leader")).contains("经专家研讨");
  }

  @Test
  void theProjectLibraryIsEditedBySupervisorsForTheirStationAndReadInScope() throws Exception {
    // names of this run's own, so the suite runs again on the same database (a name is looked up once)
    String run = Long.toString(System.currentTimeMillis(), 36);
    String children = "尚家楼儿童课后服务" + run;
    String jointName = "两站联合助老项目" + run;
    mvc.perform(post("/library/projects").with(Staff.as(staff, "sjl-supervisor")).with(csrf())
            .param("name", children).param("category", "elderly_children").param("stationCodes", "sjl")
            .param("periodStart", "2026-01-01").param("periodEnd", "2026-12-31").param("targets", "服务 40 名儿童")
            .param("responsibleOrg", "太阳宫地区社会工作服务中心").param("status", "running").param("budget", "50000"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/library/projects").with(Staff.as(staff, "sjl-supervisor")).with(csrf())
            .param("name", "越权项目").param("category", "other").param("stationCodes", "sjl", "xbhbl")
            .param("periodStart", "2026-01-01").param("periodEnd", "2026-12-31").param("targets", "x")
            .param("responsibleOrg", "x").param("status", "running"))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(post("/library/projects").with(Staff.as(staff, "sjl-worker")).with(csrf())
            .param("name", "x")).andExpect(status().isForbidden());
    assertThat(page("/library/projects?size=200", "sjl-worker")).contains(children).contains("社区治理能力提升");
    assertThat(page("/library/projects?size=200", "xbhbl-worker")).doesNotContain(children);
    Long id = jdbc.queryForObject("SELECT id FROM project WHERE name = ?", Long.class, children);
    mvc.perform(get("/library/projects/" + id).with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isNotFound());

    // a project run at two stations: read at both, edited by the district only
    mvc.perform(post("/library/projects").with(Staff.as(staff, "leader")).with(csrf())
            .param("name", jointName).param("category", "elderly_children").param("stationCodes", "sjl", "xbhbl")
            .param("periodStart", "2026-01-01").param("periodEnd", "2026-12-31").param("targets", "两站共同服务 80 名老人")
            .param("responsibleOrg", "太阳宫地区社会工作服务中心").param("status", "running"))
        .andExpect(status().is3xxRedirection());
    Long joint = jdbc.queryForObject("SELECT id FROM project WHERE name = ?", Long.class, jointName);
    assertThat(page("/library/projects?size=200", "xbhbl-worker")).contains(jointName);
    assertThat(page("/library/projects?size=200", "sjl-worker")).contains(jointName);
    assertThat(page("/library/projects?size=200", "nwm-worker")).doesNotContain(jointName);
    assertThat(page("/library/projects/" + joint, "sjl-supervisor")).contains("尚家楼").contains("西坝河北里")
        .doesNotContain("id=\"project-form\"");
    mvc.perform(post("/library/projects/" + joint).with(Staff.as(staff, "sjl-supervisor")).with(csrf())
        .param("name", "改名")).andExpect(status().isNotFound());
    JsonNode viaApi = IntakeFlow.json(flow.api.get("xbhbl-worker", "/api/projects/" + joint));
    assertThat(viaApi.get("stations").findValuesAsText("stationCode")).containsExactly("sjl", "xbhbl");
    assertThat(viaApi.get("districtWide").asBoolean()).isFalse();
    assertThat(flow.api.get("nwm-worker", "/api/projects/" + joint).getStatusCode().value()).isEqualTo(404);
    assertThat(IntakeFlow.json(flow.api.get("nwm-worker", "/api/projects")).findValuesAsText("name"))
        .contains("太阳宫地区社区治理能力提升项目").doesNotContain(jointName);

    Map<String, Object> form = new java.util.HashMap<>(Map.of("inspectionType", "mid_term", "stationCode", "xbhbl",
        "templateCode", "project-review", "plannedOn", LocalDate.now().toString(), "rectificationDays", 30,
        "projectId", String.valueOf(id)));
    form.put("inspectors", List.of("mentor"));
    ResponseEntity<String> wrongStation = flow.api.post("leader", "/api/processes/project-inspection/start", form);
    assertThat(wrongStation.getStatusCode().value()).isEqualTo(400);
    assertThat(wrongStation.getBody()).contains("projectId");
    form.put("stationCode", "sjl");
    ResponseEntity<String> ok = flow.api.post("leader", "/api/processes/project-inspection/start", form);
    assertThat(ok.getStatusCode().value()).isEqualTo(201);
    assertThat(page("/inspections?project=" + id, "leader")).contains(IntakeFlow.json(ok).get("businessKey").asText());
  }

  @Test
  void theDashboardCountsCaseworkPerStationAndLinksToTheList() throws Exception {
    long openBefore = figure(flow.dashboard("leader"), "openCasesByStation", "xbhbl");
    IntakeFlow intake = new IntakeFlow(port);
    String caseNo = intake.register("xbhbl-worker", org.socialwork.flow.Fixtures.anIntake("xbhbl"));
    JsonNode after = flow.dashboard("leader");
    assertThat(figure(after, "openCasesByStation", "xbhbl")).isEqualTo(openBefore + 1);
    assertThat(flow.dashboard("sjl-supervisor").get("openCasesByStation").has("xbhbl")).isFalse();
    assertThat(page("/inspections/dashboard/cases?station=xbhbl", "leader")).contains(caseNo);

    long overdueBefore = figure(after, "overdueCaseTasksByStation", "xbhbl");
    jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE PROC_INST_ID_ IN (SELECT cp.process_instance_id FROM"
        + " case_process cp JOIN case_file c ON c.id = cp.case_id WHERE c.case_no = ?)",
        java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusDays(2)), caseNo);
    assertThat(figure(flow.dashboard("leader"), "overdueCaseTasksByStation", "xbhbl")).isEqualTo(overdueBefore + 1);
    assertThat(page("/inspections/dashboard/cases?overdue=true&station=xbhbl", "leader")).contains(caseNo);
  }

  @Test
  void theTrendShowsEachStationsMeanScorePerMonth() throws Exception {
    String earlier = flow.plan("leader", "station", "tyg", "five-haves", List.of("leader"), 30);
    flow.score("leader", earlier, Map.of(1, 0, 2, 0), "场所未落实");
    flow.complete("leader", earlier, "Task_ScoreInspection", Map.of());
    String later = flow.plan("leader", "station", "tyg", "five-haves", List.of("leader"), 30);
    flow.score("leader", later, Map.of(), null);
    flow.complete("leader", later, "Task_ScoreInspection", Map.of());
    LocalDate twoMonthsAgo = LocalDate.now().minusMonths(2).withDayOfMonth(1);
    jdbc.update("UPDATE inspection SET planned_on = ? WHERE inspection_no = ?", twoMonthsAgo, earlier);

    JsonNode dashboard = flow.dashboard("leader");
    String thatMonth = twoMonthsAgo.toString().substring(0, 7);
    String thisMonth = LocalDate.now().toString().substring(0, 7);
    assertThat(dashboard.at("/trendByStation/tyg/" + thatMonth).decimalValue()).isEqualByComparingTo("80.0");
    assertThat(dashboard.at("/trendByStation/tyg/" + thisMonth).decimalValue()).isEqualByComparingTo("100.0");
    List<String> months = new java.util.ArrayList<>();
    dashboard.get("trendMonths").forEach(m -> months.add(m.asText()));
    assertThat(months).contains(thatMonth, thisMonth).isSorted();
    JsonNode latest = null;
    for (JsonNode st : dashboard.get("latestScores")) {
      if ("tyg".equals(st.get("stationCode").asText())) {
        latest = st;
      }
    }
    assertThat(latest.get("percent").decimalValue()).as("the latest inspection").isEqualByComparingTo("100.0");
  }
}
