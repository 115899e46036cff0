package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The 组织管理 and 我的账号 pages: who sees what, forms with errors in place, changes that land. */
@ApplicationTest
class OrganizationPageTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  @Autowired
  OrganizationAdmin admin;

  @Test
  void adminsChangeTheLeadingGroupReadsOthersAreRefused() throws Exception {
    String stations = Staff.page(mvc, directory, "/admin/organization", "admin");
    assertThat(stations).contains("西坝河北里社区社工站").contains("id=\"station-form\"");
    String read = Staff.page(mvc, directory, "/admin/organization", "leader");
    assertThat(read).contains("西坝河北里社区社工站").contains("id=\"read-only\"").doesNotContain("id=\"station-form\"");
    assertThat(Staff.page(mvc, directory, "/admin/organization/people?q=xbhbl-worker", "leader")).contains("刘洋")
        .doesNotContain("id=\"person-form\"");
    assertThat(Staff.page(mvc, directory, "/admin/organization/people/xbhbl-worker", "leader")).contains("刘洋")
        .doesNotContain("id=\"leave-form\"");
    for (String other : new String[] {"xbhbl-worker", "xbhbl-supervisor", "mentor"}) {
      for (String path : new String[] {"/admin/organization", "/admin/organization/people",
          "/admin/organization/people/xbhbl-worker", "/admin/organization/stations/xbhbl"}) {
        mvc.perform(get(path).with(Staff.as(directory, other))).andExpect(status().isForbidden());
      }
    }
    mvc.perform(post("/admin/organization/stations").with(Staff.as(directory, "leader")).with(csrf())
        .param("code", OrgApi.unique("ro")).param("name", "只读站")).andExpect(status().isForbidden());
    mvc.perform(get("/admin/organization")).andExpect(status().is3xxRedirection());
    assertThat(Staff.page(mvc, directory, "/tasks", "leader")).contains("id=\"nav-organization\"");
    assertThat(Staff.page(mvc, directory, "/tasks", "xbhbl-worker")).doesNotContain("id=\"nav-organization\"");
  }

  @Test
  void anAdminAddsAStationAndAPersonThroughTheFormsWithErrorsInPlace() throws Exception {
    String bad = mvc.perform(post("/admin/organization/stations").with(Staff.as(directory, "admin")).with(csrf())
            .param("code", "Bad!").param("name", "").locale(Locale.SIMPLIFIED_CHINESE))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(bad).contains("id=\"error-code\"").contains("id=\"error-name\"").contains("value=\"Bad!\"");

    String code = OrgApi.unique("pg");
    mvc.perform(post("/admin/organization/stations").with(Staff.as(directory, "admin")).with(csrf())
            .param("code", code).param("name", "页面社工站").param("community", "页面社区").param("kind", "village"))
        .andExpect(redirectedUrl("/admin/organization/stations/" + code));
    assertThat(Staff.page(mvc, directory, "/admin/organization/stations/" + code, "admin")).contains("页面社工站")
        .contains("村");

    String noRoles = mvc.perform(post("/admin/organization/people").with(Staff.as(directory, "admin")).with(csrf())
            .param("username", code + "-x").param("fullName", "无角色"))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(noRoles).contains("id=\"error-roles\"").contains("value=\"无角色\"");

    String user = code + "-w";
    MvcResult added = mvc.perform(post("/admin/organization/people").with(Staff.as(directory, "admin")).with(csrf())
            .param("username", user).param("fullName", "页面社工").param("certification", "ASSISTANT")
            .param("workerAt", code).param("districtRole", "mentor"))
        .andExpect(redirectedUrl("/admin/organization/people/" + user)).andReturn();
    assertThat((String) added.getFlashMap().get("oneTimePassword")).hasSize(12);
    assertThat(directory.find(user).orElseThrow().roles()).extracting(RoleAssignment::role)
        .containsExactlyInAnyOrder(Role.WORKER, Role.MENTOR);
    String page = Staff.page(mvc, directory, "/admin/organization/people/" + user, "admin");
    assertThat(page).contains("页面社工").contains("id=\"holds-nothing\"").contains("id=\"leave-form\"");

    // roles changed on the person's page
    mvc.perform(post("/admin/organization/people/" + user).with(Staff.as(directory, "admin")).with(csrf())
            .param("fullName", "页面督导").param("supervisorAt", code))
        .andExpect(redirectedUrl("/admin/organization/people/" + user));
    assertThat(directory.find(user).orElseThrow().roles()).extracting(RoleAssignment::role)
        .containsExactly(Role.SUPERVISOR);

    // they must change the one-time password before any other page
    mvc.perform(get("/tasks").with(Staff.as(directory, user))).andExpect(redirectedUrl("/account/password"));
    assertThat(Staff.page(mvc, directory, "/account/password", user)).contains("id=\"first-login\"");

    mvc.perform(post("/admin/organization/people/" + user + "/leave").with(Staff.as(directory, "admin")).with(csrf()))
        .andExpect(redirectedUrl("/admin/organization/people/" + user));
    assertThat(directory.find(user)).isEmpty();
  }

  @Test
  void everyoneSeesTheirAccountAndAWrongCurrentPasswordIsShownInPlace() throws Exception {
    String account = Staff.page(mvc, directory, "/account", "xbhbl-supervisor");
    assertThat(account).contains("张晓梅").contains("西坝河北里社区社工站").contains("督导");
    String wrong = mvc.perform(post("/account/password").with(Staff.as(directory, "xbhbl-supervisor")).with(csrf())
            .param("currentPassword", "wrong-one-1").param("newPassword", "abc").param("repeatPassword", "abd")
            .locale(Locale.SIMPLIFIED_CHINESE))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(wrong).contains("id=\"error-currentPassword\"").contains("id=\"error-newPassword\"")
        .contains("密码至少 10 个字符").doesNotContain("wrong-one-1");
    assertThat(admin.mustChangePassword("xbhbl-supervisor")).isFalse();
  }
}
