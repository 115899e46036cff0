package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The leading group's page forms: registering and changing a social organisation and setting a round, the errors
 * beside the fields (422) with nothing stored, the stored result on its page; nobody else comes in.
 */
@ApplicationTest
class VentureSetupPageTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request.with(csrf()).with(Staff.as(staff, "leader"))).andExpect(status().is(status))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private int organizations(String name) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM venture_organization WHERE name = ?", Integer.class, name);
  }

  @Test
  void anOrganisationIsRegisteredAndChangedWithTheErrorsInPlace() throws Exception {
    String name = VentureApi.unique("金安区表单社工服务中心");
    String good = CreditCodeTests.aCreditCode();
    String wrong = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    String refused = body(post("/venture/organizations").param("name", name).param("creditCode", wrong)
        .param("legalRepresentative", "张明").param("phone", "12345"), 422);
    assertThat(refused).contains("id=\"error-creditCode\"").contains("id=\"error-phone\"")
        .contains("id=\"error-stationCodes\"").contains("value=\"" + name + "\"");
    assertThat(organizations(name)).isZero();

    mvc.perform(post("/venture/organizations").param("name", name).param("creditCode", good)
            .param("legalRepresentative", "张明").param("phone", "0564-3361234").param("stationCodes", "xbhbl")
            .param("stationCodes", "sjl").with(csrf()).with(Staff.as(staff, "leader")))
        .andExpect(redirectedUrl("/venture/organizations"));
    assertThat(organizations(name)).isEqualTo(1);
    Long id = jdbc.queryForObject("SELECT id FROM venture_organization WHERE name = ?", Long.class, name);

    String edit = Staff.page(mvc, staff, "/venture/organizations/" + id + "/edit", "leader");
    assertThat(edit).contains("value=\"" + good + "\"").contains("id=\"station-sjl\" checked");
    // another organisation's credit code is refused; the stations are replaced
    String other = VentureApi.unique("金安区另一社工服务中心");
    String taken = CreditCodeTests.aCreditCode();
    mvc.perform(post("/venture/organizations").param("name", other).param("creditCode", taken)
            .param("legalRepresentative", "王芳").param("phone", "0564-3361235").param("stationCodes", "sjl")
            .with(csrf()).with(Staff.as(staff, "leader")))
        .andExpect(redirectedUrl("/venture/organizations"));
    assertThat(body(post("/venture/organizations/" + id).param("name", name).param("creditCode", taken)
        .param("legalRepresentative", "张明").param("phone", "0564-3361234").param("stationCodes", "xbhbl"), 422))
        .contains("id=\"error-creditCode\"");
    mvc.perform(post("/venture/organizations/" + id).param("name", name + "（更名）").param("creditCode", good)
            .param("legalRepresentative", "李华").param("phone", "0564-3361234").param("stationCodes", "xbhbl")
            .with(csrf()).with(Staff.as(staff, "leader")))
        .andExpect(redirectedUrl("/venture/organizations"));
    assertThat(jdbc.queryForList("SELECT station_code FROM venture_organization_station WHERE organization_id = ?",
        String.class, id)).containsExactly("xbhbl");
    assertThat(jdbc.queryForObject("SELECT legal_representative FROM venture_organization WHERE id = ?",
        String.class, id)).isEqualTo("李华");
    assertThat(Staff.page(mvc, staff, "/venture/organizations?size=200", "admin")).contains(name + "（更名）");

    for (String user : List.of("xbhbl-worker", "xbhbl-supervisor", "mentor")) {
      mvc.perform(get("/venture/organizations/new").with(Staff.as(staff, user))).andExpect(status().isForbidden());
      mvc.perform(get("/venture/rounds/new").with(Staff.as(staff, user))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/venture/organizations")).andExpect(redirectedUrlPattern("**/login"));
  }

  @Test
  void aRoundIsSetOnItsFormAndASplitNotSummingTo100ComesBackInPlace() throws Exception {
    String form = Staff.page(mvc, staff, "/venture/rounds/new", "leader");
    assertThat(form).contains("id=\"round-form\"").contains("need 社区需求 40").contains("value=\"50,30,20\"");
    String title = VentureApi.unique("表单创投 ");
    String refused = body(post("/venture/rounds").param("title", title).param("tracks", "为老,为小")
        .param("totalBudget", "200000").param("grantMin", "5000").param("grantMax", "20000")
        .param("criteria", "need 社区需求 60\nfeasible 可行性 30\n这一行不对").param("trancheSplit", "50,30")
        .param("officer", "leader").param("opensOn", LocalDate.now().toString())
        .param("closesOn", LocalDate.now().minusDays(1).toString()), 422);
    assertThat(refused).contains("id=\"error-trancheSplit\"").contains("id=\"error-criteria\"")
        .contains("id=\"error-reviewers\"").contains("id=\"error-closesOn\"").contains("value=\"" + title + "\"");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_round WHERE title = ?", Integer.class, title))
        .isZero();

    mvc.perform(post("/venture/rounds").param("title", title).param("tracks", "为老，为小、社区治理")
            .param("totalBudget", "200000").param("grantMin", "5000").param("grantMax", "20000")
            .param("criteria", "need 社区需求 60\nfeasible 可行性 40").param("trancheSplit", "60, 40")
            .param("officer", "leader").param("reviewers", "mentor").param("opensOn", LocalDate.now().toString())
            .param("closesOn", LocalDate.now().plusDays(30).toString()).with(csrf()).with(Staff.as(staff, "leader")))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/venture/rounds/*"));
    assertThat(jdbc.queryForObject("SELECT tranche_split FROM venture_round WHERE title = ?", String.class, title))
        .isEqualTo("60,40");
    assertThat(jdbc.queryForObject("SELECT tracks FROM venture_round WHERE title = ?", String.class, title))
        .isEqualTo("为老|为小|社区治理");
  }
}
