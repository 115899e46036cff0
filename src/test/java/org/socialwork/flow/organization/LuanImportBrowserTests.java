package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.screenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socialwork.flow.BrowserSessions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Onboarding Lu'an in Chromium: on a database with no demo data, the first administrator uploads the Lu'an workbook
 * (140 stations, 1,193 people) on the import page, and the progress bar runs to the end (rows done = total); then the
 * same file again from a phone (390 × 844) finishes with nothing changed, and the pages fit the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "socialwork.demo-data=false", "socialwork.bootstrap-admin.username=onboarder",
    "socialwork.bootstrap-admin.password=" + LuanImportBrowserTests.PASSWORD, "socialwork.import.chunk-size=25"})
class LuanImportBrowserTests {

  static final String PASSWORD = "first-admin-2026";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DemoDistrictDatabase.register(registry, "onboarding");
  }

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("luan-import");

  @Test
  void theLuanWorkbookImportsWithAProgressBarThatFinishes() throws IOException {
    Path workbook = Path.of("target", "六安市社工站与人员.xlsx").toAbsolutePath();
    Files.createDirectories(workbook.getParent());
    Files.write(workbook, LuanWorkbook.bytes());
    int rows = LuanWorkbook.STATIONS + LuanWorkbook.people().size();

    WebDriver desktop = logIn(browsers.newBrowser());
    upload(desktop, workbook);
    // the bar moves while the job runs in the background: catch it on its way when we can, then at its end
    WebDriverWait wait = new WebDriverWait(desktop, Duration.ofMinutes(5), Duration.ofMillis(200));
    wait.until(d -> Long.parseLong(d.findElement(By.id("import-bar")).getDomProperty("value").replace(".0", "")) > 0
        || "DONE".equals(d.findElement(By.id("import-job")).getDomAttribute("data-status")));
    screenshot(desktop, "desktop-luan-import-running");
    wait.until(ExpectedConditions.attributeToBe(By.id("import-job"), "data-status", "DONE"));
    screenshot(desktop, "desktop-luan-import-done");
    assertThat(desktop.findElement(By.id("import-done")).getText()).isEqualTo(Integer.toString(rows));
    assertThat(desktop.findElement(By.id("import-total")).getText()).isEqualTo(Integer.toString(rows));
    assertThat(((JavascriptExecutor) desktop).executeScript("var b = document.getElementById('import-bar');"
        + " return b.value === b.max;")).isEqualTo(true);

    WebDriver phone = logIn(browsers.newBrowser(true));
    upload(phone, workbook);
    new WebDriverWait(phone, Duration.ofMinutes(5), Duration.ofMillis(200))
        .until(ExpectedConditions.attributeToBe(By.id("import-job"), "data-status", "DONE"));
    assertThat(phone.findElement(By.id("import-changed")).getText()).isEqualTo("0");
    assertThat(phone.findElement(By.id("import-done")).getText()).isEqualTo(Integer.toString(rows));
    assertThat(width(phone)).isLessThanOrEqualTo(BrowserSessions.PHONE_WIDTH);
    screenshot(phone, "phone-luan-import-again-done");
    phone.get(browsers.url("/admin/organization/import"));
    assertThat(width(phone)).isLessThanOrEqualTo(BrowserSessions.PHONE_WIDTH);
    screenshot(phone, "phone-luan-import-page");
    phone.get(browsers.url("/dashboard"));
    assertThat(LuanDemoDistrictTests.figure(phone.getPageSource(), "org-stations")).isEqualTo(140);
    assertThat(LuanDemoDistrictTests.figure(phone.getPageSource(), "org-certified")).isEqualTo(1051);
    assertThat(width(phone)).isLessThanOrEqualTo(BrowserSessions.PHONE_WIDTH);
    screenshot(phone, "phone-luan-dashboard");
    desktop.get(browsers.url("/dashboard"));
    screenshot(desktop, "desktop-luan-dashboard");
  }

  private WebDriver logIn(WebDriver driver) {
    WebDriverWait wait = BrowserSessions.waitFor(driver);
    driver.get(browsers.url("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("onboarder");
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    return driver;
  }

  private void upload(WebDriver driver, Path workbook) {
    driver.get(browsers.url("/admin/organization/import"));
    driver.findElement(By.id("file")).sendKeys(workbook.toString());
    driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
    BrowserSessions.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("import-job")));
  }

  private static long width(WebDriver driver) {
    return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
  }
}
