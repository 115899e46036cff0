package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.PHONE_WIDTH;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.scrollTo;
import static org.socialwork.flow.BrowserSessions.type;
import static org.socialwork.flow.BrowserSessions.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
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
 * The public verification page on a phone (390 × 844) without logging in, typed and by the printed link, and on a
 * desktop; the volunteer's own page with the certificate and the request form on a phone. Screenshots in
 * target/screenshots/certificate-*.png.
 */
@ApplicationTest
class CertificateBrowserTests {

  @LocalServerPort
  int port;

  @Autowired
  IdentityMirror identities;

  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("certificate");

  @Test
  void anyoneVerifiesACertificateOnAPhoneAndTheVolunteerFindsItOnTheirPage() throws java.io.IOException {
    String run = Long.toString(System.nanoTime(), 36).substring(5);
    IntakeFlow api = new IntakeFlow(port);
    String name = "王证明" + run;
    Map<String, Object> v = VolunteerIntegrationTests.aVolunteer("xbhbl", name);
    v.put("password", VolunteerIntegrationTests.VOLUNTEER_PASSWORD);
    JsonNode me = IntakeFlow.json(api.post("xbhbl-worker", "/api/volunteers", v));
    String volunteerNo = me.get("volunteerNo").asText();
    String username = me.get("username").asText();
    jdbc.update("INSERT INTO volunteer_hours_entry (volunteer_id, hours, source, reason, recorded_by, recorded_at) "
        + "SELECT id, ?, 'CORRECTION', 'test', 'test', ? FROM volunteer WHERE volunteer_no = ?",
        new BigDecimal("12.5"), Timestamp.valueOf(LocalDateTime.now().withNano(0)), volunteerNo);
    ResponseEntity<String> requested = api.post("xbhbl-worker", "/api/volunteers/" + volunteerNo + "/certificates",
        Map.of("from", LocalDate.now().minusMonths(6).toString(), "to", LocalDate.now().toString()));
    assertThat(requested.getStatusCode().value()).as(requested.getBody()).isEqualTo(201);
    String certNo = IntakeFlow.json(requested).get("certNo").asText();
    assertThat(api.post("xbhbl-worker", "/api/volunteers/" + volunteerNo + "/certificates/" + certNo + "/issue",
        Map.of()).getStatusCode().value()).isEqualTo(200);
    String idNumber = (String) v.get("idNumber");

    WebDriver phone = browsers.newBrowser(true);
    phone.get(browsers.url("/verify/" + certNo));
    WebElement status = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("verify-status")));
    assertThat(status.getText()).contains("有效");
    assertThat(phone.findElement(By.id("verify-name")).getText()).isEqualTo(name);
    assertThat(phone.findElement(By.id("verify-hours")).getText()).isEqualTo("12.5 小时");
    String page = phone.findElement(By.tagName("body")).getText();
    assertThat(page).doesNotContain(idNumber.substring(14)).doesNotContain("13900139000").doesNotContain(volunteerNo);
    assertThat(phone.findElements(By.id("me"))).as("no login").isEmpty();
    assertFits(phone, "verify");
    screenshot(phone, "certificate-phone-verify");

    phone.get(browsers.url("/verify"));
    type(phone, "verify-input", certNo.toLowerCase(java.util.Locale.ROOT));
    WebElement button = phone.findElement(By.id("verify-button"));
    assertThat(button.getRect().getHeight()).as("thumb-sized").isGreaterThanOrEqualTo(44);
    click(phone, button);
    waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-name"), name));
    phone.get(browsers.url("/verify/ZM-2026-0000000000"));
    assertThat(waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("verify-not-found")))
        .getText()).contains("未找到");
    assertFits(phone, "not found");
    screenshot(phone, "certificate-phone-not-found");

    WebDriver desktop = browsers.newBrowser(false);
    desktop.get(browsers.url("/verify/" + certNo + "?lang=en"));
    assertThat(waitFor(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("verify-status")))
        .getText()).contains("Valid");
    assertThat(desktop.findElement(By.id("verify-hours")).getText()).isEqualTo("12.5 hours");
    screenshot(desktop, "certificate-desktop-verify-en");

    identities.ensureUser(new Person(username, name, null, true, LocalDateTime.now()), "demo");
    WebDriver mine = browsers.logInOnPhone(username, name);
    mine.get(browsers.url("/volunteer/me"));
    WebElement card = waitFor(mine).until(ExpectedConditions.presenceOfElementLocated(By.id("cert-" + certNo)));
    assertThat(card.getText()).contains("已出具", "12.5 小时");
    assertThat(card.findElement(By.cssSelector("a.cert-pdf")).getDomAttribute("href"))
        .isEqualTo("/api/volunteers/" + volunteerNo + "/certificates/" + certNo + ".pdf");
    scrollTo(mine, "cert-request-button");
    assertThat(mine.findElement(By.id("cert-request-button")).getRect().getHeight()).isGreaterThanOrEqualTo(44);
    assertFits(mine, "me");
    screenshot(mine, "certificate-phone-me");
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
    assertThat(((Number) widths.get("screen")).intValue()).isLessThanOrEqualTo(PHONE_WIDTH + 900);
  }
}
