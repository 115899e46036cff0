package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case opened by a visit's emergency and its target link both ways: the target's page lists the case, the case's
 * page the target and the visit (casework's published CaseLinks, answered by care in the reader's scope).
 */
@ApplicationTest
class CaseLinkTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  @Test
  void theCaseAVisitOpenedAndItsTargetLinkToEachOther() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String name = "个案回链" + Long.toString(System.nanoTime(), 36);
    Map<String, Object> t = CareIntegrationTests.aTarget("xbhbl", "alone", name);
    t.put("idNumber", RosterImportTests.anyIdNumber());
    ResponseEntity<String> created = api.post("xbhbl-worker", "/api/care/targets", t);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    long target = IntakeFlow.json(created).get("id").asLong();
    Map<String, Object> visit = jdbc.queryForMap("SELECT id, process_instance_id FROM care_visit WHERE target_id = ?",
        target);
    Job open = management.createJobQuery().processInstanceId((String) visit.get("process_instance_id"))
        .activityId("Timer_WindowOpens").singleResult();
    management.executeJob(open.getId());
    Map<String, Object> record = CareIntegrationTests.aRecord();
    record.put("emergency", "fall");
    ResponseEntity<String> recorded = api.post("xbhbl-worker", "/api/care/visits/" + visit.get("id") + "/record",
        record);
    assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
    String caseNo = IntakeFlow.json(recorded).get("intakeCaseNo").asText();

    String casePage = Staff.page(mvc, directory, "/cases/" + caseNo, "xbhbl-worker");
    assertThat(casePage).contains("id=\"case-links\"").contains("href=\"/care/targets/" + target + "\"")
        .contains("href=\"/care/visits/" + visit.get("id") + "\"").contains(name);
    assertThat(Staff.page(mvc, directory, "/cases/" + caseNo, "leader")).contains("href=\"/care/targets/" + target);
    String targetPage = Staff.page(mvc, directory, "/care/targets/" + target, "xbhbl-worker");
    assertThat(targetPage).contains("id=\"linked-cases\"").contains("href=\"/cases/" + caseNo + "\"");

    // a case of someone not on the roster has no care links
    String other = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    assertThat(Staff.page(mvc, directory, "/cases/" + other, "xbhbl-worker")).doesNotContain("id=\"case-links\"");
  }
}
