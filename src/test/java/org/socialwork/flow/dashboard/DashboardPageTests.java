package org.socialwork.flow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard as its own module: every role sees it in their scope, stations by name, each module's figures. */
@ApplicationTest
class DashboardPageTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @LocalServerPort
  int port;

  @Test
  void everyRoleSeesTheDashboardOfTheirScopeWithStationsByName() throws Exception {
    for (String who : List.of("xbhbl-worker", "xbhbl-supervisor", "sjl-supervisor", "leader", "admin", "mentor")) {
      for (String path : List.of("/dashboard", "/dashboard?lang=en", "/dashboard/cases?station=xbhbl",
          "/dashboard/cases?overdue=true", "/dashboard/action-items", "/dashboard/action-items?overdue=true&station=sjl")) {
        Staff.page(mvc, staff, path, who);
      }
    }
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String leader = Staff.page(mvc, staff, "/dashboard", "leader");
    assertThat(leader).contains("id=\"by-status\"").contains("id=\"station-figures\"")
        .contains("data-figure=\"open-cases-xbhbl\"").contains("href=\"/dashboard/cases?station=xbhbl\"")
        .contains("西坝河北里");
    assertThat(Staff.page(mvc, staff, "/inspections/dashboard", "leader")).contains("id=\"station-figures\"");
    assertThat(Staff.page(mvc, staff, "/dashboard/cases?station=xbhbl", "leader")).contains(caseNo).contains("西坝河北里");

    JsonNode all = IntakeFlow.json(api.get("leader", "/api/dashboard"));
    assertThat(all.has("inspectionsByStatus")).isTrue();
    assertThat(all.has("openCasesByStation")).isTrue();
    assertThat(all.has("overdueActionItemsByStation")).isTrue();
    JsonNode sjl = IntakeFlow.json(api.get("sjl-supervisor", "/api/dashboard"));
    for (String figure : List.of("openCasesByStation", "overdueCaseTasksByStation", "openActionItemsByStation",
        "overdueActionItemsByStation")) {
      sjl.get(figure).fieldNames().forEachRemaining(code -> assertThat(code).as(figure).isEqualTo("sjl"));
    }
    assertThat(Staff.page(mvc, staff, "/dashboard", "sjl-supervisor")).doesNotContain("data-figure=\"open-cases-xbhbl\"");
  }

  @Test
  void strangersAreSentToTheLogin() throws Exception {
    mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/api/dashboard")).andExpect(status().isUnauthorized());
  }
}
