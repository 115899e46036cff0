package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The care pages for every role: who sees which page, other stations' targets and visits not found, invalid forms
 * shown again with the messages in place and nothing stored, names rather than codes, the demo roster.
 */
@ApplicationTest
class CarePageTests {

  static final List<String> EVERYONE = List.of("xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "leader", "mentor",
      "admin");

  @LocalServerPort
  int port;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, ?> fields) {
    fields.forEach((k, v) -> {
      if (v instanceof List<?> list) {
        list.forEach(item -> request.param(k, item.toString()));
      } else {
        request.param(k, String.valueOf(v));
      }
    });
    return request;
  }

  private long aTarget(String name) {
    IntakeFlow api = new IntakeFlow(port);
    var created = api.post("xbhbl-worker", "/api/care/targets", CareIntegrationTests.aTarget("xbhbl", "alone", name));
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    return IntakeFlow.json(created).get("id").asLong();
  }

  @Test
  void everyRoleSeesTheCarePagesAnonymousIsSentToLogIn() throws Exception {
    for (String path : List.of("/care", "/care/targets", "/care/coverage", "/care/tiers")) {
      for (String user : EVERYONE) {
        String html = Staff.page(mvc, staff, path, user);
        assertThat(html).as(user + " " + path).contains("关爱探访");
      }
      mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }
    Staff.page(mvc, staff, "/care/targets/new", "xbhbl-worker");
    Staff.page(mvc, staff, "/care/targets/new", "xbhbl-supervisor");
    for (String user : List.of("leader", "mentor", "admin")) {
      mvc.perform(get("/care/targets/new").with(Staff.as(staff, user))).andExpect(status().isForbidden());
    }
    assertThat(Staff.page(mvc, staff, "/care/tiers", "admin")).contains("id=\"tier-form-high\"");
    assertThat(Staff.page(mvc, staff, "/care/tiers", "xbhbl-worker")).doesNotContain("id=\"tier-form-high\"");
    assertThat(Staff.page(mvc, staff, "/dashboard", "leader")).contains("id=\"care-coverage\"");
    assertThat(Staff.page(mvc, staff, "/care/targets?due=someday", "xbhbl-worker")).contains("id=\"problem\"");
    assertThat(Staff.page(mvc, staff, "/care/coverage?month=2026-13", "leader")).contains("id=\"problem\"");
  }

  @Test
  void theDemoRosterShowsNamesAndTheWeeksCardsIncludeAnOverdueVisit() throws Exception {
    String roster = Staff.page(mvc, staff, "/care/targets", "xbhbl-supervisor");
    assertThat(roster).contains("王秀英").contains("独居老人").contains("高风险").contains("刘洋")
        .doesNotContain("xbhbl-worker<");
    String week = Staff.page(mvc, staff, "/care", "xbhbl-worker");
    assertThat(week).contains("week-cards").contains("已逾期").contains("张德明");
    String english = Staff.page(mvc, staff, "/care?lang=en", "xbhbl-worker");
    assertThat(english).contains("My visits this week").contains("Elderly living alone");
  }

  @Test
  void anInvalidRegistrationIsShownAgainWithMessagesInPlaceAndNothingStored() throws Exception {
    String name = "页面甲" + System.nanoTime() % 100000;
    Map<String, Object> bad = CareIntegrationTests.aTarget("xbhbl", "alone", name);
    bad.put("idNumber", "110105194003120000");
    bad.remove("consent");
    String html = mvc.perform(form(post("/care/targets"), bad).with(Staff.as(staff, "xbhbl-worker")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"error-idNumber\"").contains("身份证号无效").contains("id=\"error-consent\"")
        .contains("value=\"" + name + "\"");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_target WHERE full_name = ?", Integer.class, name))
        .isZero();

    Map<String, Object> good = CareIntegrationTests.aTarget("xbhbl", "alone", name);
    mvc.perform(form(post("/care/targets"), good).with(Staff.as(staff, "xbhbl-worker")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/care/targets/*"));
    mvc.perform(form(post("/care/targets"), good).with(Staff.as(staff, "xbhbl-worker")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aTargetAndItsVisitAreFoundOnlyInScopeAndTheVisitFormShowsErrorsInPlace() throws Exception {
    long target = aTarget("页面乙" + System.nanoTime() % 100000);
    long visit = jdbc.queryForObject("SELECT id FROM care_visit WHERE target_id = ?", Long.class, target);
    for (String path : List.of("/care/targets/" + target, "/care/visits/" + visit)) {
      mvc.perform(get(path).with(Staff.as(staff, "sjl-worker"))).andExpect(status().isNotFound());
      mvc.perform(get(path).with(Staff.as(staff, "sjl-supervisor"))).andExpect(status().isNotFound());
      for (String user : List.of("xbhbl-worker", "xbhbl-supervisor", "leader", "mentor", "admin")) {
        Staff.page(mvc, staff, path, user);
      }
    }
    assertThat(Staff.page(mvc, staff, "/care/targets/" + target, "leader")).contains("********");
    assertThat(Staff.page(mvc, staff, "/care/visits/" + visit, "xbhbl-worker")).contains("id=\"visit-form\"");
    assertThat(Staff.page(mvc, staff, "/care/visits/" + visit, "leader")).doesNotContain("id=\"visit-form\"");

    Map<String, Object> r = CareIntegrationTests.aRecord();
    r.put("visitedOn", "2099-01-01");
    r.put("contactMade", "false");
    String html = mvc.perform(form(post("/care/visits/" + visit), r).with(Staff.as(staff, "xbhbl-worker"))
        .with(csrf())).andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"error-visitedOn\"").contains("id=\"error-noContactReason\"")
        .contains("value=\"2099-01-01\"");
    assertThat(jdbc.queryForObject("SELECT status FROM care_visit WHERE id = ?", String.class, visit))
        .isEqualTo("PLANNED");

    mvc.perform(form(post("/care/tiers/high"), Map.of("nameZh", "高风险", "nameEn", "High risk",
            "visitInterval", "every week", "windowBeforeDays", "1", "windowAfterDays", "2"))
            .with(Staff.as(staff, "admin")).with(csrf()))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(form(post("/care/tiers/high"), Map.of("nameZh", "高风险", "nameEn", "High risk",
            "visitInterval", "P7D", "windowBeforeDays", "1", "windowAfterDays", "2"))
            .with(Staff.as(staff, "xbhbl-supervisor")).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(jdbc.queryForObject("SELECT visit_interval FROM care_tier WHERE code = 'high'", String.class))
        .isEqualTo("P7D");
  }
}
