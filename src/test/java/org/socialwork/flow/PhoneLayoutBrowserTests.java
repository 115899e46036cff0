package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages a worker uses on a home visit, on a phone's screen (390 × 844) and on a desktop: the navigation folds
 * behind a menu button, lists become cards, forms are one column with thumb-sized controls, and no page is wider
 * than the screen. Screenshots go to target/screenshots (phone-*, desktop-*).
 */
@ApplicationTest
class PhoneLayoutBrowserTests {

  @LocalServerPort
  int port;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("phone");

  @Test
  void theInboxTaskCaseAndFormsFitAPhone() throws IOException {
    String clientName = "周玉兰" + ThreadLocalRandom.current().nextInt(1000, 10000);
    String caseNo = registeredCase(clientName);

    WebDriver phone = browsers.logInOnPhone("xbhbl-worker", "刘洋");
    WebDriverWait wait = waitFor(phone);
    phone.get(browsers.url("/tasks?tab=mine&q=" + caseNo));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));

    // The navigation is folded behind the menu button; the inbox is a column of cards that fits the screen.
    assertThat(phone.findElement(By.id("menu-button")).isDisplayed()).isTrue();
    assertThat(phone.findElement(By.id("main-nav")).isDisplayed()).as("navigation folded").isFalse();
    assertFitsTheScreen(phone, "inbox");
    assertThat(phone.findElement(By.cssSelector("#tasks thead")).isDisplayed()).as("no table header").isFalse();
    WebElement row = taskRow(phone, caseNo, "筛查接案请求")
        .orElseThrow(() -> new AssertionError("筛查接案请求 of " + caseNo + " not in 我的任务"));
    assertThat(row.getCssValue("display")).as("a row is a card").isEqualTo("block");
    assertThat(row.getText()).contains(clientName).contains(caseNo);
    assertThat(row.getRect().getWidth()).as("card across the screen").isGreaterThan(PHONE_WIDTH - 60);
    WebElement caseCell = row.findElement(By.cssSelector("td:first-child"));
    assertThat(caseCell.getDomAttribute("data-label")).as("each cell names its column").isEqualTo("编号");
    WebElement taskLink = row.findElement(By.cssSelector("a.task-link"));
    assertThat(taskLink.getRect().getHeight()).as("link large enough for a thumb").isGreaterThanOrEqualTo(24);
    scrollTo(phone, "tasks");
    screenshot(phone, "phone-inbox");

    // The menu button unfolds the navigation, each link a full-width, thumb-sized row.
    openMenu(phone);
    WebElement casesLink = phone.findElement(By.id("nav-cases"));
    assertThat(casesLink.isDisplayed()).isTrue();
    assertThat(casesLink.getRect().getHeight()).isGreaterThanOrEqualTo(44);
    assertThat(casesLink.getRect().getWidth()).isGreaterThan(PHONE_WIDTH - 60);
    assertFitsTheScreen(phone, "menu");
    screenshot(phone, "phone-menu");

    // The task page: the form in one column across the screen, the case beside it moves below.
    phone.get(browsers.url("/tasks?tab=mine&q=" + caseNo));
    taskRow(phone, caseNo, "筛查接案请求").orElseThrow().findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.textToBe(By.id("task-name"), "筛查接案请求"));
    assertFitsTheScreen(phone, "task page");
    WebElement complete = phone.findElement(By.id("complete"));
    assertThat(complete.getRect().getHeight()).as("submit button thumb-sized").isGreaterThanOrEqualTo(44);
    assertThat(complete.getRect().getWidth()).isGreaterThan(PHONE_WIDTH - 80);
    WebElement form = phone.findElement(By.id("task-form"));
    WebElement context = phone.findElement(By.id("case-context"));
    assertThat(context.getRect().getY()).as("the case below the form, not squeezed beside it")
        .isGreaterThan(form.getRect().getY() + form.getRect().getHeight() - 1);
    for (WebElement choice : phone.findElements(By.cssSelector("#decision label.choice"))) {
      assertThat(choice.getRect().getHeight()).as("each choice thumb-sized").isGreaterThanOrEqualTo(44);
    }
    screenshot(phone, "phone-task");

    // The case list and the case file.
    openMenu(phone);
    phone.findElement(By.id("nav-cases")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
    assertFitsTheScreen(phone, "case list");
    for (String control : List.of("filter-stage", "filter-risk")) {
      assertThat(phone.findElement(By.id(control)).getRect().getHeight()).isGreaterThanOrEqualTo(44);
    }
    screenshot(phone, "phone-cases");
    phone.get(browsers.url("/cases/" + caseNo));
    wait.until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    assertFitsTheScreen(phone, "case page");
    assertThat(phone.findElement(By.id("client-name")).getText()).isEqualTo(clientName);
    screenshot(phone, "phone-case");

    // The intake form: every field one column, as wide as the screen allows.
    phone.get(browsers.url("/start/intake"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-form")));
    assertFitsTheScreen(phone, "intake form");
    for (String field : List.of("clientName", "idNumber", "phone", "address", "presentingProblem")) {
      WebElement input = phone.findElement(By.id(field));
      assertThat(input.getRect().getWidth()).as(field + " across the screen").isGreaterThan(PHONE_WIDTH - 80);
      assertThat(input.getRect().getHeight()).as(field + " thumb-sized").isGreaterThanOrEqualTo(44);
    }
    screenshot(phone, "phone-intake-form");

    // On a desktop the same pages keep the navigation bar and the tables.
    WebDriver desktop = browsers.logIn("xbhbl-worker", "刘洋");
    desktop.get(browsers.url("/tasks?tab=mine&q=" + caseNo));
    waitFor(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
    assertThat(desktop.findElement(By.id("menu-button")).isDisplayed()).isFalse();
    assertThat(desktop.findElement(By.id("main-nav")).isDisplayed()).isTrue();
    assertThat(desktop.findElement(By.cssSelector("#tasks thead")).isDisplayed()).isTrue();
    assertThat(taskRow(desktop, caseNo, "筛查接案请求").orElseThrow().getCssValue("display")).isEqualTo("table-row");
    screenshot(desktop, "desktop-inbox");
    desktop.get(browsers.url("/cases/" + caseNo));
    waitFor(desktop).until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    screenshot(desktop, "desktop-case");
  }

  /** No horizontal scrolling: the page is no wider than the viewport. */
  static void assertFitsTheScreen(WebDriver driver, String page) {
    Map<?, ?> widths = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
        "return {page: document.documentElement.scrollWidth, screen: window.innerWidth};");
    assertThat(((Number) widths.get("page")).intValue()).as(page + " wider than the screen")
        .isLessThanOrEqualTo(((Number) widths.get("screen")).intValue());
  }

  private String registeredCase(String clientName) {
    IntakeFlow api = new IntakeFlow(port);
    Map<String, Object> intake = Fixtures.anIntake("xbhbl");
    intake.put("clientName", clientName);
    return api.register("xbhbl-worker", intake);
  }
}
