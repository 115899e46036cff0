package org.socialwork.flow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.system.ModelBean;
import org.socialwork.flow.system.ModelBeans;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

/** The model rules on a corpus of broken models, each refused with the right problem; the project's models pass. */
class ModelRulesTests {

  private static final Set<String> DEPLOYED_FORMS = Set.of("intake-register", "intake-screen", "intake-approve");

  private final ModelRules rules = new ModelRules(new ModelingSettings(DataSize.ofMegabytes(5)),
      new ModelBeans(beans()));

  /** A bean published to models. */
  @ModelBean("openCaseworkDelegate")
  static class Published {
  }

  private static StaticListableBeanFactory beans() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("openCaseworkDelegate", new Published());
    beans.addBean("caseMapper", new Object());
    return beans;
  }

  private final DeployedModels deployed = new DeployedModels() {
    @Override
    public Optional<ModelFile> latestForm(String formKey) {
      return DEPLOYED_FORMS.contains(formKey)
          ? Optional.of(new ModelFile("forms/" + formKey + ".form", ("{\"id\":\"" + formKey + "\",\"components\":[]}")
              .getBytes(StandardCharsets.UTF_8)))
          : Optional.empty();
    }

    @Override
    public Optional<ModelFile> latestDecision(String decisionKey) {
      return Optional.empty();
    }

    @Override
    public boolean groupExists(String groupId) {
      return false;
    }
  };

  private ModelRules.Review review(String xml) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("intake.bpmn", xml.getBytes(StandardCharsets.UTF_8));
    return rules.review(files, deployed);
  }

  private static List<String> codes(ModelRules.Review review) {
    return review.problems().stream().map(ModelProblem::code).toList();
  }

  @Test
  void theIntakeModelPassesAndCarriesTheFormsItReferences() {
    ModelRules.Review review = review(TrialModels.intakeXml());
    assertThat(review.problems()).isEmpty();
    assertThat(review.carried()).containsOnlyKeys("intake-register.form", "intake-screen.form",
        "intake-approve.form");
  }

  @Test
  void refusesAUserTaskWhoseFormExistsNowhere() {
    ModelRules.Review review = review(TrialModels.intakeXml()
        .replace("camunda:formRef=\"intake-screen\"", "camunda:formRef=\"no-such-form\""));
    assertThat(review.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("formMissing");
      assertThat(p.elementId()).isEqualTo("Task_ScreenIntake");
      assertThat(p.args()).containsExactly("no-such-form");
    });
  }

  @Test
  void refusesAUserTaskWithoutAForm() {
    ModelRules.Review review = review(TrialModels.intakeXml()
        .replace("camunda:formRef=\"intake-screen\" camunda:formRefBinding=\"deployment\"", ""));
    assertThat(codes(review)).containsExactly("noForm");
    assertThat(review.problems().get(0).elementId()).isEqualTo("Task_ScreenIntake");
  }

  @Test
  void refusesAnUnknownGroupExpressionALiteralStationGroupAndAnUnknownGroup() {
    String xml = TrialModels.intakeXml()
        .replace("camunda:candidateGroups=\"station-${stationCode}-worker\"",
            "camunda:candidateGroups=\"team-${stationCode}-worker\"")
        .replace("camunda:candidateGroups=\"station-${stationCode}-supervisor\"",
            "camunda:candidateGroups=\"station-xbhbl-supervisor\"")
        .replace("camunda:candidateGroups=\"expert-supervisors,station-${stationCode}-supervisor\"",
            "camunda:candidateGroups=\"reviewers\"");
    ModelRules.Review review = review(xml);
    assertThat(review.problems()).extracting(ModelProblem::code, ModelProblem::elementId).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("unknownGroupExpression", "Task_ScreenIntake"),
        org.assertj.core.groups.Tuple.tuple("literalStationGroup", "Task_ApproveOpening"),
        org.assertj.core.groups.Tuple.tuple("unknownGroup", "Task_ApproveOpeningEscalated"));
  }

  @Test
  void refusesAUserTaskWithNeitherGroupsNorAssignee() {
    String xml = TrialModels.intakeXml()
        .replace("camunda:assignee=\"${registeredBy}\"", "")
        .replace("camunda:candidateGroups=\"station-${stationCode}-worker\"", "");
    assertThat(codes(review(xml))).containsExactly("noAssignment");
  }

  @Test
  void refusesANonExecutableProcess() {
    ModelRules.Review review = review(TrialModels.intakeXml().replace("isExecutable=\"true\"", "isExecutable=\"false\""));
    assertThat(codes(review)).containsExactly("notExecutable");
    assertThat(review.problems().get(0).elementId()).isEqualTo("intake");
  }

  @Test
  void refusesAProcessWithoutHistoryTimeToLive() {
    assertThat(codes(review(TrialModels.intakeXml().replace("camunda:historyTimeToLive=\"3650\"", ""))))
        .containsExactly("noHttl");
  }

  @Test
  void refusesModelerGeneratedIds() {
    String xml = TrialModels.intakeXml().replace("Task_ScreenIntake", "Activity_0abc123")
        .replace("Gateway_ScreeningDecision", "Gateway_1x2y3z4");
    ModelRules.Review review = review(xml);
    assertThat(review.problems()).extracting(ModelProblem::code).containsOnly("generatedId");
    assertThat(review.problems()).extracting(ModelProblem::elementId)
        .containsExactlyInAnyOrder("Activity_0abc123", "Gateway_1x2y3z4");
    assertThat(ModelRules.generated("StartEvent_1")).isTrue();
    assertThat(ModelRules.generated("Task_RecordSession")).isFalse();
    assertThat(ModelRules.generated("Flow_accepted")).isFalse();
  }

  @Test
  void refusesADelegateExpressionThatNamesNoBean() {
    ModelRules.Review review = review(TrialModels.intakeXml()
        .replace("${openCaseworkDelegate}", "${openCaseDelegate}"));
    assertThat(review.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("noBean");
      assertThat(p.elementId()).isEqualTo("MessageDefinition_CaseOpened");
    });
  }

  @Test
  void refusesMalformedXmlWithItsLine() {
    String xml = TrialModels.intakeXml();
    List<ModelProblem> problems = rules.checkFile("intake.bpmn",
        xml.substring(0, xml.indexOf("</bpmn:userTask>")).getBytes(StandardCharsets.UTF_8));
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("xml"));
  }

  @Test
  void refusesXmlThatIsNoBpmn() {
    assertThat(rules.checkFile("x.bpmn", "<a><b/></a>".getBytes(StandardCharsets.UTF_8)))
        .extracting(ModelProblem::code).containsExactly("bpmn");
  }

  @Test
  void refusesATwentyMegabyteFile() {
    byte[] big = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    List<ModelProblem> problems = rules.checkFile("intake.bpmn", big);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("size");
      assertThat(p.args()).containsExactly("20.0 MB", "5.0 MB");
    });
  }

  @Test
  void refusesFilesThatAreNotModels() {
    assertThat(rules.checkFile("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))
        .extracting(ModelProblem::code).containsExactly("type");
    assertThat(rules.checkFile("script.js", "alert(1)".getBytes(StandardCharsets.UTF_8)))
        .extracting(ModelProblem::code).containsExactly("type");
  }

  @Test
  void refusesMalformedJsonAndJsonThatIsNoForm() {
    assertThat(rules.checkFile("a.form", "{\"id\": \"a\", ".getBytes(StandardCharsets.UTF_8)))
        .extracting(ModelProblem::code).containsExactly("json");
    assertThat(rules.checkFile("a.form", "{\"title\": \"a\"}".getBytes(StandardCharsets.UTF_8)))
        .extracting(ModelProblem::code).containsExactly("form");
  }

  @Test
  void aFormInTheDeploymentSatisfiesItsReference() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("intake.bpmn", TrialModels.intakeXml().replace("camunda:formRef=\"intake-screen\"",
        "camunda:formRef=\"screen-v2\"").getBytes(StandardCharsets.UTF_8));
    files.put("screen-v2.form", "{\"id\":\"screen-v2\",\"components\":[]}".getBytes(StandardCharsets.UTF_8));
    ModelRules.Review review = rules.review(files, deployed);
    assertThat(review.problems()).isEmpty();
    assertThat(review.carried()).doesNotContainKey("screen-v2.form");
  }

  @Test
  void splitsCandidateGroupsOutsideExpressions() {
    assertThat(ModelRules.splitGroups("expert-supervisors, station-${stationCode}-supervisor"))
        .containsExactly("expert-supervisors", "station-${stationCode}-supervisor");
    assertThat(ModelRules.splitGroups("${groups(a, b)}")).containsExactly("${groups(a, b)}");
  }

  @Test
  void acceptsAStationGroupFromAnyVariableAndAWholeExpression() {
    String xml = TrialModels.intakeXml()
        .replace("camunda:candidateGroups=\"station-${stationCode}-worker\"",
            "camunda:candidateGroups=\"station-${station}-worker\"")
        .replace("camunda:candidateGroups=\"station-${stationCode}-supervisor\"",
            "camunda:candidateGroups=\"${approverGroup}\"");
    assertThat(review(xml).problems()).isEmpty();
  }
}
