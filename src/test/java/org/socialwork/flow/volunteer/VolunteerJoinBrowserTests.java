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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone (390 × 844): a person applies on the public page without logging in, the station's supervisor approves
 * on their phone, the applicant checks the outcome with the code, sets a password and signs in to their own page.
 * Screenshots in target/screenshots/join-*.png.
 */
@ApplicationTest
class VolunteerJoinBrowserTests {

  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("join");

  @Test
  void aPersonAppliesOnAPhoneTheStationApprovesAndTheyOpenTheirAccount() throws IOException {
    String name = "手机报名" + Long.toString(System.nanoTime(), 36).substring(5);
    String idNumber = VolunteerIntegrationTests.uniqueIdNumber();
    WebDriver phone = browsers.newBrowser(true);
    phone.get(browsers.url("/volunteer/join"));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("join-form")));
    new Select(phone.findElement(By.id("stationCode"))).selectByVisibleText(
        jdbc.queryForObject("SELECT name FROM station WHERE code = 'xbhbl'", String.class));
    type(phone, "fullName", name);
    type(phone, "idNumber", idNumber);
    type(phone, "phone", "13600136000");
    type(phone, "skills", "陪伴,书法");
    assertFits(phone, "join");
    screenshot(phone, "join-phone-form");
    click(phone, phone.findElement(By.id("join-submit")));
    WebElement problem = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("error-consent")));
    assertThat(problem.getText()).contains("同意");
    assertThat(phone.findElement(By.id("fullName")).getDomProperty("value")).as("kept").isEqualTo(name);
    click(phone, phone.findElement(By.id("consent")));
    click(phone, phone.findElement(By.id("join-submit")));
    String code = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("join-code"))).getText();
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertFits(phone, "done");
    screenshot(phone, "join-phone-done");

    WebDriver supervisor = browsers.logInOnPhone("xbhbl-supervisor", "张晓梅");
    supervisor.get(browsers.url("/volunteer/applications"));
    Long id = jdbc.queryForObject("SELECT id FROM volunteer_application WHERE full_name = ?", Long.class, name);
    WebElement card = waitFor(supervisor).until(ExpectedConditions.presenceOfElementLocated(
        By.id("application-" + id)));
    assertThat(card.getText()).contains(name, idNumber, "待审核");
    assertFits(supervisor, "applications");
    screenshot(supervisor, "join-phone-applications");
    click(supervisor, card.findElement(By.cssSelector("button.approve-application")));
    waitFor(supervisor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "ZY-xbhbl-"));

    phone.get(browsers.url("/volunteer/join/status"));
    type(phone, "code", code);
    click(phone, phone.findElement(By.id("status-submit")));
    waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-state"), "已通过"));
    String volunteerNo = phone.findElement(By.id("join-volunteer-no")).getText();
    type(phone, "password", "Phone2026join");
    type(phone, "passwordAgain", "Phone2026join");
    assertFits(phone, "status");
    screenshot(phone, "join-phone-approved");
    click(phone, phone.findElement(By.id("activate-submit")));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("join-login")));
    String username = volunteerNo.toLowerCase(java.util.Locale.ROOT);
    assertThat(phone.findElement(By.id("join-active")).getText()).contains(username);

    click(phone, phone.findElement(By.id("join-login")));
    waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    phone.findElement(By.id("password")).sendKeys("Phone2026join");
    phone.findElement(By.id("login-submit")).click();
    waitFor(phone).until(ExpectedConditions.urlMatches("/volunteer/me$"));
    assertThat(waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("volunteer-no"))).getText())
        .isEqualTo(volunteerNo);
    screenshot(phone, "join-phone-me");
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
