package org.socialwork.flow.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.type;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 五社联动 in a real (headless) Chromium: on a phone (390 × 844) the worker of 西坝河北里 records a care-visit pairing's
 * forces, then a donation that first comes back with the missing voucher beside its field; the view shows the
 * station as a card, nothing wider than the screen. On the desktop the leading group opens the district's view and
 * follows the station's money to the ledger.
 */
@ApplicationTest
class LinkageBrowserTests {

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("linkage");

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theWorkerRecordsOnThePhoneAndTheLeadingGroupReadsTheDistrictOnTheDesktop() throws IOException {
    LinkageFixtures fixtures = new LinkageFixtures(new IntakeFlow(port), jdbc, port);
    String pairing = fixtures.pairing("xbhbl");

    WebDriver phone = browsers.logInOnPhone("xbhbl-worker", "刘洋");
    phone.get(browsers.url("/linkage/record"));
    new Select(phone.findElement(By.id("find-kind"))).selectByValue("pairing");
    type(phone, "find-ref", pairing);
    phone.findElement(By.id("find")).click();
    waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("linkage-form")));
    assertThat(phone.findElement(By.id("subject")).getText()).contains(pairing + " · 李志愿");
    click(phone, "force-volunteer");
    click(phone, "force-social_worker");
    BrowserSessions.screenshot(phone, "linkage-record-phone");
    click(phone, "save");
    waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    assertThat(phone.findElement(By.id("linkages")).getText()).contains(pairing);

    phone.get(browsers.url("/linkage/donations"));
    click(phone, "donation-card");
    type(phone, "amount", "800");
    type(phone, "purpose", "独居老人慰问金");
    new Select(phone.findElement(By.id("resourceId"))).selectByIndex(1);
    click(phone, "donate");
    waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("error-voucher")));
    assertThat(phone.findElement(By.id("amount")).getDomProperty("value")).isEqualTo("800");
    BrowserSessions.scrollTo(phone, "donation-form");
    BrowserSessions.screenshot(phone, "linkage-donation-refused-phone");
    String voucher = "浏览器-" + System.nanoTime() % 1000000;
    type(phone, "voucher", voucher);
    click(phone, "donate");
    waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    assertThat(phone.findElement(By.id("donations")).getText()).contains(voucher).contains("¥800.00");

    phone.get(browsers.url("/linkage"));
    waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-station='xbhbl']")));
    assertThat(width(phone)).isLessThanOrEqualTo(BrowserSessions.PHONE_WIDTH);
    BrowserSessions.scrollTo(phone, "linkage-stations");
    BrowserSessions.screenshot(phone, "linkage-view-phone");

    WebDriver desktop = browsers.logIn("leader", "王建国");
    desktop.get(browsers.url("/linkage"));
    waitFor(desktop).until(ExpectedConditions.visibilityOfElementLocated(By.id("linkage-stations")));
    assertThat(desktop.findElement(By.cssSelector("tr[data-station='sjl']")).isDisplayed()).isTrue();
    BrowserSessions.screenshot(desktop, "linkage-view-desktop");
    desktop.findElement(By.cssSelector("a[data-figure='money-xbhbl']")).click();
    waitFor(desktop).until(ExpectedConditions.urlContains("/linkage/donations"));
    assertThat(desktop.findElement(By.id("donations")).getText()).contains(voucher);
    BrowserSessions.screenshot(desktop, "linkage-donations-desktop");
  }

  private static void click(WebDriver driver, String id) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        driver.findElement(By.id(id)));
    if (driver.findElement(By.id(id)).getTagName().equals("details")) {
      driver.findElement(By.cssSelector("#" + id + " > summary")).click();
    } else {
      driver.findElement(By.id(id)).click();
    }
  }

  private static long width(WebDriver driver) {
    return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
  }
}
