package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.type;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;
import org.socialwork.flow.IntakeFlow;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A worker on a phone (390 × 844) puts a resident's need on the needs list and orders it from the services list; the
 * lists' pages fit the phone and the desktop.
 */
@ApplicationTest
class NeedBrowserTests {

  @LocalServerPort
  int port;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("needs");

  @Test
  void aWorkerRaisesANeedOnAPhoneAndOrdersItFromTheServicesList() throws IOException {
    String run = Long.toString(System.nanoTime(), 36).substring(5);
    IntakeFlow api = new IntakeFlow(port);
    assertThat(api.post("xbhbl-worker", "/api/volunteer/services", Map.of("stationCode", "xbhbl", "name",
        "助老陪伴" + run, "category", "为老", "description", "上门陪伴、读报")).getStatusCode().value()).isEqualTo(201);

    WebDriver phone = browsers.logInOnPhone("xbhbl-worker", "刘洋");
    phone.get(browsers.url("/volunteer/needs"));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("need-form")));
    assertFits(phone, "needs");
    screenshot(phone, "needs-phone-list");
    type(phone, "requesterName", "王奶奶");
    type(phone, "category", "为老");
    type(phone, "description", "独居，希望每周有人上门读报" + run);
    click(phone, phone.findElement(By.id("need-submit")));
    WebElement order = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("order-form")));
    assertThat(phone.findElement(By.id("need-status")).getText()).isEqualTo("待点单");
    assertFits(phone, "need");
    screenshot(phone, "needs-phone-need");
    Select service = new Select(
        order.findElement(By.id("serviceItemId")));
    service.selectByVisibleText("助老陪伴" + run + " · 为老");
    click(phone, phone.findElement(By.id("order-button")));
    waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("need-status"), "已点单"));
    assertThat(phone.findElement(By.id("need-service")).getText()).contains("助老陪伴" + run);
    assertFits(phone, "ordered");
    screenshot(phone, "needs-phone-ordered");
    phone.get(browsers.url("/volunteer/lists"));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("lists-figures")));
    assertFits(phone, "lists");
    screenshot(phone, "needs-phone-lists");

    WebDriver desktop = browsers.logIn("xbhbl-worker", "刘洋");
    for (String page : new String[] {"lists", "needs", "services", "resources"}) {
      desktop.get(browsers.url("/volunteer/" + page));
      waitFor(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("lists-tabs")));
      assertFits(desktop, page);
      screenshot(desktop, "needs-desktop-" + page);
    }
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
