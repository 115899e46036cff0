package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages: who sees the upload form, the problem report in place, the job page with its progress bar. */
@ApplicationTest
class ImportPageTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void adminsUploadTheLeadingGroupFollowsAProblemReportInPlace() throws Exception {
    assertThat(Staff.page(mvc, directory, "/admin/organization/import", "admin")).contains("id=\"import-form\"")
        .contains("/api/admin/import/template.xlsx");
    assertThat(Staff.page(mvc, directory, "/admin/organization/import", "leader"))
        .doesNotContain("id=\"import-form\"");
    for (String other : List.of("xbhbl-worker", "xbhbl-supervisor", "mentor")) {
      mvc.perform(get("/admin/organization/import").with(Staff.as(directory, other)))
          .andExpect(status().isForbidden());
    }
    String code = OrgApi.unique("imppg");
    byte[] wrong = ImportJobs.workbook(List.of(List.of(code, "页面导入站"), List.of("Bad Code", "坏站")), List.of());
    String report = mvc.perform(multipart("/admin/organization/import")
            .file(new MockMultipartFile("file", "wrong.xlsx", "application/octet-stream", wrong))
            .with(Staff.as(directory, "admin")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(report).contains("id=\"import-problems\"").contains("<td>3</td>").contains("<td>编码</td>");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station WHERE code = ?", Integer.class, code)).isZero();

    mvc.perform(multipart("/admin/organization/import")
            .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", wrong))
            .with(Staff.as(directory, "leader")).with(csrf()))
        .andExpect(status().isForbidden());

    byte[] good = ImportJobs.workbook(List.of(List.of(code, "页面导入站")), List.of());
    String location = mvc.perform(multipart("/admin/organization/import")
            .file(new MockMultipartFile("file", "good.xlsx", "application/octet-stream", good))
            .with(Staff.as(directory, "admin")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/admin/organization/import/");
    String page = Staff.page(mvc, directory, location, "leader");
    assertThat(page).contains("id=\"import-bar\"").contains("data-status-url=\"/api/admin/import/")
        .contains("<script src=\"/js/import-progress.js\" defer></script>");
    assertThat(page.replace("<script src=", "")).doesNotContain("<script>");
    mvc.perform(get(location).with(Staff.as(directory, "xbhbl-worker"))).andExpect(status().isForbidden());
  }
}
