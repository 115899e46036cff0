package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.venture.VentureApi.created;
import static org.socialwork.flow.venture.VentureApi.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 签订三方协议 takes a real file: in the task page's own multipart form, or uploaded through the API before the task
 * is completed through /api/tasks. Only PDF, JPG and PNG whose content is what the name says are kept; a wrong file
 * is refused beside the field with nothing stored. The round's officer, the leading group, administrators and the
 * applicant organisation's staff download it; everyone else gets 404, and every download is audited.
 */
@ApplicationTest
class VentureAgreementTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  @Autowired
  RuntimeService runtime;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  VentureApi api;
  String officer;
  String reviewer;
  Map<String, Object> applicant;
  Map<String, Object> otherOrg;
  long round;

  @BeforeEach
  void setUp() {
    api = new VentureApi(port);
    officer = api.person("off", "钱专干", "mentor");
    reviewer = api.person("rev", "孙评审", "mentor");
    applicant = api.organization(VentureApi.unique("金安区协议社工服务中心"), "xbhbl");
    otherOrg = api.organization(VentureApi.unique("裕安区旁观社会工作服务社"), "xbhbl");
    round = created(api.post("leader", "/api/venture/rounds",
        VentureApi.aRound(officer, List.of(reviewer), List.of(), 100000))).get("id").asLong();
  }

  private String login(Map<String, Object> o) {
    return (String) o.get("username");
  }

  /** Submitted, screened, scored, approved and posted: waiting for the signed agreement. */
  private String signing() {
    String no = api.submit(login(applicant), VentureApi.anApplication(round, "xbhbl", "活动物资=9000\n宣传=2000"));
    api.completed(officer, no, "Task_Screen", Map.of("outcome", "pass", "note", "材料齐全，符合申报条件"));
    api.completed(reviewer, no, "Task_Score", Map.of("scores", "need=90, feasible=80, budget=70",
        "comment", "扎根社区，需求明确"));
    api.completed("leader", no, "Task_Determine", Map.of("decision", "approve", "amount", 11000));
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
    assertThat(api.application("leader", no).get("status").asText()).isEqualTo("SIGNING");
    return no;
  }

  private int documents(String no) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM venture_document d JOIN venture_application a"
        + " ON a.id = d.application_id WHERE a.application_no = ? AND d.kind = 'agreement'", Integer.class, no);
  }

  private MockHttpServletResponse download(String path, String username) throws Exception {
    return mvc.perform(get(path).with(Staff.as(directory, username))).andReturn().getResponse();
  }

  @Test
  void theTaskPageTakesTheSignedPdfInItsOwnFormAndRefusesAFakeOne() throws Exception {
    String no = signing();
    String task = api.taskOf(officer, no, "Task_SignAgreement");
    assertThat(Staff.page(mvc, directory, "/tasks/" + task, officer)).contains("enctype=\"multipart/form-data\"")
        .contains("已签署的三方协议")
        // one file, and the browser offers only what is taken
        .contains("<input id=\"agreement\" name=\"agreement\" type=\"file\" accept=\".pdf,.jpg,.jpeg,.png\">");

    // a "PDF" that is not one: 422 with the error beside the field, the date kept, nothing stored
    String signedOn = LocalDate.now().minusDays(1).toString();
    mvc.perform(multipart("/tasks/" + task)
            .file(new MockMultipartFile("agreement", "三方协议.pdf", "application/pdf", "MZ not a pdf".getBytes()))
            .param("signedOn", signedOn).with(Staff.as(directory, officer)).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("id=\"error-agreement\">只接受内容与扩展名相符")))
        .andExpect(content().string(containsString(signedOn)));
    assertThat(documents(no)).isZero();
    // a Word file is no agreement either, whatever its content
    mvc.perform(multipart("/tasks/" + task)
            .file(new MockMultipartFile("agreement", "三方协议.docx", "application/pdf", VentureApi.PDF))
            .param("signedOn", signedOn).with(Staff.as(directory, officer)).with(csrf()))
        .andExpect(status().isUnprocessableEntity());
    // and without any file the task is not done
    mvc.perform(multipart("/tasks/" + task).param("signedOn", signedOn)
            .with(Staff.as(directory, officer)).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("id=\"error-agreement\">请上传已签署的三方协议")));
    assertThat(documents(no)).isZero();
    assertThat(api.application("leader", no).get("status").asText()).isEqualTo("SIGNING");

    mvc.perform(multipart("/tasks/" + task)
            .file(new MockMultipartFile("agreement", "C:\\扫描\\三方协议 " + no + ".pdf", "application/pdf",
                VentureApi.PDF))
            .param("signedOn", signedOn).with(Staff.as(directory, officer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(documents(no)).isEqualTo(1);
    JsonNode a = api.application("leader", no);
    assertThat(a.get("status").asText()).isEqualTo("PAYING");
    assertThat(a.get("agreementFile").asText()).isEqualTo("三方协议 " + no + ".pdf");
    assertThat(a.get("agreementSignedOn").asText()).isEqualTo(signedOn);
    assertThat(a.at("/agreementDocument/size").asLong()).isEqualTo(VentureApi.PDF.length);
    assertThat(a.at("/agreementDocument/uploadedBy/name").asText()).isEqualTo("钱专干");

    // the application page links it for the applicant, and the link gives the very bytes
    String page = Staff.page(mvc, directory, "/venture/applications/" + no, login(applicant));
    assertThat(page).contains("id=\"agreement-download\"", "href=\"/venture/applications/" + no + "/agreement\"");
    MockHttpServletResponse file = download("/venture/applications/" + no + "/agreement", login(applicant));
    assertThat(file.getStatus()).isEqualTo(200);
    assertThat(file.getContentType()).startsWith("application/pdf");
    assertThat(file.getContentAsByteArray()).isEqualTo(VentureApi.PDF);
    assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
    assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void anApiClientUploadsFirstThenCompletesTheTaskThroughTheTaskApi() {
    String no = signing();
    String task = api.taskOf(officer, no, "Task_SignAgreement");
    // completing without a file: 400 naming the field
    ResponseEntity<String> noFile = api.complete(officer, task, Map.of("signedOn", LocalDate.now().toString()));
    assertThat(noFile.getStatusCode().value()).as(noFile.getBody()).isEqualTo(400);
    assertThat(json(noFile).get("errors").has("agreement")).isTrue();

    ResponseEntity<String> fake = api.uploadAgreement(officer, no, "协议.png", VentureApi.PDF);
    assertThat(fake.getStatusCode().value()).as(fake.getBody()).isEqualTo(400);
    assertThat(json(fake).get("errors").has("file")).isTrue();
    assertThat(api.uploadAgreement(officer, no, "协议.exe", VentureApi.PDF).getStatusCode().value()).isEqualTo(400);
    assertThat(api.uploadAgreement(officer, no, "协议.pdf", new byte[0]).getStatusCode().value()).isEqualTo(400);
    // socialwork.venture.max-upload (10MB): one byte more is refused naming the limit
    // (a scan's bytes, not zeros: the MySQL driver escapes each zero byte to two, see docs/venture.md)
    byte[] limit = new byte[10 * 1024 * 1024];
    new java.util.Random(38).nextBytes(limit);
    System.arraycopy(VentureApi.PDF, 0, limit, 0, VentureApi.PDF.length);
    ResponseEntity<String> tooLarge = api.uploadAgreement(officer, no, "协议.pdf",
        java.util.Arrays.copyOf(limit, limit.length + 1));
    assertThat(tooLarge.getStatusCode().value()).as(tooLarge.getBody()).isEqualTo(400);
    assertThat(json(tooLarge).at("/errors/file").asText()).contains("10 MB");
    assertThat(documents(no)).isZero();
    // someone who may not sign it does not even learn it exists
    assertThat(api.uploadAgreement(login(otherOrg), no, "协议.pdf", VentureApi.PDF).getStatusCode().value())
        .isEqualTo(404);
    assertThat(api.uploadAgreement("xbhbl-worker", no, "协议.pdf", VentureApi.PDF).getStatusCode().value())
        .isEqualTo(404);
    assertThat(documents(no)).isZero();

    // the applicant organisation may upload it too (it may take the task), up to the limit exactly
    ResponseEntity<String> up = api.uploadAgreement(login(applicant), no, "三方协议.pdf", limit);
    assertThat(created(up).get("fileName").asText()).isEqualTo("三方协议.pdf");
    ResponseEntity<String> done = api.complete(officer, task, Map.of("signedOn", LocalDate.now().toString()));
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    JsonNode a = api.application(officer, no);
    assertThat(a.get("status").asText()).isEqualTo("PAYING");
    assertThat(a.get("agreementFile").asText()).isEqualTo("三方协议.pdf");
    assertThat(a.at("/agreementDocument/size").asLong()).isEqualTo(limit.length);
    assertThat(api.get(officer, "/api/venture/applications/" + no + "/agreement").getHeaders().getContentLength())
        .isEqualTo(limit.length);
    assertThat(api.taskOf(officer, no, "Task_PayTranche")).isNotBlank();
    // signed: no more uploads
    assertThat(api.uploadAgreement(officer, no, "补充.pdf", VentureApi.PDF).getStatusCode().value()).isEqualTo(409);
    assertThat(documents(no)).isEqualTo(1);
  }

  @Test
  void theOfficerTheLeadingGroupAdminsAndTheApplicantDownloadItEveryoneElseGets404() throws Exception {
    String no = signing();
    // nothing uploaded yet: 404 for everyone, even the officer
    assertThat(api.get(officer, "/api/venture/applications/" + no + "/agreement").getStatusCode().value())
        .isEqualTo(404);
    api.signed(officer, no);
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'VENTURE_AGREEMENT_DOWNLOAD'"
        + " AND subject = ?", Integer.class, no);
    for (String allowed : List.of(officer, "leader", "admin", login(applicant))) {
      ResponseEntity<String> api200 = api.get(allowed, "/api/venture/applications/" + no + "/agreement");
      assertThat(api200.getStatusCode().value()).as(allowed).isEqualTo(200);
      assertThat(api200.getHeaders().getContentType().toString()).startsWith("application/pdf");
      assertThat(download("/venture/applications/" + no + "/agreement", allowed).getStatus()).as(allowed)
          .isEqualTo(200);
      assertThat(api.application(allowed, no).has("agreementDocument")).as(allowed).isTrue();
    }
    // the reviewer, the station's own staff, another station, another organisation: as if there were none
    for (String refused : List.of(reviewer, "xbhbl-worker", "xbhbl-supervisor", "sjl-worker", login(otherOrg))) {
      assertThat(api.get(refused, "/api/venture/applications/" + no + "/agreement").getStatusCode().value())
          .as(refused).isEqualTo(404);
      assertThat(download("/venture/applications/" + no + "/agreement", refused).getStatus()).as(refused)
          .isEqualTo(404);
    }
    // the station's staff read the application, but not the file nor its link
    assertThat(api.application("xbhbl-worker", no).has("agreementDocument")).isFalse();
    assertThat(Staff.page(mvc, directory, "/venture/applications/" + no, "xbhbl-worker"))
        .doesNotContain("id=\"agreement-download\"");
    assertThat(api.get("leader", "/api/venture/applications/WGY-1999-9999/agreement").getStatusCode().value())
        .isEqualTo(404);
    Integer after = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'VENTURE_AGREEMENT_DOWNLOAD'"
        + " AND subject = ?", Integer.class, no);
    assertThat(after - before).isEqualTo(8);
  }

  /**
   * A file within max-upload that the database cannot take in one packet (MariaDB's max_allowed_packet 16MB and
   * a file of zeros, which the driver sends at twice its size): refused naming the field, never 500. H2 takes it.
   */
  @Test
  void aFileTheDatabaseCannotTakeIsRefusedNamingTheFieldNot500() {
    String no = signing();
    byte[] zeros = java.util.Arrays.copyOf(VentureApi.PDF, 10 * 1024 * 1024);
    ResponseEntity<String> up = api.uploadAgreement(officer, no, "扫描件.pdf", zeros);
    assertThat(up.getStatusCode().value()).as(up.getBody()).isIn(201, 400);
    if (up.getStatusCode().value() == 400) {
      assertThat(json(up).at("/errors/file").asText()).contains("10 MB");
      assertThat(documents(no)).isZero();
    } else {
      assertThat(documents(no)).isEqualTo(1);
    }
  }
}
