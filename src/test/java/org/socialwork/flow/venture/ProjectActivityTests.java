package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.venture.VentureApi.created;
import static org.socialwork.flow.venture.VentureApi.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * 实施阶段的活动记录: the funded organisation records its activities (day, title, participants, volunteer hours,
 * photos) on a project being implemented; they are listed on the application, counted in the mid-term report and, for
 * a project of the five-force linkage, bring their volunteer hours to the station's figures. Bad input is refused
 * naming the field with nothing stored; outside implementation 409; others' staff 404.
 */
@ApplicationTest
class ProjectActivityTests {

  static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  VentureApi api;
  String org;
  String no;

  /** A project of a new xbhbl organisation approved with ¥9,000, posted, signed today, tranche 1 paid. */
  @BeforeEach
  void implementing() {
    api = new VentureApi(port);
    Map<String, Object> o = api.organization(VentureApi.unique("金安区活动社工服务中心"), "xbhbl");
    org = (String) o.get("username");
    long round = created(api.post("leader", "/api/venture/rounds",
        VentureApi.aRound("leader", List.of("mentor"), List.of(), 100000))).get("id").asLong();
    no = api.submit(org, VentureApi.anApplication(round, "xbhbl", "活动物资=9000"));
    api.completed("leader", no, "Task_Screen", Map.of("outcome", "pass", "note", "材料齐全，符合申报条件"));
    api.completed("mentor", no, "Task_Score", Map.of("scores", "need=90, feasible=80, budget=70", "comment", "需求明确"));
    api.completed("leader", no, "Task_Determine", Map.of("decision", "approve", "amount", 9000));
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
    api.signed("leader", no);
    api.completed("leader", no, "Task_PayTranche", Map.of("amount", 4500, "paidOn", LocalDate.now().toString(),
        "voucher", VentureApi.unique("记-")));
    assertThat(api.application(org, no).get("status").asText()).isEqualTo("IMPLEMENTING");
  }

