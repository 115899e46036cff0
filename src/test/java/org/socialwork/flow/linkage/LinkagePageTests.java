package org.socialwork.flow.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.linkage.LinkageFixtures.aLinkage;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 五社联动 pages: every staff role sees the view with its stations by name, the forms come back with the messages
 * beside the fields (422) and nothing stored, a good form is stored and shown in its list, volunteers and
 * organisations are refused.
 */
@ApplicationTest
class LinkagePageTests {

  @LocalServerPort
  int port;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theViewShowsStationsByNameForEveryStaffRole() throws Exception {
    for (String user : List.of("xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "mentor", "leader", "admin")) {
      String html = Staff.page(mvc, staff, "/linkage", user);
      assertThat(html).as(user).contains("五社联动").contains("社会慈善资源").contains("id=\"force-by-kind\"");
    }
    String worker = Staff.page(mvc, staff, "/linkage", "xbhbl-worker");
    assertThat(worker).contains("data-station=\"xbhbl\"").doesNotContain("data-station=\"sjl\"")
        .contains("西坝河北里");
    assertThat(Staff.page(mvc, staff, "/linkage", "leader")).contains("data-station=\"sjl\"");
    String english = mvc.perform(get("/linkage?lang=en").with(Staff.as(staff, "leader"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(english).contains("Charitable resources").contains("Volunteer activity");
    mvc.perform(get("/linkage?period=week").with(Staff.as(staff, "leader"))).andExpect(status().isBadRequest());
    // the leading group's dashboard has the period's total, linking to the view of the same period
    assertThat(Staff.page(mvc, staff, "/dashboard?period=quarter", "leader")).contains("id=\"linkage-figures\"")
        .contains("/linkage?period=quarter&month=").contains("id=\"linkage-force-charity\"");
  }

  @Test
  void aBadDonationFormComesBackWithTheMessagesInPlaceAndAGoodOneIsListed() throws Exception {
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM linkage_donation", Integer.class);
    String html = mvc.perform(post("/linkage/donations").with(csrf()).with(Staff.as(staff, "xbhbl-worker"))
            .param("stationCode", "xbhbl").param("kind", "MONEY").param("amount", "-5")
            .param("donatedOn", LocalDate.now().plusDays(3).toString()).param("purpose", "助学"))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("id=\"error-resourceId\"").contains("id=\"error-amount\"")
        .contains("id=\"error-donatedOn\"").contains("id=\"error-voucher\"").contains("value=\"助学\"")
        .contains("日期不能晚于今天");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM linkage_donation", Integer.class)).isEqualTo(before);

    long donor = new LinkageFixtures(new IntakeFlow(port), jdbc, port).donor("xbhbl");
    String voucher = "页-" + System.nanoTime() % 1000000;
    mvc.perform(post("/linkage/donations").with(csrf()).with(Staff.as(staff, "xbhbl-worker"))
            .param("stationCode", "xbhbl").param("resourceId", String.valueOf(donor)).param("kind", "GOODS")
            .param("goods", "棉被").param("quantity", "12").param("unit", "床")
            .param("donatedOn", LocalDate.now().toString()).param("purpose", "冬季送温暖").param("voucher", voucher))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/linkage/donations"));
    assertThat(Staff.page(mvc, staff, "/linkage/donations?kind=GOODS", "xbhbl-supervisor")).contains(voucher)
        .contains("棉被").contains("冬季送温暖");
    assertThat(Staff.page(mvc, staff, "/linkage/donations", "sjl-worker")).doesNotContain(voucher);

    Long id = jdbc.queryForObject("SELECT id FROM linkage_donation WHERE voucher = ?", Long.class, voucher);
    String refused = mvc.perform(post("/linkage/donations/" + id + "/reversal").with(csrf())
            .with(Staff.as(staff, "xbhbl-supervisor")).param("reason", ""))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("id=\"error-reason\"");
    mvc.perform(post("/linkage/donations/" + id + "/reversal").with(csrf()).with(Staff.as(staff, "xbhbl-supervisor"))
        .param("reason", "数量录错")).andExpect(redirectedUrl("/linkage/donations"));
    // twice: back to the ledger with the notice, nothing more stored
    mvc.perform(post("/linkage/donations/" + id + "/reversal").with(csrf()).with(Staff.as(staff, "xbhbl-supervisor"))
        .param("reason", "再次")).andExpect(redirectedUrl("/linkage/donations"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM linkage_donation WHERE reverses_id = ?", Integer.class, id))
        .isEqualTo(1);
  }

  @Test
  void theRecordFormFindsTheSubjectAndRefusesInPlace() throws Exception {
    LinkageFixtures fixtures = new LinkageFixtures(new IntakeFlow(port), jdbc, port);
    String pairing = fixtures.pairing("xbhbl");
    String found = Staff.page(mvc, staff, "/linkage/record?kind=pairing&ref=" + pairing, "xbhbl-worker");
    assertThat(found).contains(pairing + " · 李志愿").contains("id=\"linkage-form\"");

    String refused = mvc.perform(post("/linkage/record").with(csrf()).with(Staff.as(staff, "xbhbl-worker"))
            .param("kind", "pairing").param("ref", pairing))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("id=\"error-forces\"").contains("请至少勾选一种参与力量");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM linkage WHERE subject_ref = ?", Integer.class, pairing))
        .isZero();

    mvc.perform(post("/linkage/record").with(csrf()).with(Staff.as(staff, "xbhbl-worker"))
            .param("kind", "pairing").param("ref", pairing).param("forces", "volunteer")
            .param("forces", "community").param("version", ""))
        .andExpect(redirectedUrl("/linkage/linkages"));
    assertThat(Staff.page(mvc, staff, "/linkage/linkages?kind=pairing", "xbhbl-supervisor")).contains(pairing)
        .contains("社区志愿者");
    // the same form again (a second tab that had not seen the first save): back with the notice
    mvc.perform(post("/linkage/record").with(csrf()).with(Staff.as(staff, "xbhbl-worker"))
            .param("kind", "pairing").param("ref", pairing).param("forces", "volunteer"))
        .andExpect(redirectedUrl("/linkage/linkages"));
    assertThat(new IntakeFlow(port).post("xbhbl-worker", "/api/linkage/linkages",
        aLinkage("pairing", pairing, "volunteer")).getStatusCode().value()).isEqualTo(409);

    String unknown = Staff.page(mvc, staff, "/linkage/record?kind=venture&ref=WGY-1999-0001", "xbhbl-worker");
    assertThat(unknown).contains("id=\"error-ref\"");
    mvc.perform(get("/linkage/record").with(Staff.as(staff, "mentor"))).andExpect(status().isForbidden());
  }
}
