package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The inspection pages render for each role, in Chinese and English, and show only what the role may see. */
@ApplicationTest
class InspectionPageTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @LocalServerPort
  int port;

  private String page(String path, String username) throws Exception {
    return Staff.page(mvc, staff, path, username);
  }

  @Test
  void everyInspectionPageRendersInBothLanguages() throws Exception {
    for (String lang : List.of("zh_CN", "en")) {
      for (String path : List.of("/inspections", "/inspections/rectifications", "/inspections/rectifications?open=true",
          "/inspections/dashboard", "/inspections/rounds", "/inspections/templates", "/inspections/templates/five-haves",
          "/inspections/templates/demonstration", "/library/projects", "/start/project-inspection",
          "/inspections/dashboard/cases", "/inspections/dashboard/cases?overdue=true")) {
        page(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, "leader");
      }
    }
    assertThat(page("/inspections/templates/five-haves", "leader")).contains("有场所").contains("有人员")
        .doesNotContain("template-form");
    assertThat(page("/inspections/templates/five-haves", "admin")).contains("template-form");
    assertThat(page("/inspections/templates/demonstration", "leader")).contains("社区书记的领导力").contains("精准谋划项目");
    assertThat(page("/inspections/dashboard?lang=en", "leader")).contains("Leading group dashboard");
    assertThat(page("/tasks", "leader")).contains("nav-inspections");
    for (String missing : List.of("/inspections/JC-1999-0001", "/inspections/JC-1999-0001/report",
        "/inspections/templates/no-such", "/inspections/rounds/999999", "/inspections/evidence/999999",
        "/library/projects/999999")) {
      mvc.perform(get(missing).with(Staff.as(staff, "leader"))).andExpect(status().isNotFound());
    }
  }

  @Test
  void theStartFormOffersTheLeadingGroupEveryStationAndASupervisorOnlyTheirOwn() throws Exception {
    String leader = page("/start/project-inspection", "leader");
    assertThat(leader).contains("value=\"xbhbl\"").contains("value=\"sjl\"").contains("value=\"mentor\"")
        .contains("value=\"five-haves\"").contains("value=\"demonstration\"");
    String supervisor = page("/start/project-inspection", "xbhbl-supervisor");
    assertThat(supervisor).contains("value=\"xbhbl\"").doesNotContain("value=\"sjl\"");
    mvc.perform(get("/start/project-inspection").with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theStartFormOffersASupervisorOnlyTheProjectsTheLibraryShowsThem() throws Exception {
    assertThat(page("/start/project-inspection", "leader")).contains("芍药居片区儿童友好社区项目")
        .contains("西坝河北里“一老一小”助餐与托管服务");
    // the 芍药居 project runs at syj1-4 only: not in 西坝河北里's library, so not in its supervisor's form either
    assertThat(page("/library/projects", "xbhbl-supervisor")).doesNotContain("芍药居片区儿童友好社区项目");
    assertThat(page("/start/project-inspection", "xbhbl-supervisor")).contains("西坝河北里“一老一小”助餐与托管服务")
        .doesNotContain("芍药居片区儿童友好社区项目");
  }

  @Test
  void anInspectorSeesTheScoreSheetAndTheTaskPageLinksBackToTheInspection() throws Exception {
    InspectionFlow flow = new InspectionFlow(port);
    String no = flow.plan("leader", "station", "nwm", "five-haves", List.of("mentor", "leader"), 30);
    String sheet = page("/inspections/" + no, "mentor");
    assertThat(sheet).contains("id=\"score-sheet\"").contains("score_");
    assertThat(page("/inspections/" + no, "nwm-supervisor"))
        .doesNotContain("id=\"score-sheet\"");
    String taskId = flow.task("mentor", no, "Task_ScoreInspection");
    String task = page("/tasks/" + taskId, "mentor");
    assertThat(task).contains("href=\"/inspections/" + no + "\"").contains("社工站“五有”标准");
    assertThat(page("/tasks", "mentor")).contains("data-task=\"" + taskId + "\"")
        .as("the inspection number leads to the inspection").contains("href=\"/inspections/" + no + "\"");
    mvc.perform(get("/tasks/" + taskId).with(Staff.as(staff, "leader"))).andExpect(status().isNotFound());
    flow.score("mentor", no, Map.of(), null);
    assertThat(page("/inspections/" + no, "mentor")).contains("value=\"10\"");
  }
}
