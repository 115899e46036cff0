package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** 创投轮次: a round as the leading group set it; {@code committed} is the sum of its approved amounts. */
public record VentureRound(Long id, String title, String tracks, BigDecimal totalBudget, BigDecimal committed,
                           BigDecimal grantMin, BigDecimal grantMax, String trancheSplit, String officer,
                           LocalDate opensOn, LocalDate closesOn, LocalDate reviewBy, LocalDate signingBy,
                           String status, String createdBy, LocalDateTime createdAt, LocalDate midTermDue,
                           LocalDate finalDue) {

  public static final String OPEN = "OPEN";

  public List<String> trackList() {
    return Arrays.stream(tracks.split("\\|")).filter(s -> !s.isBlank()).toList();
  }

  /** The tranche percentages in order, e.g. [50, 30, 20]. */
  public List<Integer> split() {
    return Arrays.stream(trancheSplit.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }

  public boolean withinGrantRange(BigDecimal amount) {
    return amount.compareTo(grantMin) >= 0 && amount.compareTo(grantMax) <= 0;
  }

  public BigDecimal left() {
    return totalBudget.subtract(committed);
  }

  /** Tranche n (1-based) of an approved amount, rounded to the fen; the last tranche takes the remainder. */
  public BigDecimal tranche(BigDecimal approved, int n) {
    List<Integer> split = split();
    if (n == split.size()) {
      BigDecimal before = BigDecimal.ZERO;
      for (int i = 1; i < n; i++) {
        before = before.add(tranche(approved, i));
      }
      return approved.subtract(before);
    }
    return approved.multiply(BigDecimal.valueOf(split.get(n - 1))).divide(BigDecimal.valueOf(100), 2,
        java.math.RoundingMode.HALF_UP);
  }

  public record Criterion(String code, String name, int weight) {
  }

  public record Reviewer(String username, boolean reserve) {
  }
}
