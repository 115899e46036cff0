package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The needs library aggregated from assessments, the resource library, and plans linking resources. */
@ApplicationTest
class LibraryTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  private String page(String path, String username) throws Exception {
    return Staff.page(mvc, staff, path, username);
  }

  @Test
  void needsOfAssessedCasesAreCountedPerCommunityAndAPlanLinksALibraryResource() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", caseNo, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", "xbhbl-worker"));
    Map<String, Object> assessment = new HashMap<>(Map.of("assessedOn", "2026-11-03", "health", "fair",
        "selfCare", "partial", "familySupport", "weak", "socialSupport", "weak", "individualSystem", "行动不便，需助行器",
        "familySystem", "独居，儿子偶尔探望", "socialSystem", "很少出门", "priority", "medium", "summary", "需要助餐和法律咨询"));
    assessment.put("needs", List.of("meal", "legal"));
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_RecordAssessment"), assessment);

    assertThat(page("/library/needs", "xbhbl-supervisor")).contains("西坝河北里社区").contains("法律援助");
    assertThat(page("/library/needs", "leader")).contains("西坝河北里社区");
    assertThat(page("/library/needs", "sjl-supervisor")).doesNotContain("西坝河北里社区");
    mvc.perform(get("/library/needs").with(Staff.as(staff, "xbhbl-worker"))).andExpect(status().isForbidden());

    Long canteen = jdbc.queryForObject("SELECT id FROM resource WHERE name = '西坝河北里社区食堂'", Long.class);
    Long choir = jdbc.queryForObject("SELECT id FROM resource WHERE name = '尚家楼社区合唱团'", Long.class);
    String writePlan = api.taskOf("xbhbl-worker", caseNo, "Task_WritePlan");
    Map<String, Object> plan = new HashMap<>(Map.of("goal", "保障每日用餐", "objective1", "每日送餐", "indicator1",
        "每周 6 次", "deadline1", LocalDate.now().plusMonths(1).toString(), "approach", "链接社区食堂送餐上门"));
    plan.put("resourceLinks", List.of(String.valueOf(choir)));
    assertThat(api.post("xbhbl-worker", "/api/tasks/" + writePlan + "/complete", plan).getBody())
        .as("another station's resource is not an option").contains("resourceLinks");
    plan.put("resourceLinks", List.of(String.valueOf(canteen)));
    Long syjChildren = jdbc.queryForObject("SELECT id FROM project WHERE name = '芍药居片区儿童友好社区项目'", Long.class);
    Long meals = jdbc.queryForObject("SELECT id FROM project WHERE name = '西坝河北里“一老一小”助餐与托管服务'", Long.class);
    plan.put("projectId", String.valueOf(syjChildren));
    assertThat(api.post("xbhbl-worker", "/api/tasks/" + writePlan + "/complete", plan).getBody())
        .as("a project of other stations is not an option").contains("projectId");
    plan.put("projectId", String.valueOf(meals));
    api.complete("xbhbl-worker", writePlan, plan);
    JsonNode file = IntakeFlow.json(api.get("xbhbl-worker", "/api/cases/" + caseNo));
    assertThat(file.at("/plan/linkedResources/0").asText()).isEqualTo("西坝河北里社区食堂");
    assertThat(file.at("/plan/projectName").asText()).isEqualTo("西坝河北里“一老一小”助餐与托管服务");
    assertThat(page("/cases/" + caseNo, "xbhbl-worker")).contains("href=\"/library/projects/" + meals + "\"");
  }

  @Test
  void supervisorsAddResourcesForTheirStationAndWorkersOnlyRead() throws Exception {
    mvc.perform(post("/library/resources").with(Staff.as(staff, "sjl-supervisor")).with(csrf())
            .param("dimension", "place").param("name", "尚家楼社区图书角").param("description", "可借阅老年读物")
            .param("stationCode", "sjl").param("active", "true"))
        .andExpect(status().is3xxRedirection());
    assertThat(page("/library/resources", "sjl-worker")).contains("尚家楼社区图书角");
    assertThat(page("/library/resources", "xbhbl-worker")).doesNotContain("尚家楼社区图书角").contains("太阳宫公园");
    assertThat(page("/library/resources?q=图书", "sjl-worker")).contains("尚家楼社区图书角").doesNotContain("太阳宫公园");

    mvc.perform(post("/library/resources").with(Staff.as(staff, "sjl-worker")).with(csrf())
            .param("dimension", "place").param("name", "未经授权").param("description", "不应保存").param("stationCode", "sjl"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/library/resources").with(Staff.as(staff, "sjl-supervisor")).with(csrf())
            .param("dimension", "place").param("name", "全地区资源").param("description", "督导不能建全地区资源"))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(post("/library/resources").with(Staff.as(staff, "sjl-supervisor")).with(csrf())
            .param("dimension", "place").param("name", "越权资源").param("description", "不能登记到其他站")
            .param("stationCode", "xbhbl"))
        .andExpect(status().isUnprocessableEntity());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resource WHERE name IN ('未经授权', '全地区资源', '越权资源')",
        Integer.class)).isZero();

    Long parkId = jdbc.queryForObject("SELECT id FROM resource WHERE name = '太阳宫公园'", Long.class);
    mvc.perform(get("/library/resources/" + parkId).with(Staff.as(staff, "sjl-supervisor")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/library/resources/" + parkId).with(Staff.as(staff, "leader"))).andExpect(status().isOk());
  }
}
