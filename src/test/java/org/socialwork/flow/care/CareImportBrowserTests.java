package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.BrowserSessions.assertFits;
import static org.socialwork.flow.BrowserSessions.click;
import static org.socialwork.flow.BrowserSessions.screenshot;
import static org.socialwork.flow.BrowserSessions.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
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
import org.socialwork.flow.organization.ImportJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster import and a paired volunteer's visit in a browser: a worker uploads a wrong roster on a phone (the report
 * in place), then a good one (the progress bar runs to done), pairs an imported target with a volunteer on its page;
 * the volunteer finds the target on their own page on a phone and records the visit. The import page on a desktop
 * too. Screenshots in target/screenshots/care-*-import*.png, care-phone-pair*.png, care-phone-volunteer-*.png.
 */
@ApplicationTest
class CareImportBrowserTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  @Autowired
  IdentityService identity;

  @Autowired
  RosterImport kind;

  @RegisterExtension
  final BrowserSessions browsers = new BrowserSessions("care-import");

  @Test
  void aWorkerImportsARosterPairsAVolunteerAndTheVolunteerRecordsTheVisitOnAPhone() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    Path dir = Files.createTempDirectory("care-import");
    Path wrong = dir.resolve("名册-有误.xlsx");
    Files.write(wrong, ImportJobs.workbook(kind, List.of(
        RosterImportTests.row("浏览器甲" + run, RosterImportTests.anyIdNumber(), "13800138000", "独居老人", "", "", "是", ""),
        RosterImportTests.row("浏览器乙" + run, "110105194003120000", "138", "外星人", "", "", "是", ""))));
    Path good = dir.resolve("名册.xlsx");
    Files.write(good, ImportJobs.workbook(kind, List.of(
        RosterImportTests.row("浏览器甲" + run, RosterImportTests.anyIdNumber(), "13800138000", "独居老人", "", "", "是", ""),
        RosterImportTests.row("浏览器乙" + run, RosterImportTests.anyIdNumber(), "13700137000", "困境儿童", "家庭困境", "",
            "是", ""))));

    WebDriver phone = browsers.logInOnPhone("xbhbl-worker", "刘洋");
    phone.get(browsers.url("/care/import"));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
    assertFits(phone, "import page");
    screenshot(phone, "care-phone-import");
    phone.findElement(By.id("file")).sendKeys(wrong.toString());
    click(phone, "import-submit");
    WebElement report = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
    assertThat(report.getText()).contains("身份证号").contains("电话").contains("类别");
    assertFits(phone, "problem report");
    screenshot(phone, "care-phone-import-report");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_target WHERE full_name LIKE ?", Integer.class,
        "浏览器%" + run)).isZero();

    phone.findElement(By.id("file")).sendKeys(good.toString());
    click(phone, "import-submit");
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("import-bar")));
    waitFor(phone).until(ExpectedConditions.attributeToBe(By.id("import-job"), "data-status", "DONE"));
    assertThat(phone.findElement(By.id("import-changed")).getText()).isEqualTo("2");
    assertFits(phone, "job page");
    screenshot(phone, "care-phone-import-done");

    WebDriver desktop = browsers.logIn("xbhbl-worker", "刘洋");
    desktop.get(browsers.url("/care/import"));
    waitFor(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("import-jobs")));
    screenshot(desktop, "care-desktop-import");

    // a volunteer of the station with a login (the browser signs in with the demo password)
    Map<String, Object> v = new HashMap<>();
    String volunteerName = "浏览器志愿者" + run;
    v.put("fullName", volunteerName);
    v.put("idNumber", RosterImportTests.anyIdNumber());
    v.put("phone", "13900139000");
    v.put("stationCode", "xbhbl");
    v.put("skills", List.of("陪伴"));
    v.put("consent", true);
    v.put("password", "Browser2026volunteer");
    var registered = IntakeFlow.json(new IntakeFlow(port).post("xbhbl-worker", "/api/volunteers", v));
    String username = registered.get("username").asText();
    User user = identity.createUserQuery().userId(username).singleResult();
    user.setPassword("demo");
    identity.saveUser(user);

    long target = jdbc.queryForObject("SELECT id FROM care_target WHERE full_name = ?", Long.class, "浏览器甲" + run);
    phone.get(browsers.url("/care/targets/" + target));
    waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("pair-form")));
    new Select(phone.findElement(By.id("volunteerNo"))).selectByValue(registered.get("volunteerNo").asText());
    click(phone, "pair");
    WebElement paired = waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("paired-volunteer")));
    assertThat(paired.getText()).contains(volunteerName);
    assertFits(phone, "target page");
    screenshot(phone, "care-phone-paired");

    Map<String, Object> visit = jdbc.queryForMap("SELECT id, process_instance_id FROM care_visit WHERE target_id = ?"
        + " AND status = 'PLANNED'", target);
    management.executeJob(management.createJobQuery().processInstanceId((String) visit.get("process_instance_id"))
        .activityId("Timer_WindowOpens").singleResult().getId());

    WebDriver volunteer = browsers.logInOnPhone(username, volunteerName);
    volunteer.get(browsers.url("/care/paired"));
    WebElement card = waitFor(volunteer).until(ExpectedConditions.presenceOfElementLocated(
        By.id("paired-" + target)));
    assertThat(card.getText()).contains("浏览器甲" + run).contains("*");
    assertFits(volunteer, "paired list");
    screenshot(volunteer, "care-phone-volunteer-list");
    card.findElement(By.cssSelector("a")).click();
    waitFor(volunteer).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
    assertThat(volunteer.findElements(By.id("target-link"))).isEmpty();
    WebElement mobility = volunteer.findElement(By.id("health-mobility"));
    ((JavascriptExecutor) volunteer).executeScript("arguments[0].scrollIntoView({block: 'center'});", mobility);
    mobility.click();
    BrowserSessions.type(volunteer, "healthNote", "志愿者探访：老人精神好");
    screenshot(volunteer, "care-phone-volunteer-form");
    click(volunteer, "record-visit");
    waitFor(volunteer).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-record")));
    assertThat(volunteer.findElement(By.id("visit-record")).getText()).contains("志愿者探访");
    assertFits(volunteer, "record");
    screenshot(volunteer, "care-phone-volunteer-done");
    assertThat(jdbc.queryForObject("SELECT recorded_by FROM care_visit WHERE id = ?", String.class, visit.get("id")))
        .isEqualTo(username);
  }
}
