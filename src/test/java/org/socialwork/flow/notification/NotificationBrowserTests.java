package org.socialwork.flow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.PHONE_WIDTH;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.waitFor;
import static org.socialwork.flow.notification.NotifyApi.json;

import java.io.IOException;
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
import org.socialwork.flow.Fixtures;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The bell as a supervisor sees it, on a desktop and on a phone (390 × 844): the unread count of the header matches
 * the centre, rises when a task is offered to the station's supervisors, and falls when the notice is opened.
 * Screenshots: target/screenshots/notification-*.
 */
@ApplicationTest
class NotificationBrowserTests {

  private static final String SUPERVISOR = "xbhbl-supervisor";

  @LocalServerPort
  int port;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("notification");

  @Test
  void theBellCountsTheUnreadNotificationsOnADesktopAndOnAPhone() throws IOException {
    NotifyApi api = new NotifyApi(port);
    WebDriver desktop = browsers.logIn(SUPERVISOR, "张晓梅");
    WebDriver phone = browsers.logInOnPhone(SUPERVISOR, "张晓梅");

    desktop.get(browsers.url("/tasks"));
    int before = bell(desktop);
    assertThat(before).isEqualTo(unread(api));

    String caseNo = offerAnApproval(api);
    desktop.get(browsers.url("/tasks"));
    assertThat(bell(desktop)).as("one more unread: the opening approval offered").isEqualTo(before + 1);
    screenshot(desktop, "notification-desktop-bell");

    phone.get(browsers.url("/tasks"));
    WebElement phoneBell = phone.findElement(By.id("bell"));
    assertThat(phoneBell.isDisplayed()).as("the bell shows without opening the menu").isTrue();
    assertThat(phone.findElement(By.id("main-nav")).isDisplayed()).isFalse();
    assertThat(bell(phone)).isEqualTo(before + 1);
    assertThat(phoneBell.getRect().getHeight()).as("thumb-sized").isGreaterThanOrEqualTo(44);
    assertThat(phoneBell.getRect().getX() + phoneBell.getRect().getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
    assertFits(phone);
    screenshot(phone, "notification-phone-bell");

    // the centre on the phone: the newest notice is the offer; opening it marks it read and shows the task
    phoneBell.click();
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("notifications")));
    assertFits(phone);
    WebElement newest = phone.findElement(By.cssSelector("#notifications tr.notification-row"));
    assertThat(newest.getText()).contains(caseNo);
    assertThat(newest.getDomAttribute("class")).contains("unread");
    screenshot(phone, "notification-phone-centre");
    newest.findElement(By.cssSelector("button[name=open]")).click();
    waitFor(phone).until(ExpectedConditions.urlContains("/tasks/"));
    assertThat(bell(phone)).isEqualTo(before);

    desktop.get(browsers.url("/notifications"));
    assertThat(bell(desktop)).isEqualTo(before);
    assertThat(desktop.findElement(By.cssSelector("#notifications tr.notification-row")).getDomAttribute("class"))
        .doesNotContain("unread");
    screenshot(desktop, "notification-desktop-centre");
  }

  private String offerAnApproval(NotifyApi api) {
    String caseNo = json(NotifyApi.expect(201, api.as("xbhbl-worker", HttpMethod.POST,
        "/api/processes/intake/start", Fixtures.anIntake("xbhbl")))).get("businessKey").asText();
    api.complete("xbhbl-worker", api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake"),
        Map.of("decision", "accept"));
    return caseNo;
  }

  private static int unread(NotifyApi api) {
    return json(api.as(SUPERVISOR, HttpMethod.GET, "/api/notifications", null)).get("unread").asInt();
  }

  private static int bell(WebDriver driver) {
    return Integer.parseInt(waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("bell-count")))
        .getText().trim());
  }

  private static void assertFits(WebDriver driver) {
    Object wider = ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth > window.innerWidth;");
    assertThat(wider).as("no page wider than the screen").isEqualTo(Boolean.FALSE);
  }
}
