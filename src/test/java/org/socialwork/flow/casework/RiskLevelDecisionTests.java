package org.socialwork.flow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/risk-level.dmn, one row per rule (first hit wins), plus the rows where an earlier rule must win. */
class RiskLevelDecisionTests {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = RiskLevelDecisionTests.class.getClassLoader().getResourceAsStream("bpmn/risk-level.dmn")) {
      decision = dmn.parseDecision("risk-level", in);
    }
  }

  @ParameterizedTest(name = "[{index}] emergency={0} selfCare={1} health={2} family={3} social={4} -> {5} {6}")
  @CsvSource({
      // Rule_Emergency: any emergency is high, whatever the rest
      "true,  full,    good, strong, strong, high,   P7D",
      // Rule_DisabledWithoutFamily
      "false, none,    good, none,   strong, high,   P1M",
      "false, none,    good, weak,   strong, high,   P1M",
      // Rule_PoorHealthWithoutSupport
      "false, full,    poor, none,   weak,   high,   P1M",
      "false, partial, poor, none,   none,   high,   P1M",
      // Rule_Disabled (with family support)
      "false, none,    good, strong, strong, medium, P3M",
      // Rule_NoFamilySupport
      "false, full,    good, none,   strong, medium, P3M",
      // Rule_PartialSelfCare
      "false, partial, good, strong, strong, medium, P3M",
      // Rule_HealthPoorOnly
      "false, full,    poor, strong, strong, medium, P3M",
      "false, full,    poor, none,   strong, medium, P3M",
      // Rule_SocialIsolation
      "false, full,    good, strong, none,   medium, P3M",
      // Rule_Low
      "false, full,    good, strong, strong, low,    P6M",
      "false, full,    fair, weak,   weak,   low,    P6M",
  })
  void derivesTheRiskLevelAndTheReassessmentPeriod(boolean emergency, String selfCare, String health,
                                                   String family, String social, String level, String period) {
    DmnDecisionResultEntries result = dmn.evaluateDecision(decision, Variables.createVariables()
        .putValue("emergency", emergency).putValue("selfCare", selfCare).putValue("health", health)
        .putValue("familySupport", family).putValue("socialSupport", social)).getSingleResult();
    assertThat(result.<String>getEntry("riskLevel")).isEqualTo(level);
    assertThat(result.<String>getEntry("reassessAfter")).isEqualTo(period);
  }
}
