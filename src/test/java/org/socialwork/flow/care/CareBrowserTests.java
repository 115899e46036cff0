package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.PHONE_WIDTH;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.scrollTo;
import static org.socialwork.flow.BrowserSessions.type;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker records a care visit on a phone (390 × 844): the week's cards, the one-handed form (thumb-sized choices,
 * the submit button across the screen), the record afterwards, and the next visit planned. Screenshots in
 * target/screenshots/care-phone-*.png.
 */
@ApplicationTest
class CareBrowserTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("care");

  @Test
  void aWorkerRecordsAVisitOnAPhone() throws IOException {
    String name = "手机" + System.nanoTime() % 100000;
    IntakeFlow api = new IntakeFlow(port);
    var created = api.post("xbhbl-worker", "/api/care/targets", CareIntegrationTests.aTarget("xbhbl", "alone", name));
    long target = IntakeFlow.json(created).get("id").asLong();
    Map<String, Object> visit = jdbc.queryForMap(
        "SELECT id, process_instance_id, due_at FROM care_visit WHERE target_id = ?", target);
    long visitId = ((Number) visit.get("id")).longValue();
    management.executeJob(management.createJobQuery().processInstanceId((String) visit.get("process_instance_id"))
        .singleResult().getId());
    String dueDay = visit.get("due_at").toString().substring(0, 10);

    WebDriver phone = browsers.logInOnPhone("xbhbl-worker", "刘洋");
    phone.get(browsers.url("/care?day=" + dueDay));
    WebElement card = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(
        By.id("visit-card-" + visitId)));
    assertThat(card.getText()).contains(name).contains("独居老人").contains("高风险");
    assertThat(card.getRect().getWidth()).as("card across the screen").isGreaterThan(PHONE_WIDTH - 60);
    assertFits(phone, "week");
    screenshot(phone, "care-phone-week");

    card.findElement(By.cssSelector("a")).click();
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
    assertThat(phone.findElement(By.id("visit-target")).getText()).isEqualTo(name);
    assertFits(phone, "visit form");
    screenshot(phone, "care-phone-form");
    for (WebElement choice : phone.findElements(By.cssSelector("#visit-form .big-choices label.choice"))) {
      assertThat(choice.getRect().getHeight()).as("choices thumb-sized").isGreaterThanOrEqualTo(32);
    }
    tap(phone, "health-mobility");
    type(phone, "healthNote", "腿脚不便，精神尚可");
    tap(phone, "safety-gas");
    type(phone, "safetyNote", "燃气软管老化，已联系物业更换");
    WebElement submit = phone.findElement(By.id("record-visit"));
    assertThat(submit.getRect().getHeight()).as("submit thumb-sized").isGreaterThanOrEqualTo(44);
    assertThat(submit.getRect().getWidth()).isGreaterThan(PHONE_WIDTH - 80);
    scrollTo(phone, "record-visit");
    screenshot(phone, "care-phone-form-filled");
    ((JavascriptExecutor) phone).executeScript("arguments[0].click();", submit);

    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-record")));
    assertThat(phone.findElement(By.id("notice")).getText()).contains("CV-" + visitId);
    assertThat(phone.findElement(By.id("visit-record")).getText()).contains("行动不便").contains("燃气软管老化");
    assertFits(phone, "record");
    screenshot(phone, "care-phone-done");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_visit WHERE target_id = ? AND status = 'PLANNED'",
        Integer.class, target)).isEqualTo(1);
  }

  /** Scrolls the control to the middle of the screen (the submit bar stays at the bottom) and taps it. */
  private static void tap(WebDriver driver, String id) {
    WebElement e = driver.findElement(By.id(id));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
    assertThat(e.isSelected()).as(id).isTrue();
  }

  private static void assertFits(WebDriver driver, String page) {
    Map<?, ?> widths = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
        "return {page: document.documentElement.scrollWidth, screen: window.innerWidth};");
    assertThat(((Number) widths.get("page")).intValue()).as(page + " wider than the screen")
        .isLessThanOrEqualTo(((Number) widths.get("screen")).intValue());
  }
}
