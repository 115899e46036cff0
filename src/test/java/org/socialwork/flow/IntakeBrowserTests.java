package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The intake as caseworkers live it, in a real (headless) Chromium against the running application: a worker
 * registers a client (first with a mistyped ID number), screens the request, the station supervisor approves
 * the opening and names the responsible worker, and a worker of another station cannot see the case.
 *
 * <p>Needs the distribution's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; Selenium never
 * downloads a browser or driver. Without them the test is skipped, or fails when {@code -Dbrowser.required=true}.
 */
@ApplicationTest
class IntakeBrowserTests {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** Selenium warns that it has no DevTools bindings for this Chromium; the test does not use DevTools. */
  private static final java.util.logging.Logger CDP_VERSION_FINDER =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  @LocalServerPort
  int port;

  private final List<WebDriver> drivers = new ArrayList<>();
  private final List<Path> profiles = new ArrayList<>();

  @BeforeAll
  static void browserInstalled() {
    CDP_VERSION_FINDER.setLevel(java.util.logging.Level.SEVERE);
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (Debian packages chromium and chromium-driver)";
    if (!installed) {
      if (Boolean.getBoolean("browser.required")) {
        Assertions.fail(message + ", but they are missing and -Dbrowser.required=true");
      }
      Assumptions.assumeTrue(false, message + "; skipped");
    }
  }

  @AfterEach
  void quitBrowsers() {
    for (WebDriver driver : drivers) {
      try {
        driver.quit();
      } catch (RuntimeException e) {
        // already gone; nothing to clean up
      }
    }
    drivers.clear();
    for (Path profile : profiles) {
      deleteQuietly(profile);
    }
    profiles.clear();
  }

