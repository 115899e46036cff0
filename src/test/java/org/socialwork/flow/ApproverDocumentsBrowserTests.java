package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Approvers see what they sign: the plan approval shows the plan (objectives, indicators, deadlines) and the earlier
 * round's return comment, the closure approval shows the closure report and the evaluation — beside the form on a
 * desktop, above it on a phone (390 × 844). Screenshots target/screenshots/approval-*.png.
 */
@ApplicationTest
class ApproverDocumentsBrowserTests {

  @LocalServerPort
  int port;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("approver");

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  @Test
  void thePlanApprovalShowsThePlanAndTheClosureApprovalShowsTheReport() throws IOException {
    String goal = "完成居家适老化改造" + ThreadLocalRandom.current().nextInt(1000, 10000);
    String caseNo = assessedCase();
    writePlan(caseNo, goal + "（初稿）");
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApprovePlan"),
        Map.of("decision", "return", "comment", "请写明扶手安装的验收人"));
    writePlan(caseNo, goal);
    String approval = api.taskOf("sjl-supervisor", caseNo, "Task_ApprovePlan");

    WebDriver desktop = browsers.logIn("sjl-supervisor", "赵丽华");
    desktop.get(browsers.url("/tasks/" + approval));
    waitFor(desktop).until(ExpectedConditions.textToBe(By.id("task-name"), "审批服务计划"));
    WebElement plan = desktop.findElement(By.id("doc-plan"));
    assertThat(plan.getText()).contains("服务计划书").contains(goal).contains("完成卫生间扶手安装")
        .contains("扶手安装验收").contains(LocalDate.now().plusMonths(2).toString()).contains("孙磊");
    assertThat(desktop.findElement(By.id("doc-assessment")).getText()).contains("需要居家安全改造咨询");
    assertThat(desktop.findElement(By.id("doc-rounds")).getText()).contains("退回修改计划")
        .contains("请写明扶手安装的验收人").contains("赵丽华");
    WebElement form = desktop.findElement(By.id("task-form"));
    assertThat(plan.getRect().getX()).as("the plan beside the form").isGreaterThan(form.getRect().getX()
        + form.getRect().getWidth() - 1);
    assertThat(desktop.findElement(By.id("task-station")).getText()).isEqualTo("尚家楼社区社工站");
    screenshot(desktop, "approval-plan-desktop");

    // in English: the task's title, the document's title and its labels are translated
    desktop.get(browsers.url("/tasks/" + approval + "?lang=en"));
    waitFor(desktop).until(ExpectedConditions.textToBe(By.id("task-name"), "Approve the service plan"));
    assertThat(desktop.getTitle()).startsWith("Approve the service plan");
    assertThat(desktop.findElement(By.id("doc-plan")).getText()).contains("Service plan").contains("Overall goal")
        .contains(goal);
    assertThat(desktop.findElement(By.id("doc-rounds")).getText()).contains("Plan returned for revision");
    screenshot(desktop, "approval-plan-english");
    desktop.get(browsers.url("/tasks/" + approval + "?lang=zh_CN"));

    WebDriver phone = browsers.logInOnPhone("sjl-supervisor", "赵丽华");
    phone.get(browsers.url("/tasks/" + approval));
    waitFor(phone).until(ExpectedConditions.textToBe(By.id("task-name"), "审批服务计划"));
    WebElement phonePlan = phone.findElement(By.id("doc-plan"));
    assertThat(phonePlan.isDisplayed()).isTrue();
    assertThat(phonePlan.getText()).contains(goal);
    assertThat(phonePlan.getRect().getY()).as("read first, then decide")
        .isLessThan(phone.findElement(By.id("task-form")).getRect().getY());
    assertFits(phone);
    scrollTo(phone, "doc-plan");
    screenshot(phone, "approval-plan-phone");

    api.complete("sjl-supervisor", approval, Map.of("decision", "approve"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_Intervention"),
        Map.of("summary", "完成扶手安装，老人已能安全如厕"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_Evaluate"), Map.of(
        "goalAttainment", "目标一：扶手已安装并验收", "overall", "achieved", "outcome", "居家安全明显改善"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_WriteClosure"), Map.of("reason", "goal_met",
        "outcomeEvaluation", "服务目标全部达成，" + goal, "clientFeedback", "很满意", "followupPlan", "一个月、三个月后回访"));
    String closure = api.taskOf("sjl-supervisor", caseNo, "Task_ApproveClosure");

    desktop.get(browsers.url("/tasks/" + closure));
    waitFor(desktop).until(ExpectedConditions.textToBe(By.id("task-name"), "审批结案"));
    assertThat(desktop.findElement(By.id("doc-closure")).getText()).contains("结案报告")
        .contains("服务目标全部达成，" + goal).contains("很满意").contains("一个月、三个月后回访")
        .contains("目标达成");
    assertThat(desktop.findElement(By.id("doc-evaluation")).getText()).contains("目标一：扶手已安装并验收")
        .contains("居家安全明显改善");
    assertThat(desktop.findElement(By.id("doc-plan")).getText()).contains(goal);
    screenshot(desktop, "approval-closure-desktop");

    phone.get(browsers.url("/tasks/" + closure));
    waitFor(phone).until(ExpectedConditions.textToBe(By.id("task-name"), "审批结案"));
    assertThat(phone.findElement(By.id("doc-closure")).getText()).contains("服务目标全部达成，" + goal);
    assertFits(phone);
    scrollTo(phone, "doc-closure");
    screenshot(phone, "approval-closure-phone");

    // the same documents through the API, in English for an English reader
    JsonNode task = IntakeFlow.json(api.as("sjl-supervisor").get().uri("/api/tasks/" + closure + "?lang=en")
        .retrieve().toEntity(String.class));
    assertThat(task.at("/documents/0/id").asText()).isEqualTo("doc-closure");
    assertThat(task.at("/documents/0/title").asText()).isEqualTo("Closure report");
    assertThat(task.at("/documents/0").toString()).contains("服务目标全部达成，" + goal);
  }

  private String assessedCase() {
    String caseNo = api.register("sjl-worker", Fixtures.anIntake("sjl"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    api.complete("sjl-supervisor", api.taskOf("sjl-supervisor", caseNo, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", "sjl-worker"));
    Map<String, Object> assessment = new HashMap<>(Map.of("assessedOn", LocalDate.now().toString(), "health", "good",
        "selfCare", "full", "familySupport", "strong", "socialSupport", "strong",
        "individualSystem", "身体尚可，情绪平稳", "familySystem", "女儿每周探望", "socialSystem", "参加社区合唱团",
        "priority", "low", "summary", "需要居家安全改造咨询"));
    assessment.put("needs", List.of("home_adaptation"));
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_RecordAssessment"), assessment);
    return caseNo;
  }

  private void writePlan(String caseNo, String goal) {
    api.complete("sjl-worker", api.taskOf("sjl-worker", caseNo, "Task_WritePlan"), Map.of("goal", goal,
        "objective1", "完成卫生间扶手安装", "indicator1", "扶手安装验收", "deadline1",
        LocalDate.now().plusMonths(2).toString(), "approach", "链接街道适老化改造项目"));
  }

  private static void assertFits(WebDriver driver) {
    Number width = (Number) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth;");
    assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(PHONE_WIDTH);
  }
}
