package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The paged case list and the dashboard's period on a phone (390 × 844) and a desktop: labelled filters of thumb
 * size, the pager, the period form, nothing wider than the screen. Screenshots in target/screenshots (lists-*).
 */
@ApplicationTest
class ListsPhoneBrowserTests {

  @LocalServerPort
  int port;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("lists");

  @Test
  void theCaseListPagesOnAPhone() throws IOException {
    IntakeFlow api = new IntakeFlow(port);
    String prefix = "手机" + Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < 3; i++) {
      var form = Fixtures.anIntake("xbhbl");
      form.put("clientName", prefix + "甲乙丙".charAt(i));
      api.register("xbhbl-worker", form);
    }
    WebDriver phone = browsers.logInOnPhone("xbhbl-worker", "刘洋");
    phone.get(browsers.url("/cases?size=2&q=" + prefix));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("cases-pager")));
    PhoneLayoutBrowserTests.assertFitsTheScreen(phone, "case list, page 1");
    for (String control : List.of("filter-q", "filter-stage", "filter-risk")) {
      assertThat(phone.findElement(By.id(control)).getRect().getHeight()).as(control).isGreaterThanOrEqualTo(44);
    }
    assertThat(phone.findElement(By.cssSelector("label[for=filter-stage]")).getText()).contains("阶段");
    assertThat(phone.findElement(By.id("cases-count")).getText()).contains("共 3 条").contains("第 1 / 2 页");
    assertThat(phone.findElements(By.cssSelector("#cases tbody tr"))).hasSize(2);
    screenshot(phone, "lists-phone-cases-page1");
    phone.findElement(By.cssSelector("#cases-pager a[rel=next]")).click();
    waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-count"), "第 2 / 2 页"));
    assertThat(phone.findElements(By.cssSelector("#cases tbody tr"))).hasSize(1);
    assertThat(phone.findElement(By.id("filter-q")).getDomProperty("value")).as("the filter kept").isEqualTo(prefix);
    PhoneLayoutBrowserTests.assertFitsTheScreen(phone, "case list, page 2");
    screenshot(phone, "lists-phone-cases-page2");
  }

  @Test
  void theDashboardsPeriodIsChosenOnAPhoneAndADesktop() throws IOException {
    WebDriver phone = browsers.logInOnPhone("leader", "王建国");
    phone.get(browsers.url("/dashboard"));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-period")));
    PhoneLayoutBrowserTests.assertFitsTheScreen(phone, "dashboard");
    assertThat(phone.findElement(By.id("period-kind")).getRect().getHeight()).isGreaterThanOrEqualTo(44);
    assertThat(phone.findElement(By.id("period-month")).getRect().getHeight()).isGreaterThanOrEqualTo(44);
    assertThat(phone.findElement(By.id("period-shown")).getText()).contains(YearMonth.now().toString());
    new Select(phone.findElement(By.id("period-kind"))).selectByValue("year");
    phone.findElement(By.cssSelector("#dashboard-period button[type=submit]")).click();
    waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("period-shown"),
        YearMonth.now().getYear() + "-01-01"));
    assertThat(phone.getCurrentUrl()).contains("period=year");
    PhoneLayoutBrowserTests.assertFitsTheScreen(phone, "dashboard of a year");
    screenshot(phone, "lists-phone-dashboard-year");

    WebDriver desktop = browsers.logIn("leader", "王建国");
    desktop.get(browsers.url("/dashboard?period=quarter"));
    waitFor(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("station-figures")));
    assertThat(desktop.findElement(By.id("period-shown")).getText()).contains("-Q");
    assertThat(desktop.findElements(By.cssSelector("#station-figures tbody tr[data-station]")).size())
        .as("every active station a row").isGreaterThanOrEqualTo(12);
    screenshot(desktop, "lists-desktop-dashboard-quarter");
  }
}
