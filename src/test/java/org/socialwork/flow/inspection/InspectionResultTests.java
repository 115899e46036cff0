package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring from a template version: item means across inspectors, totals, maxima, the threshold, rectification. */
class InspectionResultTests {

  private static final List<TemplateItem> ITEMS = List.of(
      new TemplateItem(1L, 9L, 1, "有场所", "服务场所固定", new BigDecimal("10")),
      new TemplateItem(2L, 9L, 2, "有设施", "设施齐全", new BigDecimal("15")),
      new TemplateItem(3L, 9L, 3, "有人员", "专职社工到岗", new BigDecimal("25")));

  private static Score score(long item, String inspector, String value, boolean rectify, String finding) {
    return new Score(null, 1L, item, inspector, new BigDecimal(value), finding, rectify, null);
  }

  @Test
  void theTotalIsTheSumOfEachItemsMeanAcrossInspectorsAndPassesAtTheThreshold() {
    InspectionResult r = InspectionResult.compute(ITEMS, List.of(
        score(1, "a", "10", false, null), score(1, "b", "7", false, null),
        score(2, "a", "15", false, null), score(2, "b", "14", false, null),
        score(3, "a", "20", false, null), score(3, "b", "21", false, null)), new BigDecimal("43.5"));
    assertThat(r.items()).extracting(InspectionResult.ItemResult::score)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("8.5"), new BigDecimal("14.5"), new BigDecimal("20.5"));
    assertThat(r.total()).isEqualByComparingTo("43.5");
    assertThat(r.max()).isEqualByComparingTo("50");
    assertThat(r.passed()).as("exactly at the threshold passes").isTrue();
    assertThat(r.needsRectification()).isFalse();
  }

  @Test
  void belowTheThresholdFailsAndMustBeRectified() {
    InspectionResult r = InspectionResult.compute(ITEMS, List.of(score(1, "a", "10", false, null),
        score(2, "a", "15", false, null), score(3, "a", "18.49", false, null)), new BigDecimal("43.5"));
    assertThat(r.total()).isEqualByComparingTo("43.49");
    assertThat(r.passed()).isFalse();
    assertThat(r.needsRectification()).isTrue();
    assertThat(r.notice()).startsWith("总分 43.49 未达到合格线");
  }

  @Test
  void anItemFlaggedByAnyInspectorIsInTheNoticeWithItsFindings() {
    InspectionResult r = InspectionResult.compute(ITEMS, List.of(score(1, "a", "9", true, "无固定场所标识"),
        score(1, "b", "10", false, "基本达标"), score(2, "a", "15", false, null), score(3, "a", "25", false, null)),
        new BigDecimal("30"));
    assertThat(r.passed()).isTrue();
    assertThat(r.needsRectification()).isTrue();
    assertThat(r.notice()).isEqualTo("【有场所】服务场所固定：无固定场所标识；基本达标");
  }

  @Test
  void anUnscoredItemCountsZero() {
    InspectionResult r = InspectionResult.compute(ITEMS, List.of(score(1, "a", "10", false, null)), BigDecimal.ONE);
    assertThat(r.total()).isEqualByComparingTo("10");
    assertThat(r.max()).isEqualByComparingTo("50");
  }
}
