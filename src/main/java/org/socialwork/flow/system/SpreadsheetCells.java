package org.socialwork.flow.system;

import org.apache.poi.ss.usermodel.Row;

/**
 * Cells of the Excel exports: every value a plain string or number, never a formula. Text a spreadsheet would take
 * for a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe (CSV/formula injection).
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {
  }

  /** Text as it goes into a cell: formula-looking text neutralised, null as empty. */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }

  public static void text(Row row, int column, String value) {
    row.createCell(column).setCellValue(neutralise(value));
  }

  public static void number(Row row, int column, double value) {
    row.createCell(column).setCellValue(value);
  }
}