  @Test
  void workerRegistersScreensAndSupervisorOpensTheCase() throws IOException {
    String clientName = "王秀英" + ThreadLocalRandom.current().nextInt(1000, 10000);
    String validId = Fixtures.idNumber("19491231");
    String invalidId = withWrongCheckDigit(validId);

    // 1. The worker fills the intake form with a mistyped ID number: the form comes back, nothing is stored.
    WebDriver worker = logIn("xbhbl-worker", "刘洋");
    WebDriverWait wait = waitFor(worker);
    worker.findElement(By.id("nav-start")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("start-intake"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-form")));
    assertThat(worker.getCurrentUrl()).endsWith("/start/intake");

    assertThat(new Select(worker.findElement(By.id("stationCode"))).getFirstSelectedOption().getDomProperty("value"))
        .as("the only station of the worker is preselected").isEqualTo("xbhbl");
    assertThat(worker.findElement(By.id("intakeDate")).getDomProperty("value"))
        .as("intake date prefilled with today").matches("\\d{4}-\\d{2}-\\d{2}");
    type(worker, "clientName", clientName);
    type(worker, "idNumber", invalidId);
    type(worker, "phone", "13800138000");
    type(worker, "emergencyContact", "李强");
    type(worker, "emergencyPhone", "13900139000");
    type(worker, "address", "北京市朝阳区西坝河北里 3 号楼 2 单元");
    new Select(worker.findElement(By.id("personType"))).selectByValue("living_alone");
    choose(worker, "referralSource", "self");
    type(worker, "presentingProblem", "独居老人，行动不便，需要助餐与探访");
    type(worker, "expectation", "希望每天有人送餐");
    choose(worker, "willingness", "strong");
    choose(worker, "urgency", "normal");
    worker.findElement(By.id("start-submit")).click();

    WebElement idError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-idNumber")));
    assertThat(idError.getText()).as("message beside the ID number").contains("身份证号无效");
    assertThat(worker.findElement(By.id("form-problem")).isDisplayed()).isTrue();
    assertThat(worker.findElements(By.cssSelector("#start-form .error")))
        .as("only the ID number is wrong").hasSize(1);
    assertThat(worker.getCurrentUrl()).endsWith("/start/intake");
    assertThat(valueOf(worker, "clientName")).isEqualTo(clientName);
    assertThat(valueOf(worker, "idNumber")).isEqualTo(invalidId);
    assertThat(valueOf(worker, "address")).isEqualTo("北京市朝阳区西坝河北里 3 号楼 2 单元");
    assertThat(valueOf(worker, "presentingProblem")).isEqualTo("独居老人，行动不便，需要助餐与探访");
    assertThat(new Select(worker.findElement(By.id("personType"))).getFirstSelectedOption().getDomProperty("value"))
        .isEqualTo("living_alone");
    assertThat(worker.findElement(By.cssSelector("#willingness input[value='strong']")).isSelected()).isTrue();
    assertThat(worker.findElement(By.cssSelector("#urgency input[value='normal']")).isSelected()).isTrue();
    assertThat(caseRowsFor(worker, clientName)).as("no case registered for a rejected form").isEmpty();

    // 2. With the ID number corrected, the case is registered and awaits screening.
    type(worker, "idNumber", validId);
    worker.findElement(By.id("start-submit")).click();
    wait.until(ExpectedConditions.urlMatches("/cases/[A-Z]+-\\d{4}-\\d{4}$"));
    String caseNo = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no"))).getText().trim();
    assertThat(caseNo).matches("^XBHBL-\\d{4}-\\d{4}$");
    assertThat(worker.getCurrentUrl()).endsWith("/cases/" + caseNo);
    assertThat(worker.findElement(By.id("notice")).getText()).contains(caseNo);
    assertThat(worker.findElement(By.id("case-status")).getText()).isEqualTo("待筛查");
    assertThat(worker.findElement(By.id("client-name")).getText()).isEqualTo(clientName);
    assertThat(worker.findElement(By.id("client-id")).getText()).isEqualTo(validId);
    assertThat(worker.findElement(By.id("open-tasks")).getText()).contains("筛查接案请求");
    screenshot(worker, "intake-registered");

    // 3. The screening task is in the worker's own inbox; they accept the request.
    worker.findElement(By.id("nav-tasks")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(worker.findElement(By.id("tab-mine")).getDomAttribute("class")).contains("active");
    WebElement screeningRow = taskRow(worker, caseNo, "筛查接案请求")
        .orElseThrow(() -> new AssertionError("筛查接案请求 of " + caseNo + " not in 我的待办"));
    assertThat(screeningRow.getText()).contains(clientName);
    String screeningTask = screeningRow.getDomAttribute("data-task");
    screeningRow.findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.textToBe(By.id("task-name"), "筛查接案请求"));
    String context = worker.findElement(By.id("case-context")).getText();
    assertThat(context).contains(clientName).contains(caseNo).contains("独居老人，行动不便，需要助餐与探访");
    choose(worker, "decision", "accept");
    worker.findElement(By.id("complete")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
        .contains("已完成任务").contains("筛查接案请求");
    assertThat(taskRow(worker, caseNo, "筛查接案请求")).as("screening done").isEmpty();
    worker.get(url("/tasks/" + screeningTask));
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText())
        .as("an already completed task, reopened").isEqualTo("该任务已被办理完成");
    quit(worker);

    // 4. The station supervisor finds the approval among the station's unclaimed tasks and approves.
    WebDriver supervisor = logIn("xbhbl-supervisor", "张晓梅");
    WebDriverWait supervisorWait = waitFor(supervisor);
    supervisor.findElement(By.id("tab-unclaimed")).click();
    supervisorWait.until(ExpectedConditions.urlContains("tab=unclaimed"));
    supervisorWait.until(ExpectedConditions.attributeContains(By.id("tab-unclaimed"), "class", "active"));
    WebElement approvalRow = taskRow(supervisor, caseNo, "审批开案")
        .orElseThrow(() -> new AssertionError("审批开案 of " + caseNo + " not in 本站待认领"));
    String approvalTask = approvalRow.getDomAttribute("data-task");
    approvalRow.findElement(By.cssSelector("a.task-link")).click();
    supervisorWait.until(ExpectedConditions.textToBe(By.id("task-name"), "审批开案"));
    assertThat(supervisor.findElement(By.id("task-assignee")).getText()).isEqualTo("未认领");
    assertThat(supervisor.findElement(By.id("case-context")).getText()).contains(clientName).contains("接案");
    choose(supervisor, "decision", "approve");
    Select responsible = new Select(supervisor.findElement(By.id("responsibleWorker")));
    assertThat(responsible.getOptions()).extracting(o -> o.getDomProperty("value"))
        .contains("xbhbl-worker", "xbhbl-worker2");
    responsible.selectByValue("xbhbl-worker2");
    type(supervisor, "comment", "同意开案，由陈静负责");
    supervisor.findElement(By.id("complete")).click();
    supervisorWait.until(ExpectedConditions.urlMatches("/tasks$"));
    assertThat(supervisorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
        .contains("已完成任务").contains("审批开案");

    // 5. The case is open, in the hands of the named worker, its needs assessment has begun, and its history
    //    shows the approval.
    supervisor.get(url("/cases/" + caseNo));
    supervisorWait.until(ExpectedConditions.textToBe(By.id("case-no"), caseNo));
    assertThat(supervisor.findElement(By.id("case-status")).getText()).isEqualTo("评估中");
    assertThat(supervisor.findElement(By.id("responsible-worker")).getText()).isEqualTo("xbhbl-worker2");
    assertThat(supervisor.findElement(By.id("history")).getText()).contains("筛查接案请求").contains("审批开案");
    assertThat(supervisor.findElement(By.id("decisions")).getText())
        .contains("接案").contains("同意开案").contains("同意开案，由陈静负责");
    assertThat(supervisor.findElement(By.id("open-tasks")).getText()).contains("记录需求评估")
        .contains("xbhbl-worker2");
    screenshot(supervisor, "case-opened");
    quit(supervisor);

    // 6. A worker of another station neither sees the case nor any of its tasks.
    WebDriver stranger = logIn("sjl-worker", "孙磊");
    WebDriverWait strangerWait = waitFor(stranger);
    stranger.get(url("/cases/" + caseNo));
    strangerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
    assertThat(stranger.findElements(By.id("case-no"))).isEmpty();
    assertThat(stranger.getPageSource()).doesNotContain(clientName);
    for (String task : List.of(screeningTask, approvalTask)) {
      stranger.get(url("/tasks/" + task));
      strangerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
      assertThat(stranger.getPageSource()).doesNotContain(clientName);
    }
    for (String tab : List.of("mine", "unclaimed", "done")) {
      stranger.get(url("/tasks?tab=" + tab));
      strangerWait.until(ExpectedConditions.attributeContains(By.id("tab-" + tab), "class", "active"));
      assertThat(stranger.findElement(By.tagName("main")).getText()).as("inbox tab " + tab).doesNotContain(caseNo);
    }
    stranger.get(url("/cases?q=" + caseNo));
    strangerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
    assertThat(stranger.findElement(By.id("cases")).getText()).doesNotContain(caseNo);
  }

  // ---- browser sessions ----

  /** A fresh browser (own profile, so no shared cookies) logged in as the given demo account. */
  private WebDriver logIn(String username, String fullName) {
    WebDriver driver = newBrowser();
    WebDriverWait wait = waitFor(driver);
    driver.get(url("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.urlMatches("/tasks$"));
    WebElement me = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("me")));
    assertThat(me.getText()).contains(username);
    if (fullName != null) {
      assertThat(me.getText()).contains(fullName);
    }
    assertThat(driver.findElements(By.id("login-error"))).isEmpty();
    return driver;
  }

  private WebDriver newBrowser() {
    Path profile;
    try {
      profile = Files.createTempDirectory("intake-browser-");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a browser profile directory", e);
    }
    profiles.add(profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-proxy-server", "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,1000");
    ChromeDriver driver = new ChromeDriver(service, options);
    drivers.add(driver);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  private void quit(WebDriver driver) {
    drivers.remove(driver);
    driver.quit();
  }

  private static WebDriverWait waitFor(WebDriver driver) {
    return new WebDriverWait(driver, WAIT);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  // ---- pages ----

  private static void type(WebDriver driver, String fieldId, String text) {
    WebElement field = driver.findElement(By.id(fieldId));
    field.clear();
    field.sendKeys(text);
    assertThat(field.getDomProperty("value")).as("typed into " + fieldId).isEqualTo(text);
  }

  private static void choose(WebDriver driver, String radioGroup, String value) {
    WebElement radio = driver.findElement(By.cssSelector("#" + radioGroup + " input[type='radio'][value='" + value + "']"));
    radio.click();
    assertThat(radio.isSelected()).as(radioGroup + " = " + value).isTrue();
  }

  private static String valueOf(WebDriver driver, String fieldId) {
    return driver.findElement(By.id(fieldId)).getDomProperty("value");
  }

  /** The inbox row of the case's task on the page shown, if any. */
  private static Optional<WebElement> taskRow(WebDriver driver, String caseNo, String taskName) {
    waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
    return driver.findElements(By.cssSelector("#tasks tr[data-task]")).stream()
        .filter(row -> row.findElement(By.cssSelector("td a[href^='/cases/']")).getText().equals(caseNo))
        .filter(row -> row.findElement(By.cssSelector("a.task-link")).getText().equals(taskName))
        .findFirst();
  }

  /** Rows of the case list matching the client's name, looked up in a second tab so the form stays as it is. */
  private List<String> caseRowsFor(WebDriver driver, String clientName) {
    String form = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(url("/cases?q=" + clientName));
      waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
      return driver.findElements(By.cssSelector("#cases tbody tr")).stream()
          .map(WebElement::getText)
          .filter(text -> text.contains(clientName))
          .toList();
    } finally {
      driver.close();
      driver.switchTo().window(form);
    }
  }

  private static void screenshot(WebDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  // ---- data ----

  /** The same number with another check character, so only the checksum is wrong. */
  private static String withWrongCheckDigit(String idNumber) {
    char check = idNumber.charAt(17);
    char wrong = check == '0' ? '1' : '0';
    return idNumber.substring(0, 17) + wrong;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is harmless
    }
  }
}
