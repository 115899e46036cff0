package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.*;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The intake as caseworkers live it, in a real (headless) Chromium against the running application: a worker
 * registers a client (first with a mistyped ID number), screens the request, the station supervisor approves
 * the opening and names the responsible worker, and a worker of another station cannot see the case.
 *
 * <p>Needs the distribution's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; Selenium never
 * downloads a browser or driver. Without them the test is skipped, or fails when {@code -Dbrowser.required=true}.
 */
@ApplicationTest
class IntakeBrowserTests {

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("intake");

  @Test
  void workerRegistersScreensAndSupervisorOpensTheCase() throws IOException {
    String clientName = "王秀英" + ThreadLocalRandom.current().nextInt(1000, 10000);
    String validId = Fixtures.idNumber("19491231");
    String invalidId = withWrongCheckDigit(validId);

    // 1. The worker fills the intake form with a mistyped ID number: the form comes back, nothing is stored.
    WebDriver worker = browsers.logIn("xbhbl-worker", "刘洋");
    WebDriverWait wait = waitFor(worker);
    worker.findElement(By.id("nav-start")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("start-intake"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-form")));
    assertThat(worker.getCurrentUrl()).endsWith("/start/intake");

    assertThat(new Select(worker.findElement(By.id("stationCode"))).getFirstSelectedOption().getDomProperty("value"))
        .as("the only station of the worker is preselected").isEqualTo("xbhbl");
    assertThat(worker.findElement(By.id("intakeDate")).getDomProperty("value"))
        .as("intake date prefilled with today").matches("\\d{4}-\\d{2}-\\d{2}");
    type(worker, "clientName", clientName);
    type(worker, "idNumber", invalidId);
    type(worker, "phone", "13800138000");
    type(worker, "emergencyContact", "李强");
    type(worker, "emergencyPhone", "13900139000");
    type(worker, "address", "北京市朝阳区西坝河北里 3 号楼 2 单元");
    new Select(worker.findElement(By.id("personType"))).selectByValue("living_alone");
    choose(worker, "referralSource", "self");
    type(worker, "presentingProblem", "独居老人，行动不便，需要助餐与探访");
    type(worker, "expectation", "希望每天有人送餐");
    choose(worker, "willingness", "strong");
    choose(worker, "urgency", "normal");
    worker.findElement(By.id("start-submit")).click();

    WebElement idError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-idNumber")));
    assertThat(idError.getText()).as("message beside the ID number").contains("身份证号无效");
    assertThat(worker.findElement(By.id("form-problem")).isDisplayed()).isTrue();
    // the refused field is brought into view with the cursor in it
    assertThat(((org.openqa.selenium.JavascriptExecutor) worker).executeScript(
        "return document.activeElement && document.activeElement.id")).isEqualTo("idNumber");
    assertThat(((org.openqa.selenium.JavascriptExecutor) worker).executeScript("var r = document.getElementById"
        + "('field-idNumber').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;"))
        .isEqualTo(true);
    assertThat(worker.findElements(By.cssSelector("#start-form .error")))
        .as("only the ID number is wrong").hasSize(1);
    assertThat(worker.getCurrentUrl()).endsWith("/start/intake");
    assertThat(valueOf(worker, "clientName")).isEqualTo(clientName);
    assertThat(valueOf(worker, "idNumber")).isEqualTo(invalidId);
    assertThat(valueOf(worker, "address")).isEqualTo("北京市朝阳区西坝河北里 3 号楼 2 单元");
    assertThat(valueOf(worker, "presentingProblem")).isEqualTo("独居老人，行动不便，需要助餐与探访");
    assertThat(new Select(worker.findElement(By.id("personType"))).getFirstSelectedOption().getDomProperty("value"))
        .isEqualTo("living_alone");
    assertThat(worker.findElement(By.cssSelector("#willingness input[value='strong']")).isSelected()).isTrue();
    assertThat(worker.findElement(By.cssSelector("#urgency input[value='normal']")).isSelected()).isTrue();
    assertThat(caseRowsFor(worker, clientName)).as("no case registered for a rejected form").isEmpty();

    // 2. With the ID number corrected, the case is registered and awaits screening.
    type(worker, "idNumber", validId);
    worker.findElement(By.id("start-submit")).click();
    wait.until(ExpectedConditions.urlMatches("/cases/[A-Z]+-\\d{4}-\\d{4}$"));
    String caseNo = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no"))).getText().trim();
    assertThat(caseNo).matches("^XBHBL-\\d{4}-\\d{4}$");
    assertThat(worker.getCurrentUrl()).endsWith("/cases/" + caseNo);
    assertThat(worker.findElement(By.id("notice")).getText()).contains(caseNo);
    assertThat(worker.findElement(By.id("case-status")).getText()).isEqualTo("待筛查");
    assertThat(worker.findElement(By.id("client-name")).getText()).isEqualTo(clientName);
    assertThat(worker.findElement(By.id("client-id")).getText()).isEqualTo(validId);
    assertThat(worker.findElement(By.id("open-tasks")).getText()).contains("筛查接案请求");
    screenshot(worker, "intake-registered");

    // 3. The screening task is in the worker's own inbox; they accept the request.
    worker.findElement(By.id("nav-tasks")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(worker.findElement(By.id("tab-mine")).getDomAttribute("class")).contains("active");
    // the search box finds it however many tasks the worker holds (the suite may run again on one database)
    worker.findElement(By.id("inbox-q")).sendKeys(caseNo);
    worker.findElement(By.id("inbox-q")).submit();
    wait.until(ExpectedConditions.urlContains("q="));
    WebElement screeningRow = taskRow(worker, caseNo, "筛查接案请求")
        .orElseThrow(() -> new AssertionError("筛查接案请求 of " + caseNo + " not in 我的待办"));
    assertThat(screeningRow.getText()).contains(clientName);
    String screeningTask = screeningRow.getDomAttribute("data-task");
    screeningRow.findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.textToBe(By.id("task-name"), "筛查接案请求"));
    String context = worker.findElement(By.id("case-context")).getText();
    assertThat(context).contains(clientName).contains(caseNo).contains("独居老人，行动不便，需要助餐与探访");
    choose(worker, "decision", "accept");
    worker.findElement(By.id("complete")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
        .contains("已完成任务").contains("筛查接案请求");
    assertThat(taskRow(worker, caseNo, "筛查接案请求")).as("screening done").isEmpty();
    worker.get(browsers.url("/tasks/" + screeningTask));
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText())
        .as("an already completed task, reopened").isEqualTo("该任务已被办理完成");
    browsers.quit(worker);

    // 4. The station supervisor finds the approval among the station's unclaimed tasks and approves.
    WebDriver supervisor = browsers.logIn("xbhbl-supervisor", "张晓梅");
    WebDriverWait supervisorWait = waitFor(supervisor);
    supervisor.findElement(By.id("tab-unclaimed")).click();
    supervisorWait.until(ExpectedConditions.urlContains("tab=unclaimed"));
    supervisorWait.until(ExpectedConditions.attributeContains(By.id("tab-unclaimed"), "class", "active"));
    supervisor.findElement(By.id("inbox-q")).sendKeys(caseNo);
    supervisor.findElement(By.id("inbox-q")).submit();
    supervisorWait.until(ExpectedConditions.urlContains("q="));
    WebElement approvalRow = taskRow(supervisor, caseNo, "审批开案")
        .orElseThrow(() -> new AssertionError("审批开案 of " + caseNo + " not in 本站待认领"));
    String approvalTask = approvalRow.getDomAttribute("data-task");
    approvalRow.findElement(By.cssSelector("a.task-link")).click();
    supervisorWait.until(ExpectedConditions.textToBe(By.id("task-name"), "审批开案"));
    assertThat(supervisor.findElement(By.id("task-assignee")).getText()).isEqualTo("未认领");
    assertThat(supervisor.findElement(By.id("case-context")).getText()).contains(clientName).contains("接案");
    choose(supervisor, "decision", "approve");
    Select responsible = new Select(supervisor.findElement(By.id("responsibleWorker")));
    assertThat(responsible.getOptions()).extracting(o -> o.getDomProperty("value"))
        .contains("xbhbl-worker", "xbhbl-worker2");
    responsible.selectByValue("xbhbl-worker2");
    type(supervisor, "comment", "同意开案，由陈静负责");
    supervisor.findElement(By.id("complete")).click();
    supervisorWait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(supervisorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
        .contains("已完成任务").contains("审批开案");

    // 5. The case is open, in the hands of the named worker, its needs assessment has begun, and its history
    //    shows the approval.
    supervisor.get(browsers.url("/cases/" + caseNo));
    supervisorWait.until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    assertThat(supervisor.findElement(By.id("case-status")).getText()).isEqualTo("评估中");
    assertThat(supervisor.findElement(By.id("responsible-worker")).getText()).isEqualTo("陈静");
    // the timeline says what was decided, in words; the engine's steps sit in the folded audit record
    assertThat(supervisor.findElement(By.id("history")).getText()).contains("筛查：接案")
        .contains("开案审批：同意开案").contains("张晓梅");
    assertThat(supervisor.findElement(By.id("audit-log")).getDomProperty("textContent")).contains("筛查接案请求")
        .contains("审批开案");
    assertThat(supervisor.findElement(By.id("decisions")).getText())
        .contains("接案").contains("同意开案").contains("同意开案，由陈静负责");
    assertThat(supervisor.findElement(By.id("open-tasks")).getText()).contains("记录需求评估")
        .contains("陈静");
    screenshot(supervisor, "case-opened");
    browsers.quit(supervisor);

    // 6. A worker of another station neither sees the case nor any of its tasks.
    WebDriver stranger = browsers.logIn("sjl-worker", "孙磊");
    WebDriverWait strangerWait = waitFor(stranger);
    stranger.get(browsers.url("/cases/" + caseNo));
    strangerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
    assertThat(stranger.findElements(By.id("case-no"))).isEmpty();
    assertThat(stranger.getPageSource()).doesNotContain(clientName);
    for (String task : List.of(screeningTask, approvalTask)) {
      stranger.get(browsers.url("/tasks/" + task));
      strangerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
      assertThat(stranger.getPageSource()).doesNotContain(clientName);
    }
    for (String tab : List.of("mine", "unclaimed", "done")) {
      stranger.get(browsers.url("/tasks?tab=" + tab));
      strangerWait.until(ExpectedConditions.attributeContains(By.id("tab-" + tab), "class", "active"));
      assertThat(stranger.findElement(By.tagName("main")).getText()).as("inbox tab " + tab).doesNotContain(caseNo);
    }
    stranger.get(browsers.url("/cases?q=" + caseNo));
    strangerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
    assertThat(stranger.findElement(By.id("cases")).getText()).doesNotContain(caseNo);
  }

  // ---- pages ----

  /** Rows of the case list matching the client's name, looked up in a second tab so the form stays as it is. */
  private List<String> caseRowsFor(WebDriver driver, String clientName) {
    String form = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(browsers.url("/cases?q=" + clientName));
      waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
      return driver.findElements(By.cssSelector("#cases tbody tr")).stream()
          .map(WebElement::getText)
          .filter(text -> text.contains(clientName))
          .toList();
    } finally {
      driver.close();
      driver.switchTo().window(form);
    }
  }

  // ---- data ----

  /** The same number with another check character, so only the checksum is wrong. */
  private static String withWrongCheckDigit(String idNumber) {
    char check = idNumber.charAt(17);
    char wrong = check == '0' ? '1' : '0';
    return idNumber.substring(0, 17) + wrong;
  }

}
