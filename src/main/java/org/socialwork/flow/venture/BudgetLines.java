package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Budget lines as the application form takes them: one per line (or separated by ";"), {@code item=amount} with the
 * amount in yuan (up to two decimals, positive). Any malformed line makes the whole list invalid (empty).
 */
final class BudgetLines {

  private BudgetLines() {
  }

  static List<VentureMapper.BudgetLine> parse(String text) {
    List<VentureMapper.BudgetLine> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String raw : text.split("[\\n;；]")) {
      String line = raw.trim();
      if (line.isEmpty()) {
        continue;
      }
      int eq = Math.max(line.lastIndexOf('='), line.lastIndexOf('＝'));
      if (eq <= 0) {
        return List.of();
      }
      String item = line.substring(0, eq).trim();
      try {
        BigDecimal amount = new BigDecimal(line.substring(eq + 1).trim());
        if (item.isEmpty() || item.length() > 200 || amount.signum() <= 0 || amount.scale() > 2) {
          return List.of();
        }
        out.add(new VentureMapper.BudgetLine(item, amount));
      } catch (NumberFormatException e) {
        return List.of();
      }
    }
    return out.size() > 50 ? List.of() : out;
  }

  static BigDecimal total(List<VentureMapper.BudgetLine> lines) {
    return lines.stream().map(VentureMapper.BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
