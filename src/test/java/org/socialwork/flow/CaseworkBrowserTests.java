package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Casework as the caseworkers live it, in a real (headless) Chromium against the running application: a case
 * opened through the JSON API is assessed by its responsible worker (first with the needs and the summary
 * missing), the decision table rates its risk, the worker writes a service plan linking a resource of the
 * station's library, the station supervisor approves the plan, and the worker records a home visit.
 *
 * <p>Needs the distribution's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; Selenium never
 * downloads a browser or driver. Without them the test is skipped, or fails when {@code -Dbrowser.required=true}.
 */
@ApplicationTest
class CaseworkBrowserTests {

  private static final String RESOURCE = "西坝河北里社区食堂";
  private static final String INDICATOR = "每周送餐不少于 6 次";
  private static final String NARRATIVE = "入户探访，老人精神尚可，已按计划每日送餐，约定下周再访";

  @LocalServerPort
  int port;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("casework");

  @Test
  void workerAssessesWritesThePlanSupervisorApprovesAndWorkerRecordsAVisit() throws IOException {
    String clientName = "赵桂兰" + ThreadLocalRandom.current().nextInt(1000, 10000);
    String caseNo = openedCase(clientName);

    // 1. The responsible worker finds the assessment in their inbox and first submits it without needs and
    //    summary: the form comes back with both marked and everything typed kept.
    WebDriver worker = browsers.logIn("xbhbl-worker2", "陈静");
    WebDriverWait wait = waitFor(worker);
    assertThat(worker.findElement(By.id("tab-mine")).getDomAttribute("class")).contains("active");
    WebElement assessmentRow = taskRow(worker, caseNo, "记录需求评估")
        .orElseThrow(() -> new AssertionError("记录需求评估 of " + caseNo + " not in 我的任务"));
    assertThat(assessmentRow.getText()).contains(clientName);
    assessmentRow.findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.textToBe(By.id("task-name"), "记录需求评估"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
    assertThat(worker.findElement(By.id("case-context")).getText()).contains(clientName).contains(caseNo);
    assertThat(worker.findElement(By.id("assessedOn")).getDomAttribute("type")).isEqualTo("date");
    assertThat(valueOf(worker, "assessedOn")).as("assessment date prefilled with today")
        .isEqualTo(LocalDate.now().toString());
    assertThat(worker.findElements(By.cssSelector("#needs input[type='checkbox']")))
        .as("the needs library offers its types").isNotEmpty();

    choose(worker, "health", "fair");
    choose(worker, "selfCare", "none");
    choose(worker, "familySupport", "weak");
    choose(worker, "socialSupport", "weak");
    type(worker, "individualSystem", "高血压，行动不便，情绪低落");
    type(worker, "familySystem", "子女在外地，每月通话一次");
    type(worker, "socialSystem", "与邻居往来少，未参加社区活动");
    choose(worker, "priority", "high");
    worker.findElement(By.id("complete")).click();

    WebElement needsError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-needs")));
    assertThat(needsError.getText()).isNotBlank();
    assertThat(worker.findElement(By.id("error-summary")).getText()).isNotBlank();
    assertThat(worker.findElement(By.id("form-problem")).isDisplayed()).isTrue();
    assertThat(worker.findElements(By.cssSelector("#task-form .error")))
        .as("only the needs and the summary are wrong").hasSize(2);
    assertThat(worker.findElement(By.id("task-name")).getText()).isEqualTo("记录需求评估");
    assertThat(valueOf(worker, "assessedOn")).isEqualTo(LocalDate.now().toString());
    assertThat(valueOf(worker, "individualSystem")).isEqualTo("高血压，行动不便，情绪低落");
    assertThat(valueOf(worker, "familySystem")).isEqualTo("子女在外地，每月通话一次");
    assertThat(valueOf(worker, "socialSystem")).isEqualTo("与邻居往来少，未参加社区活动");
    for (Map.Entry<String, String> radio : Map.of("health", "fair", "selfCare", "none", "familySupport", "weak",
        "socialSupport", "weak", "priority", "high").entrySet()) {
      assertThat(worker.findElement(By.cssSelector("#" + radio.getKey() + " input[value='" + radio.getValue() + "']"))
          .isSelected()).as(radio.getKey() + " kept").isTrue();
    }

    // 2. With the needs and the summary, the assessment is recorded.
    check(worker, "needs", "meal");
    check(worker, "needs", "companionship");
    type(worker, "summary", "独居高龄老人，需要助餐与定期探访");
    assertThat(worker.findElements(By.cssSelector("#emergency input[type='checkbox']:checked")))
        .as("no emergency").isEmpty();
    worker.findElement(By.id("complete")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
        .contains("已完成任务").contains("记录需求评估");
    assertThat(taskRow(worker, caseNo, "记录需求评估")).as("assessment done").isEmpty();

    // 3. The case file shows the risk from the decision table (dependent, weak family → high), the needs, and
    //    the plan to write next.
    worker.get(browsers.url("/cases/" + caseNo));
    wait.until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    assertThat(worker.findElement(By.id("risk-level")).getText()).isEqualTo("高风险");
    assertThat(worker.findElement(By.id("assessments")).getText()).contains("助餐").contains("陪伴探访")
        .contains("独居高龄老人，需要助餐与定期探访");
    assertThat(worker.findElement(By.id("case-status")).getText()).isEqualTo("评估中");
    assertThat(worker.findElement(By.id("open-tasks")).getText()).contains("制定服务计划").contains("陈静");

    // 4. The worker writes the service plan and links the community canteen from the resource library.
    worker.findElement(By.id("nav-tasks")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    taskRow(worker, caseNo, "制定服务计划")
        .orElseThrow(() -> new AssertionError("制定服务计划 of " + caseNo + " not in 我的任务"))
        .findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.textToBe(By.id("task-name"), "制定服务计划"));
    type(worker, "goal", "保障基本生活，缓解孤独感");
    type(worker, "objective1", "每日助餐");
    type(worker, "indicator1", INDICATOR);
    String deadline = LocalDate.now().plusMonths(1).toString();
    setDate(worker, "deadline1", deadline);
    type(worker, "approach", "链接社区食堂与志愿者，每周探访一次");
    WebElement canteen = worker.findElements(By.cssSelector("#resourceLinks label.choice")).stream()
        .filter(label -> label.getText().contains(RESOURCE))
        .findFirst()
        .orElseThrow(() -> new AssertionError(RESOURCE + " not offered in 链接资源库中的资源"))
        .findElement(By.cssSelector("input[type='checkbox']"));
    canteen.click();
    assertThat(canteen.isSelected()).isTrue();
    worker.findElement(By.id("complete")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
        .contains("已完成任务").contains("制定服务计划");

    worker.get(browsers.url("/cases/" + caseNo));
    wait.until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    assertThat(worker.findElement(By.id("case-status")).getText()).isEqualTo("计划审批中");
    assertThat(worker.findElement(By.id("plan-status")).getText()).isEqualTo("待审批");
    assertThat(worker.findElement(By.id("open-tasks")).getText()).contains("审批服务计划");

    // 5. The station supervisor finds the plan among the station's unclaimed tasks and approves it.
    WebDriver supervisor = browsers.logIn("xbhbl-supervisor", "张晓梅");
    WebDriverWait supervisorWait = waitFor(supervisor);
    supervisor.findElement(By.id("tab-unclaimed")).click();
    supervisorWait.until(ExpectedConditions.urlContains("tab=unclaimed"));
    supervisorWait.until(ExpectedConditions.attributeContains(By.id("tab-unclaimed"), "class", "active"));
    WebElement approvalRow = taskRow(supervisor, caseNo, "审批服务计划")
        .orElseThrow(() -> new AssertionError("审批服务计划 of " + caseNo + " not in 本站待认领"));
    assertThat(approvalRow.getText()).contains(clientName);
    approvalRow.findElement(By.cssSelector("a.task-link")).click();
    supervisorWait.until(ExpectedConditions.textToBe(By.id("task-name"), "审批服务计划"));
    assertThat(supervisor.findElement(By.id("task-assignee")).getText()).isEqualTo("未认领");
    assertThat(supervisor.findElement(By.id("case-context")).getText()).contains(clientName);
    choose(supervisor, "decision", "approve");
    supervisor.findElement(By.id("complete")).click();
    supervisorWait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(supervisorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
        .contains("已完成任务").contains("审批服务计划");

    // 6. The case is in service with the approved plan, its linked resource and objective.
    supervisor.get(browsers.url("/cases/" + caseNo));
    supervisorWait.until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    assertThat(supervisor.findElement(By.id("case-status")).getText()).isEqualTo("服务中");
    assertThat(supervisor.findElement(By.id("plan-status")).getText()).isEqualTo("已批准");
    assertThat(supervisor.findElement(By.id("plan-resources")).getText()).contains(RESOURCE);
    assertThat(supervisor.findElement(By.id("objectives")).getText()).contains("每日助餐").contains(INDICATOR)
        .contains(deadline);
    assertThat(supervisor.findElement(By.id("open-tasks")).getText()).contains("服务介入");
    assertThat(supervisor.findElement(By.id("risk-level")).getText()).isEqualTo("高风险");
    scrollTo(supervisor, "plan");
    screenshot(supervisor, "casework-plan-approved");
    browsers.quit(supervisor);

    // 7. The worker records a home visit on the case file.
    worker.get(browsers.url("/cases/" + caseNo));
    wait.until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    assertThat(worker.findElement(By.id("case-status")).getText()).isEqualTo("服务中");
    WebElement noteForm = worker.findElement(By.id("note-form"));
    assertThat(noteForm.isDisplayed()).as("the note form starts folded").isFalse();
    worker.findElement(By.xpath("//details[.//form[@id='note-form']]/summary")).click();
    wait.until(ExpectedConditions.visibilityOf(noteForm));
    String visitDate = LocalDate.now().toString();
    setDate(worker, "noteDate", visitDate);
    choose(worker, "mode", "home_visit");
    type(worker, "durationMin", "45");
    type(worker, "objective", "了解助餐落实情况");
    type(worker, "narrative", NARRATIVE);
    worker.findElement(By.id("note-submit")).click();
    wait.until(ExpectedConditions.urlMatches("/cases/" + caseNo + "(#notes)?$"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
        .contains("个案记录已保存");
    String notes = worker.findElement(By.id("case-notes")).getText();
    assertThat(notes).contains(NARRATIVE).contains("了解助餐落实情况").contains("45").contains("入户探访").contains(visitDate)
        .contains("陈静");
    scrollTo(worker, "notes");
    screenshot(worker, "casework-note-added");
  }

  // ---- setting up through the API ----

  /** Registers, screens and opens a case of the given client with xbhbl-worker2 responsible; the case number. */
  private String openedCase(String clientName) {
    IntakeFlow api = new IntakeFlow(port);
    Map<String, Object> intake = Fixtures.anIntake("xbhbl");
    intake.put("clientName", clientName);
    String caseNo = api.register("xbhbl-worker", intake);
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake"), Map.of("decision", "accept"));
    api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", caseNo, "Task_ApproveOpening"),
        Map.of("decision", "approve", "responsibleWorker", "xbhbl-worker2"));
    return caseNo;
  }

  // ---- pages ----

}
