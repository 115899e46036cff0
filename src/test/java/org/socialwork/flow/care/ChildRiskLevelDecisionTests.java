package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/child-risk-level.dmn, every rule (first hit wins), plus the rows where an earlier rule must win. */
class ChildRiskLevelDecisionTests {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = ChildRiskLevelDecisionTests.class.getClassLoader()
        .getResourceAsStream("bpmn/child-risk-level.dmn")) {
      decision = dmn.parseDecision("child-risk-level", in);
    }
  }

  @ParameterizedTest(name = "[{index}] safetyRisk={0} guardianship={1} basicNeedsUnmet={2} riskChange={3} -> {4}")
  @CsvSource({
      // Rule_SafetyRisk, whatever the rest
      "true,  adequate,   false, better, red",
      "true,  none,       true,  worse,  red",
      // Rule_NoGuardian
      "false, none,       false, same,   red",
      "false, none,       true,  better, red",
      // Rule_BasicNeedsUnmet
      "false, adequate,   true,  same,   yellow",
      "false, inadequate, true,  worse,  yellow",
      // Rule_InadequateCare
      "false, inadequate, false, better, yellow",
      // Rule_RiskWorse
      "false, adequate,   false, worse,  blue",
      // Rule_Stable
      "false, adequate,   false, same,   green",
      "false, adequate,   false, better, green",
  })
  void colourLevelFromTheRecordsRiskItems(boolean safetyRisk, String guardianship, boolean basicNeedsUnmet,
                                          String riskChange, String level) {
    Object result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("safetyRisk", safetyRisk).putValue("guardianship", guardianship)
        .putValue("basicNeedsUnmet", basicNeedsUnmet).putValue("riskChange", riskChange))
        .getSingleResult().getSingleEntry();
    assertThat(result).isEqualTo(level);
  }
}
