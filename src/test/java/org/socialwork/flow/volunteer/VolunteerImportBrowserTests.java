package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.assertFits;
import static org.socialwork.flow.BrowserSessions.click;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.BrowserSessions;
import org.socialwork.flow.organization.ImportJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The volunteer import in a browser: a worker on a phone uploads a wrong file (the report in place, nothing stored),
 * then a good one (the progress bar runs to done, the volunteers are on the station's list); the page on a desktop
 * too. Screenshots in target/screenshots/volunteer-*-import*.png.
 */
@ApplicationTest
class VolunteerImportBrowserTests {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  VolunteerImport kind;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("volunteer-import");

  @Test
  void aWorkerImportsVolunteersOnAPhone() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    Path dir = Files.createTempDirectory("volunteer-import");
    Path wrong = dir.resolve("志愿者-有误.xlsx");
    Files.write(wrong, ImportJobs.workbook(kind, List.of(
        VolunteerImportTests.row("浏览器甲" + run, VolunteerImportTests.anyIdNumber(), "13800138000", "急救", "是"),
        VolunteerImportTests.row("", "110105194003120000", "138", "急救", "是"))));
    Path good = dir.resolve("志愿者.xlsx");
    Files.write(good, ImportJobs.workbook(kind, List.of(
        VolunteerImportTests.row("浏览器甲" + run, VolunteerImportTests.anyIdNumber(), "13800138000", "急救", "是"),
        VolunteerImportTests.row("浏览器乙" + run, VolunteerImportTests.anyIdNumber(), "13700137000", "陪伴、文艺",
            "是"))));

    WebDriver phone = browsers.logInOnPhone("xbhbl-worker", "刘洋");
    phone.get(browsers.url("/volunteer/volunteers"));
    click(phone, "volunteer-import-link");
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
    assertFits(phone, "import page");
    screenshot(phone, "volunteer-phone-import");
    phone.findElement(By.id("file")).sendKeys(wrong.toString());
    click(phone, "import-submit");
    WebElement report = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
    assertThat(report.getText()).contains("姓名").contains("身份证号").contains("手机号");
    assertFits(phone, "problem report");
    screenshot(phone, "volunteer-phone-import-report");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer WHERE full_name LIKE ?", Integer.class,
        "浏览器%" + run)).isZero();

    phone.findElement(By.id("file")).sendKeys(good.toString());
    click(phone, "import-submit");
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("import-bar")));
    waitFor(phone).until(ExpectedConditions.attributeToBe(By.id("import-job"), "data-status", "DONE"));
    assertThat(phone.findElement(By.id("import-changed")).getText()).isEqualTo("2");
    assertFits(phone, "job page");
    screenshot(phone, "volunteer-phone-import-done");
    assertThat(phone.findElement(By.id("import-volunteers")).getAttribute("href"))
        .endsWith("/volunteer/volunteers?station=xbhbl");
    phone.get(browsers.url("/volunteer/volunteers?q=" + java.net.URLEncoder.encode("浏览器",
        java.nio.charset.StandardCharsets.UTF_8) + "&station=xbhbl"));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("volunteers")));
    assertThat(phone.findElement(By.id("volunteers")).getText()).contains("浏览器甲" + run).contains("浏览器乙" + run);

    WebDriver desktop = browsers.logIn("xbhbl-worker", "刘洋");
    desktop.get(browsers.url("/volunteer/import"));
    waitFor(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("import-jobs")));
    screenshot(desktop, "volunteer-desktop-import");
  }
}
