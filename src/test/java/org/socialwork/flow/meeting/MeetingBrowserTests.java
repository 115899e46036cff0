package org.socialwork.flow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.type;
import static org.socialwork.flow.BrowserSessions.valueOf;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;
import org.socialwork.flow.IntakeFlow;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The month's meeting in a real (headless) Chromium: the leader opens this month's meeting from the meetings page
 * (once per database: a month opens once), the supervisor of 西坝河北里 finds the report in 本站待认领, sees it
 * pre-filled with the month's figures, adds the station's issues and files it, and the leader sees the station as
 * reported. The report is filed on a far-future month of this run's own (opened through the API), so the test
 * passes again on the same database: this month's report is filed by the first run only.
 */
@ApplicationTest
class MeetingBrowserTests {

  /** A month of this run's own, in years no other test opens (MeetingIntegrationTests: 3000-8999). */
  private static final String RUN_MONTH;

  static {
    long k = System.currentTimeMillis() / 60_000L % (900L * 12);
    RUN_MONTH = YearMonth.of(9000 + (int) (k / 12), (int) (k % 12) + 1).toString();
  }

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("meeting");

  @LocalServerPort
  int port;

  @Test
  void leaderOpensTheMeetingSupervisorFilesThePrefilledReportLeaderSeesItFiled() {
    String thisMonth = YearMonth.now().toString();
    WebDriver leader = browsers.logIn("leader", "王建国");
    leader.findElement(By.id("nav-supervision")).click();
    leader.findElement(By.id("tab-meetings")).click();
    waitFor(leader).until(ExpectedConditions.presenceOfElementLocated(By.id("this-month")));
    if (!leader.findElements(By.id("open-meeting")).isEmpty()) {
      leader.findElement(By.id("open-meeting")).click();
      waitFor(leader).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
      assertThat(leader.findElement(By.id("meeting-month")).getText()).isEqualTo(thisMonth);
      assertThat(leader.findElement(By.id("meeting-status")).getText()).isEqualTo("站点汇报中");
    }
    leader.get(browsers.url("/meetings"));
    assertThat(leader.findElements(By.id("open-meeting"))).as("this month is open").isEmpty();

    String month = RUN_MONTH;
    ResponseEntity<String> opened = new IntakeFlow(port).post("leader", "/api/meetings/open?month=" + month, null);
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
    leader.get(browsers.url("/meetings/" + month));
    assertThat(leader.findElement(By.id("meeting-status")).getText()).isEqualTo("站点汇报中");

    WebDriver supervisor = browsers.logIn("xbhbl-supervisor", "张晓梅");
    supervisor.get(browsers.url("/tasks?tab=unclaimed&q=MTG-" + month));
    waitFor(supervisor).until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
    WebElement row = supervisor.findElements(By.cssSelector("#tasks tr[data-task]")).stream()
        .filter(r -> r.getText().contains("MTG-" + month) && r.getText().contains("提交站点月度汇报"))
        .findFirst().orElseThrow(() -> new AssertionError("no report task of MTG-" + month + " in 本站待认领"));
    row.findElement(By.cssSelector("a.task-link")).click();
    waitFor(supervisor).until(ExpectedConditions.textToBe(By.id("task-name"), "提交站点月度汇报"));
    assertThat(valueOf(supervisor, "casesOpened")).as("pre-filled from the data").matches("\\d+");
    assertThat(valueOf(supervisor, "supervisionHours")).as("pre-filled from the data").isNotBlank();
    type(supervisor, "issues", "独居老人助餐需求增加，志愿者不足");
    supervisor.findElement(By.id("complete")).click();
    waitFor(supervisor).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

    leader.get(browsers.url("/meetings/" + month));
    WebElement xbhbl = leader.findElement(By.cssSelector("#station-reports tr[data-station='xbhbl']"));
    assertThat(xbhbl.getDomAttribute("class")).isEqualTo("filed");
    assertThat(xbhbl.getText()).contains("独居老人助餐需求增加");
    assertThat(leader.findElement(By.id("reports-filed")).getText()).isNotEqualTo("0");
  }
}
