package org.socialwork.flow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.check;
import static org.socialwork.flow.BrowserSessions.choose;
import static org.socialwork.flow.BrowserSessions.type;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;

/**
 * The leading group's inspection in a real (headless) Chromium: the leader plans an inspection of 西坝河北里, scores
 * it with a photo as evidence, the station supervisor answers the rectification with evidence, the leader accepts
 * it, and the dashboard links to it.
 */
@ApplicationTest
class InspectionBrowserTests {

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("inspection");

  private static Path file(String name, byte[] content) throws IOException {
    Path dir = Files.createTempDirectory("evidence");
    Path f = dir.resolve(name);
    Files.write(f, content);
    f.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return f;
  }

  private static void upload(WebDriver driver, Path file) {
    driver.findElement(By.id("evidence-file")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.id("upload")).click();
    waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
  }

  @Test
  void leaderInspectsXibaheBeiliSupervisorRectifiesLeaderAcceptsAndTheDashboardShowsIt() throws IOException {
    WebDriver leader = browsers.logIn("leader", "王建国");
    WebDriverWait wait = waitFor(leader);
    leader.findElement(By.id("nav-inspections")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-inspection"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-form")));
    new Select(leader.findElement(By.id("inspectionType"))).selectByValue("station");
    new Select(leader.findElement(By.id("stationCode"))).selectByValue("xbhbl");
    new Select(leader.findElement(By.id("templateCode"))).selectByValue("five-haves");
    check(leader, "inspectors", "leader");
    leader.findElement(By.id("start-submit")).click();
    String no = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspection-no"))).getText()
        .split(" ")[0];
    assertThat(no).startsWith("JC-");

    List<WebElement> scores = leader.findElements(By.cssSelector("#score-sheet input[name^='score_']"));
    assertThat(scores).hasSize(10);
    for (WebElement s : scores) {
      s.clear();
      s.sendKeys("10");
    }
    String first = scores.get(0).getDomAttribute("name").substring("score_".length());
    type(leader, "score_" + first, "5");
    type(leader, "finding_" + first, "活动室被占作仓库");
    leader.findElement(By.id("rectify_" + first)).click();
    leader.findElement(By.id("save-scores")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    upload(leader, file("活动室现状.png", InspectionFlow.PNG));
    assertThat(leader.findElement(By.id("evidence")).getText()).contains("活动室现状.png");
    BrowserSessions.screenshot(leader, "inspection-score-sheet");

    leader.findElement(By.cssSelector("p.notice a.task-link")).click();
    wait.until(ExpectedConditions.textToBe(By.id("task-name"), "检查评分"));
    type(leader, "summary", "活动室需恢复使用");
    leader.findElement(By.id("complete")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));

    WebDriver supervisor = browsers.logIn("xbhbl-supervisor", "张晓梅");
    WebDriverWait swait = waitFor(supervisor);
    supervisor.get(browsers.url("/tasks?tab=unclaimed"));
    WebElement row = supervisor.findElements(By.cssSelector("#tasks tr[data-task]")).stream()
        .filter(r -> r.getText().contains(no)).findFirst()
        .orElseThrow(() -> new AssertionError("no rectification task of " + no));
    assertThat(row.getText()).contains("整改并提交整改报告");
    row.findElement(By.cssSelector("a.task-link")).click();
    swait.until(ExpectedConditions.textToBe(By.id("task-name"), "整改并提交整改报告"));
    assertThat(supervisor.findElement(By.id("case-context")).getText()).contains("活动室被占作仓库");
    BrowserSessions.screenshot(supervisor, "inspection-rectification-task");
    String taskUrl = supervisor.getCurrentUrl();
    supervisor.findElement(By.linkText(no)).click();
    swait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rectification")));
    upload(supervisor, file("整改后照片.png", InspectionFlow.PNG));
    supervisor.get(taskUrl);
    swait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
    type(supervisor, "report", "仓库物品已清走，活动室恢复开放");
    supervisor.findElement(By.id("complete")).click();
    swait.until(ExpectedConditions.urlMatches("/tasks$"));

    leader.get(browsers.url("/tasks"));
    leader.findElements(By.cssSelector("#tasks tr[data-task]")).stream()
        .filter(r -> r.getText().contains(no) && r.getText().contains("复查整改")).findFirst()
        .orElseThrow(() -> new AssertionError("no re-inspection of " + no))
        .findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.textToBe(By.id("task-name"), "复查整改"));
    choose(leader, "decision", "accept");
    leader.findElement(By.id("complete")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));

    leader.get(browsers.url("/inspections/" + no));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspection-status"))).getText())
        .isEqualTo("整改完成");
    assertThat(leader.findElement(By.id("rectification-status")).getText()).isEqualTo("已通过");

    leader.get(browsers.url("/inspections/dashboard"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("by-status")));
    assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) leader)
        .executeScript("return !!window.echarts")).as("ECharts loaded from its webjar").isTrue();
    assertThat(leader.findElements(By.cssSelector("#chart-latest canvas"))).isNotEmpty();
    BrowserSessions.screenshot(leader, "inspection-dashboard");
    leader.findElement(By.cssSelector("a[data-figure='status-RECTIFIED']")).click();
    wait.until(ExpectedConditions.urlContains("status=RECTIFIED"));
    assertThat(leader.findElement(By.id("inspections")).getText()).contains(no);
  }
}
