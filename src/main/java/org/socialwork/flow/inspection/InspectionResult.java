package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of an inspection computed from its template version: each item's score is the mean of its inspectors'
 * scores (two decimals), the total their sum, the maximum the sum of the items' maximum scores, and the inspection
 * passes when the total reaches the template's pass threshold. Items any inspector marked for rectification must be
 * rectified; a failed inspection must be rectified too.
 */
public record InspectionResult(BigDecimal total, BigDecimal max, boolean passed, List<ItemResult> items) {

  public record ItemResult(TemplateItem item, BigDecimal score, boolean needsRectification, List<String> findings) {
  }

  public static InspectionResult compute(List<TemplateItem> items, List<Score> scores, BigDecimal passThreshold) {
    Map<Long, List<Score>> byItem = scores.stream().collect(Collectors.groupingBy(Score::itemId));
    List<ItemResult> results = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (TemplateItem item : items) {
      List<Score> given = byItem.getOrDefault(item.id(), List.of());
      BigDecimal score = given.isEmpty() ? BigDecimal.ZERO
          : given.stream().map(Score::score).reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP);
      boolean rectify = given.stream().anyMatch(Score::needsRectification);
      List<String> findings = given.stream().map(Score::finding).filter(f -> f != null && !f.isBlank()).toList();
      results.add(new ItemResult(item, score, rectify, findings));
      total = total.add(score);
      max = max.add(item.maxScore());
    }
    return new InspectionResult(total.setScale(2, RoundingMode.HALF_UP), max.setScale(2, RoundingMode.HALF_UP),
        total.compareTo(passThreshold) >= 0, results);
  }

  public boolean needsRectification() {
    return !passed || items.stream().anyMatch(ItemResult::needsRectification);
  }

  /** The rectification notice (整改通知): the items to fix with the inspectors' findings. */
  public String notice() {
    StringBuilder sb = new StringBuilder();
    if (!passed) {
      sb.append("总分 ").append(total.toPlainString()).append(" 未达到合格线。\n");
    }
    for (ItemResult r : items) {
      if (r.needsRectification()) {
        sb.append("【").append(r.item().dimension()).append("】").append(r.item().title());
        if (!r.findings().isEmpty()) {
          sb.append("：").append(String.join("；", r.findings()));
        }
        sb.append('\n');
      }
    }
    String text = sb.toString().strip();
    return text.length() > 3900 ? text.substring(0, 3900) + "…" : text;
  }
}
