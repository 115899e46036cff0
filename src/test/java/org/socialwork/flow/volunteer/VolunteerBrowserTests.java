package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.PHONE_WIDTH;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.scrollTo;
import static org.socialwork.flow.BrowserSessions.type;
import static org.socialwork.flow.BrowserSessions.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
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
import org.socialwork.flow.organization.IdentityMirror;
import org.socialwork.flow.organization.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A volunteer on a phone (390 × 844) signs up for an activity and checks in with the code the organiser's phone shows.
 * Screenshots in target/screenshots/volunteer-phone-*.png.
 */
@ApplicationTest
class VolunteerBrowserTests {

  @LocalServerPort
  int port;

  @Autowired
  IdentityMirror identities;

  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("volunteer");

  @Test
  void aVolunteerSignsUpAndChecksInWithTheCodeOnAPhone() throws IOException {
    String run = Long.toString(System.nanoTime(), 36).substring(5);
    IntakeFlow api = new IntakeFlow(port);
    String title = "助老读报" + run;
    ResponseEntity<String> started = api.post("xbhbl-worker", "/api/processes/volunteer-activity/start",
        VolunteerIntegrationTests.anActivity("xbhbl", title, 5));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    String no = IntakeFlow.json(started).get("businessKey").asText();
    api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", no, "Task_ApproveActivity"),
        Map.of("decision", "approve"));
    String name = "李手机" + run;
    Map<String, Object> v = VolunteerIntegrationTests.aVolunteer("xbhbl", name);
    v.put("password", VolunteerIntegrationTests.VOLUNTEER_PASSWORD);
    JsonNode me = IntakeFlow.json(api.post("xbhbl-worker", "/api/volunteers", v));
    String username = me.get("username").asText();
    // the browser helper signs in with the demo password
    identities.ensureUser(new Person(username, name, null, true, LocalDateTime.now()), "demo");

    WebDriver phone = browsers.logInOnPhone(username, name);
    phone.get(browsers.url("/volunteer/activities"));
    WebElement card = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("activity-" + no)));
    assertThat(card.getText()).contains(title);
    assertThat(card.getRect().getWidth()).as("card across the screen").isGreaterThan(PHONE_WIDTH - 60);
    assertFits(phone, "activities");
    screenshot(phone, "volunteer-phone-activities");
    card.findElement(By.cssSelector("a")).click();

    WebElement signUp = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("signup-button")));
    assertThat(signUp.getRect().getHeight()).as("thumb-sized").isGreaterThanOrEqualTo(44);
    assertFits(phone, "activity");
    screenshot(phone, "volunteer-phone-activity");
    click(phone, signUp);
    waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-status"), "已确认"));
    assertThat(phone.findElement(By.id("notice")).getText()).contains("已报名");

    // the day comes: check-in opens (it is refused on any other day)
    VolunteerIntegrationTests.onTheDay(jdbc, no);
    WebDriver organiser = browsers.logInOnPhone("xbhbl-worker", "刘洋");
    organiser.get(browsers.url("/volunteer/activities/" + no + "/code"));
    String code = waitFor(organiser).until(ExpectedConditions.presenceOfElementLocated(By.id("check-code"))).getText();
    assertThat(code).matches("\\d{6}");
    assertFits(organiser, "code");
    screenshot(organiser, "volunteer-phone-code");

    type(phone, "code", code.equals("000000") ? "111111" : "000000");
    click(phone, phone.findElement(By.id("check-button")));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("volunteer-error")));
    assertThat(phone.findElement(By.id("volunteer-error")).getText()).isEqualTo("签到码不正确");

    type(phone, "code", code);
    scrollTo(phone, "check-button");
    screenshot(phone, "volunteer-phone-code-typed");
    click(phone, phone.findElement(By.id("check-button")));
    waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已签到"));
    assertThat(phone.findElement(By.id("my-status")).getText()).contains("签到");
    assertThat(phone.findElement(By.id("check-button")).getText()).isEqualTo("签退");
    assertFits(phone, "checked in");
    screenshot(phone, "volunteer-phone-checked-in");
  }

  private static void click(WebDriver driver, WebElement e) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", e);
  }

  private static void assertFits(WebDriver driver, String page) {
    Map<?, ?> widths = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
        "return {page: document.documentElement.scrollWidth, screen: window.innerWidth};");
    assertThat(((Number) widths.get("page")).intValue()).as(page + " wider than the screen")
        .isLessThanOrEqualTo(((Number) widths.get("screen")).intValue());
  }
}
