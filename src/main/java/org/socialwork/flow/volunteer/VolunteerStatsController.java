package org.socialwork.flow.volunteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 志愿服务统计: per station in the reader's scope, for a month or a year, activities, registered and active
 * volunteers, hours, average hours per volunteer (against the benchmark), points issued and redeemed; on a page and as
 * an Excel workbook (the same figures as {@code GET /api/volunteer/stats}). Staff only.
 */
@Controller
class VolunteerStatsController {

  static final String[] COLUMNS = {"volunteer.station", "volunteer.stats.activities", "volunteer.stats.volunteers",
      "volunteer.stats.active", "volunteer.stats.hours", "volunteer.stats.average", "volunteer.stats.issued",
      "volunteer.stats.redeemed"};

  private final VolunteerStats stats;
  private final MessageSource messages;
  private final Clock clock;

  VolunteerStatsController(VolunteerStats stats, MessageSource messages, Clock clock) {
    this.stats = stats;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/volunteer/stats")
  String page(@RequestParam(required = false) String month, @RequestParam(required = false) String year,
              @AuthenticationPrincipal StaffMember member, Model model) {
    VolunteerStats.Report report = report(month, year, member);
    model.addAttribute("report", report);
    model.addAttribute("month", month == null ? "" : month.trim());
    model.addAttribute("year", month != null && !month.isBlank() ? "" : report.period());
    model.addAttribute("staff", true);
    return "volunteer/stats";
  }

  @GetMapping("/volunteer/stats.xlsx")
  ResponseEntity<byte[]> workbook(@RequestParam(required = false) String month,
                                  @RequestParam(required = false) String year,
                                  @AuthenticationPrincipal StaffMember member, Locale locale) {
    VolunteerStats.Report report = report(month, year, member);
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(msg("volunteer.stats.title", locale) + " " + report.period());
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.length; c++) {
        SpreadsheetCells.text(header, c, msg(COLUMNS[c], locale));
      }
      int r = 1;
      for (VolunteerStats.StationStats s : report.stations()) {
        row(sheet.createRow(r++), s.stationName() != null ? s.stationName() : s.stationCode(), s);
      }
      row(sheet.createRow(r), msg("volunteer.stats.total", locale), report.total());
      book.write(out);
      return ResponseEntity.ok().contentType(MediaType.parseMediaType(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
              .filename("volunteer-stats-" + report.period() + ".xlsx").build().toString())
          .body(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private VolunteerStats.Report report(String month, String year, StaffMember member) {
    if (!VolunteerAccess.isStaff(member)) {
      throw new AccessDeniedException("Volunteers read their own figures on their record");
    }
    return stats.of(month, year, Year.now(clock), member);
  }

  private static void row(Row row, String name, VolunteerStats.StationStats s) {
    SpreadsheetCells.text(row, 0, name);
    SpreadsheetCells.number(row, 1, s.activities());
    SpreadsheetCells.number(row, 2, s.volunteers());
    SpreadsheetCells.number(row, 3, s.activeVolunteers());
    SpreadsheetCells.number(row, 4, s.hours().doubleValue());
    SpreadsheetCells.number(row, 5, s.averageHours().doubleValue());
    SpreadsheetCells.number(row, 6, s.pointsIssued().doubleValue());
    SpreadsheetCells.number(row, 7, s.pointsRedeemed().doubleValue());
  }

  private String msg(String code, Locale locale) {
    return messages.getMessage(code, null, code, locale);
  }
}
