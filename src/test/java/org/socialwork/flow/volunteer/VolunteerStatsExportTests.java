package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.Year;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 志愿服务统计 on a page and as Excel: the same figures as the API, staff only, a bad period named. */
@ApplicationTest
class VolunteerStatsExportTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  VolunteerStats stats;

  @Test
  void theYearsFiguresComeAsAPageAndAWorkbookWithTheApisNumbers() throws Exception {
    String year = Year.now().toString();
    VolunteerStats.Report report = stats.year(Year.now(), staff.find("leader").orElseThrow());

    String page = Staff.page(mvc, staff, "/volunteer/stats?year=" + year, "leader");
    assertThat(page).contains("id=\"volunteer-stats\"").contains("志愿服务统计")
        .contains("href=\"/volunteer/stats.xlsx?year=" + year + "\"")
        .contains("<td>" + report.total().activities() + "</td>");

    MockHttpServletResponse xlsx = mvc.perform(get("/volunteer/stats.xlsx").param("year", year)
        .with(Staff.as(staff, "leader"))).andReturn().getResponse();
    assertThat(xlsx.getStatus()).isEqualTo(200);
    assertThat(xlsx.getHeader("Content-Disposition")).contains("volunteer-stats-" + year + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("社工站");
      assertThat(sheet.getLastRowNum()).isEqualTo(report.stations().size() + 1);
      Row total = sheet.getRow(sheet.getLastRowNum());
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(report.total().activities());
      assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(report.total().hours().doubleValue());
    }

    assertThat(mvc.perform(get("/volunteer/stats.xlsx").param("month", "2026-13").with(Staff.as(staff, "leader")))
        .andReturn().getResponse().getStatus()).isEqualTo(400);
  }
}