  private ResponseEntity<String> record(String username, Map<String, String> fields, Map<String, byte[]> files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    fields.forEach(parts::add);
    files.forEach((name, content) -> parts.add("files", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    String password = username.equals(org) ? VentureApi.PASSWORD : "demo";
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
        .defaultHeaders(h -> h.setBasicAuth(username, password)).build()
        .post().uri("/api/venture/applications/" + no + "/activities")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
  }

  private static Map<String, String> anActivity(String title, int participants, String hours) {
    return hours == null
        ? Map.of("heldOn", LocalDate.now().toString(), "title", title, "participants", String.valueOf(participants),
            "content", "上门探访独居老人，测量血压")
        : Map.of("heldOn", LocalDate.now().toString(), "title", title, "participants", String.valueOf(participants),
            "volunteerHours", hours, "content", "志愿者结对陪伴");
  }

  @Test
  void theOrganisationRecordsActivitiesWithPhotosAndTheMidTermReportCountsThem() throws Exception {
    long id = created(record(org, anActivity("银龄健康讲座", 35, "12.5"),
        Map.of("讲座现场.png", PNG, "签到表.pdf", VentureApi.PDF))).get("id").asLong();
    created(record("leader", anActivity("入户探访", 8, null), Map.of()));

    JsonNode a = api.application(org, no);
    assertThat(a.get("activityFigures").get("activities").asLong()).isEqualTo(2);
    assertThat(a.get("activityFigures").get("participants").asLong()).isEqualTo(43);
    assertThat(a.get("activityFigures").get("volunteerHours").decimalValue()).isEqualByComparingTo("12.5");
    JsonNode first = null;
    for (JsonNode v : a.get("projectActivities")) {
      if (v.get("id").asLong() == id) {
        first = v;
      }
    }
    assertThat(first).isNotNull();
    assertThat(first.get("files")).extracting(f -> f.get("fileName").asText())
        .containsExactlyInAnyOrder("讲座现场.png", "签到表.pdf");
    String href = first.get("files").get(0).get("href").asText();
    mvc.perform(get(href).with(Staff.as(directory, "xbhbl-worker"))).andExpect(status().isOk());
    mvc.perform(get(href).with(Staff.as(directory, org))).andExpect(status().isOk());
    mvc.perform(get(href).with(Staff.as(directory, "sjl-worker"))).andExpect(status().isNotFound());

    // the station's staff read the activities, record none; another station's staff see nothing
    assertThat(record("xbhbl-worker", anActivity("越权", 1, null), Map.of()).getStatusCode().value()).isEqualTo(404);
    assertThat(record("sjl-worker", anActivity("越权", 1, null), Map.of()).getStatusCode().value()).isEqualTo(404);

    api.completed(org, no, "Task_MidTermReport", Map.of("content", "已完成讲座 1 场、探访 8 户，资金使用符合预算",
        "activityLog", "见活动记录"));
    JsonNode report = api.application("leader", no).get("reports").get(0);
    assertThat(report.get("activityCount").asInt()).isEqualTo(2);
    assertThat(report.get("participantCount").asInt()).isEqualTo(43);
    assertThat(report.get("volunteerHours").decimalValue()).isEqualByComparingTo("12.5");

    // the five-force linkage counts the project's volunteer hours for xbhbl
    BigDecimal before = hoursOfXbhbl();
    created(api.post("xbhbl-worker", "/api/linkage/linkages", Map.of("kind", "venture", "ref", no,
        "forces", List.of("organization", "volunteer"))));
    assertThat(hoursOfXbhbl().subtract(before)).isEqualByComparingTo("12.5");
  }

  private BigDecimal hoursOfXbhbl() {
    for (JsonNode s : json(api.get("xbhbl-supervisor", "/api/linkage?period=month")).get("stations")) {
      if (s.get("station").asText().equals("xbhbl")) {
        return s.get("volunteerHours").decimalValue();
      }
    }
    throw new AssertionError("no xbhbl row");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    int activities = jdbc.queryForObject("SELECT COUNT(*) FROM venture_activity", Integer.class);
    int documents = jdbc.queryForObject("SELECT COUNT(*) FROM venture_document", Integer.class);
    ResponseEntity<String> refused = record(org, Map.of("heldOn", LocalDate.now().plusDays(1).toString(),
        "participants", "3.5", "volunteerHours", "-2"), Map.of("照片.jpg", "not a jpeg".getBytes(StandardCharsets.UTF_8)));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    List<String> fields = new java.util.ArrayList<>();
    json(refused).get("errors").fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("heldOn", "title", "participants", "volunteerHours", "files");
    assertThat(record(org, Map.of("heldOn", LocalDate.now().minusYears(1).toString(), "title", "签约前",
        "participants", "5"), Map.of()).getStatusCode().value()).isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_activity", Integer.class)).isEqualTo(activities);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_document", Integer.class)).isEqualTo(documents);

    // a project not being implemented takes no activity record
    String posting = FundedProjectFixture.funded(port, "xbhbl");
    ResponseEntity<String> early = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
        .defaultHeaders(h -> h.setBasicAuth("leader", "demo")).build()
        .post().uri("/api/venture/applications/" + posting + "/activities")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(new LinkedMultiValueMap<>(Map.of("title", List.of("早"))))
        .retrieve().toEntity(String.class);
    assertThat(early.getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void theApplicationPageTakesTheFormWithPhotosAndShowsErrorsInPlace() throws Exception {
    String html = mvc.perform(multipart("/venture/applications/" + no + "/activities")
            .file(new MockMultipartFile("files", "照片.png", "image/png", "no png".getBytes(StandardCharsets.UTF_8)))
            .param("title", "社区议事会").param("participants", "20").with(csrf()).with(Staff.as(directory, org)))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("id=\"error-heldOn\"").contains("id=\"error-files\"").contains("value=\"社区议事会\"")
        .contains("id=\"activity-form\"");

    mvc.perform(multipart("/venture/applications/" + no + "/activities")
            .file(new MockMultipartFile("files", "现场.png", "image/png", PNG))
            .param("heldOn", LocalDate.now().toString()).param("title", "社区议事会").param("participants", "20")
            .with(csrf()).with(Staff.as(directory, org)))
        .andExpect(redirectedUrl("/venture/applications/" + no));
    String page = Staff.page(mvc, directory, "/venture/applications/" + no, "xbhbl-worker");
    assertThat(page).contains("社区议事会").contains("现场.png").doesNotContain("id=\"activity-form\"");
    assertThat(Staff.page(mvc, directory, "/venture/applications/" + no, org)).contains("id=\"activity-form\"");
  }
}
