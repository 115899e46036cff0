package org.socialwork.flow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.supervision.SupervisionMapper;
import org.socialwork.flow.supervision.SupervisionScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervision and meeting pages render with the demo data, in Chinese and in English: the demo pair, last month's
 * held meeting with its reports and minutes.
 */
@ApplicationTest
class SupervisionAndMeetingPageTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  SupervisionMapper supervision;

  private String render(String username, String path) throws Exception {
    return mvc.perform(get(path).with(Staff.as(staff, username))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
  }

  @Test
  void pagesRenderInBothLanguages() throws Exception {
    String pairNo = supervision.findPairs(new SupervisionScope("admin", true, List.of()), false).stream()
        .filter(p -> "xbhbl-worker".equals(p.supervisee())).reduce((a, b) -> b).orElseThrow().pairNo();
    String last = YearMonth.now().minusMonths(1).toString();

    assertThat(render("xbhbl-supervisor", "/supervision")).contains("导师制督导").contains(pairNo);
    assertThat(render("xbhbl-supervisor", "/supervision?lang=en")).contains("Mentor supervision");
    assertThat(render("mentor", "/supervision/pairs/" + pairNo)).contains("督导重点").contains("李慧敏");
    assertThat(render("mentor", "/supervision/pairs/" + pairNo + "?lang=en")).contains("Focus");
    assertThat(render("leader", "/meetings")).contains("例会及汇报").contains(last);
    assertThat(render("leader", "/meetings?lang=en")).contains("Meetings and reports");
    assertThat(render("leader", "/meetings/" + last)).contains("西坝河北里社区社工站").contains("尚家楼社区社工站");
    assertThat(render("leader", "/meetings/" + last + "/minutes")).contains("领导小组例会会议纪要")
        .contains("整理个案记录规范培训计划");
    assertThat(render("leader", "/meetings/" + last + "/minutes?lang=en")).contains("Minutes of the leading group");
    String sjlView = render("sjl-worker", "/meetings/" + last);
    assertThat(sjlView).contains("尚家楼社区社工站").doesNotContain("独居老人助餐需求集中");
  }

  @Test
  void aMeetingShowsOnlyTheActionItemsOfTheDistrictAndTheReadersStations() throws Exception {
    String last = YearMonth.now().minusMonths(1).toString();
    // the demo meeting's item belongs to 尚家楼 (owner sjl-supervisor): not for a worker of 西坝河北里
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(render("xbhbl-worker", "/api/meetings/" + last)).path("actionItems")).isEmpty();
    assertThat(json.readTree(render("sjl-worker", "/api/meetings/" + last)).path("actionItems").toString())
        .contains("整理个案记录规范培训计划");
    assertThat(json.readTree(render("leader", "/api/meetings/" + last)).path("actionItems").toString())
        .contains("整理个案记录规范培训计划");
    String page = render("xbhbl-worker", "/meetings/" + last);
    assertThat(page.substring(page.indexOf("id=\"meeting-items\""))).doesNotContain("sjl-supervisor")
        .doesNotContain("整理个案记录规范培训计划");
    String minutes = render("xbhbl-worker", "/meetings/" + last + "/minutes");
    assertThat(minutes).doesNotContain("<td>整理个案记录规范培训计划</td>");
    assertThat(render("sjl-worker", "/meetings/" + last + "/minutes")).contains("<td>整理个案记录规范培训计划</td>");
  }

  @Test
  void unknownOrOutOfScopeRecordsAreNotFound() throws Exception {
    mvc.perform(get("/meetings/2099-01").with(Staff.as(staff, "leader"))).andExpect(status().isNotFound());
    mvc.perform(get("/meetings/not-a-month").with(Staff.as(staff, "leader"))).andExpect(status().isNotFound());
    mvc.perform(get("/supervision/pairs/SUP-1999-0001").with(Staff.as(staff, "leader")))
        .andExpect(status().isNotFound());
    String pairNo = supervision.findPairs(new SupervisionScope("admin", true, List.of()), false).stream()
        .filter(p -> "xbhbl".equals(p.stationCode())).findFirst().orElseThrow().pairNo();
    mvc.perform(get("/supervision/pairs/" + pairNo).with(Staff.as(staff, "sjl-worker")))
        .andExpect(status().isNotFound());
  }
}
