package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reviewer's scores: one whole number 0–100 per criterion of the round, written {@code code=score} separated by
 * commas, semicolons or lines. The total is the weighted sum (weights sum to 100), so it is 0–100 too.
 */
record Scorecard(Map<String, Integer> scores, BigDecimal total) {

  static Optional<Scorecard> parse(String text, List<VentureRound.Criterion> criteria) {
    if (text == null) {
      return Optional.empty();
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (String raw : text.split("[,;，；\\n]")) {
      String part = raw.trim();
      if (part.isEmpty()) {
        continue;
      }
      String[] kv = part.split("[=:：]", 2);
      if (kv.length != 2) {
        return Optional.empty();
      }
      try {
        int score = Integer.parseInt(kv[1].trim());
        if (score < 0 || score > 100 || scores.put(kv[0].trim(), score) != null) {
          return Optional.empty();
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (scores.size() != criteria.size() || !criteria.stream().allMatch(c -> scores.containsKey(c.code()))) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (VentureRound.Criterion c : criteria) {
      total = total.add(BigDecimal.valueOf((long) scores.get(c.code()) * c.weight()));
    }
    return Optional.of(new Scorecard(scores, total.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)));
  }

  /** The application's score: the mean of the reviews without a conflict, null when there is none. */
  static BigDecimal mean(List<VentureMapper.Review> reviews) {
    List<BigDecimal> totals = reviews.stream().filter(r -> !r.conflict() && r.total() != null)
        .map(VentureMapper.Review::total).toList();
    if (totals.isEmpty()) {
      return null;
    }
    return totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
  }
}
