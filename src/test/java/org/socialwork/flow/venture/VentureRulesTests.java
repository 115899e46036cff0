package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules in the model: budget lines, scorecards and their mean, tranches of a split, debarment. */
class VentureRulesTests {

  static final List<VentureRound.Criterion> CRITERIA = List.of(new VentureRound.Criterion("need", "社区需求", 40),
      new VentureRound.Criterion("feasible", "可行性", 35), new VentureRound.Criterion("budget", "预算合理", 25));

  static VentureRound aRound(String split) {
    return new VentureRound(1L, "t", "为老|为小", new BigDecimal("100000"), BigDecimal.ZERO, new BigDecimal("5000"),
        new BigDecimal("20000"), split, "leader", LocalDate.now(), LocalDate.now(), null, null, "OPEN", "leader",
        null, null, null);
  }

  @Test
  void readsBudgetLinesAndRejectsAnyMalformedLine() {
    assertThat(BudgetLines.total(BudgetLines.parse("活动物资=3000\n志愿者补贴=2000.50;宣传=500")))
        .isEqualByComparingTo("5500.50");
    assertThat(BudgetLines.parse("活动物资 3000")).isEmpty();
    assertThat(BudgetLines.parse("活动物资=-3")).isEmpty();
    assertThat(BudgetLines.parse("活动物资=1.234")).isEmpty();
    assertThat(BudgetLines.parse(null)).isEmpty();
  }

  @Test
  void weighsTheScoresAndNeedsEveryCriterion() {
    Scorecard card = Scorecard.parse("need=90, feasible=80\nbudget=70", CRITERIA).orElseThrow();
    assertThat(card.total()).isEqualByComparingTo("81.50");
    assertThat(Scorecard.parse("need=90, feasible=80", CRITERIA)).isEmpty();
    assertThat(Scorecard.parse("need=90, feasible=80, budget=101", CRITERIA)).isEmpty();
    assertThat(Scorecard.parse("need=90, feasible=80, other=70", CRITERIA)).isEmpty();
  }

  @Test
  void theMeanLeavesOutConflictedReviews() {
    List<VentureMapper.Review> reviews = List.of(
        new VentureMapper.Review("a", "A", false, new BigDecimal("80"), null, null),
        new VentureMapper.Review("b", "B", true, null, null, null),
        new VentureMapper.Review("c", "C", false, new BigDecimal("71"), null, null));
    assertThat(Scorecard.mean(reviews)).isEqualByComparingTo("75.50");
    assertThat(Scorecard.mean(List.of(reviews.get(1)))).isNull();
  }

  @Test
  void tranchesFollowTheSplitAndTheLastTakesTheRemainder() {
    VentureRound round = aRound("50,30,20");
    BigDecimal approved = new BigDecimal("12345.67");
    assertThat(round.tranche(approved, 1)).isEqualByComparingTo("6172.84");
    assertThat(round.tranche(approved, 2)).isEqualByComparingTo("3703.70");
    assertThat(round.tranche(approved, 3)).isEqualByComparingTo("2469.13");
    assertThat(round.tranche(approved, 1).add(round.tranche(approved, 2)).add(round.tranche(approved, 3)))
        .isEqualByComparingTo(approved);
    assertThat(aRound("100").tranche(approved, 1)).isEqualByComparingTo(approved);
  }

  @Test
  void anOrganisationIsDebarredUpToAndIncludingItsDate() {
    LocalDate today = LocalDate.now();
    SocialOrganization o = new SocialOrganization(1L, "n", "c", null, "l", "p", today, "violation", "u", null);
    assertThat(o.debarredOn(today)).isTrue();
    assertThat(o.debarredOn(today.plusDays(1))).isFalse();
    assertThat(new SocialOrganization(1L, "n", "c", null, "l", "p", null, null, "u", null).debarredOn(today))
        .isFalse();
  }
}
