package org.socialwork.flow.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection results and the rectification list as an Excel workbook (two sheets), in the reader's scope. Every
 * cell is written as a plain string or number, never a formula; text that a spreadsheet would take for a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
@Component
public class ExcelExport {

  /** Rows per sheet at most (an xlsx sheet holds 1,048,576). */
  static final int EXPORT_LIMIT = 100_000;

  private final InspectionMapper inspections;
  private final MessageSource messages;
  private final Clock clock;
  private final org.socialwork.flow.audit.AuditTrail audit;

  ExcelExport(InspectionMapper inspections, MessageSource messages, Clock clock,
              org.socialwork.flow.audit.AuditTrail audit) {
    this.audit = audit;
    this.inspections = inspections;
    this.messages = messages;
    this.clock = clock;
  }

  /** The export of the member's scope; recorded in the audit log (it leaves the system with whatever it holds). */
  @Transactional
  public byte[] workbook(StaffMember member, Locale locale) {
    audit.record(member.username(), "EXPORT_INSPECTIONS", "inspections", "EXPORT");
    LocalDate today = LocalDate.now(clock);
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet results = wb.createSheet(msg("export.sheet.results", locale));
      header(results, locale, "inspection.no", "inspection.type", "inspection.station", "inspection.project",
          "inspection.template", "inspection.plannedOn", "inspection.status", "inspection.total", "inspection.max",
          "inspection.result", "inspection.summary");
      int r = 1;
      for (Inspection i : inspections.findInspections(member.scope(), InspectionFilter.none(), EXPORT_LIMIT)) {
        Row row = results.createRow(r++);
        text(row, 0, i.getInspectionNo());
        text(row, 1, msg("inspection.type." + i.getInspectionType(), locale));
        text(row, 2, i.getStationName());
        text(row, 3, i.getProjectName());
        text(row, 4, i.getTemplateName() + " v" + i.getTemplateVersion());
        text(row, 5, String.valueOf(i.getPlannedOn()));
        text(row, 6, msg("inspection.status." + i.getStatus().name(), locale));
        if (i.getTotalScore() != null) {
          row.createCell(7).setCellValue(i.getTotalScore().doubleValue());
          row.createCell(8).setCellValue(i.getMaxScore().doubleValue());
          text(row, 9, msg(Boolean.TRUE.equals(i.getPassed()) ? "inspection.passed" : "inspection.failed", locale));
        }
        text(row, 10, i.getSummary());
      }
      Sheet list = wb.createSheet(msg("export.sheet.rectifications", locale));
      header(list, locale, "inspection.no", "inspection.station", "rectification.notice", "rectification.deadline",
          "rectification.status", "rectification.daysOverdue", "rectification.extensionReason",
          "rectification.report", "rectification.reviewComment");
      r = 1;
      for (Rectification x : inspections.findRectifications(member.scope(), false, null, null, EXPORT_LIMIT)) {
        Row row = list.createRow(r++);
        text(row, 0, x.getInspectionNo());
        text(row, 1, x.getStationName());
        text(row, 2, x.getNotice());
        text(row, 3, x.getDeadline().toString());
        text(row, 4, msg("rectification.status." + x.getStatus().name(), locale));
        row.createCell(5).setCellValue(x.daysOverdue(today));
        text(row, 6, x.getExtensionReason());
        text(row, 7, x.getReport());
        text(row, 8, x.getReviewComment());
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(Sheet sheet, Locale locale, String... keys) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < keys.length; c++) {
      text(row, c, msg(keys[c], locale));
    }
  }

  private static void text(Row row, int column, String value) {
    SpreadsheetCells.text(row, column, value);
  }

  private String msg(String code, Locale locale) {
    return messages.getMessage(code, null, code, locale);
  }
}
