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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Headless Chromium sessions for the browser tests: the distribution's /usr/bin/chromium and chromedriver (Selenium
 * never downloads one), a fresh profile per session (no shared cookies), and the page helpers the tests share.
 * Registered as an extension ({@code @RegisterExtension final BrowserSessions browsers = new BrowserSessions("x")}):
 * before each test it checks that Chromium is there and reads the application's port; after it, closes every session.
 */
public final class BrowserSessions implements BeforeEachCallback, AfterEachCallback {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** Selenium warns that it has no DevTools bindings for this Chromium; the tests do not use DevTools. */
  private static final java.util.logging.Logger CDP_VERSION_FINDER =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private int port;
  private final String profilePrefix;
  private final List<WebDriver> drivers = new ArrayList<>();
  private final List<Path> profiles = new ArrayList<>();

  public BrowserSessions(String profilePrefix) {
    this.profilePrefix = profilePrefix;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    requireBrowser();
    port = SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port", Integer.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    closeAll();
  }

  /** Skips the test without Chromium, or fails it when {@code -Dbrowser.required=true} (CI). */
  public static void requireBrowser() {
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

  /** A fresh browser logged in as the given demo account (password demo). */
  public WebDriver logIn(String username, String fullName) {
    return logIn(newBrowser(), username, fullName);
  }

  /** The same on a phone's screen ({@value #PHONE_WIDTH} × {@value #PHONE_HEIGHT} CSS pixels, touch). */
  public WebDriver logInOnPhone(String username, String fullName) {
    return logIn(newBrowser(true), username, fullName);
  }

  /** Opens the folded navigation of a phone-sized page (the menu button), so its links can be clicked. */
  public static void openMenu(WebDriver driver) {
    WebElement button = driver.findElement(By.id("menu-button"));
    if (button.isDisplayed() && !driver.findElement(By.id("nav-toggle")).isSelected()) {
      button.click();
      waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
    }
  }

  public static final int PHONE_WIDTH = 390;
  public static final int PHONE_HEIGHT = 844;

  private WebDriver logIn(WebDriver driver, String username, String fullName) {
    WebDriverWait wait = waitFor(driver);
    driver.get(url("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("login-submit")).click();
    // staff land on the inbox, a volunteer on their own page, an organisation's staff on their portal
    wait.until(ExpectedConditions.urlMatches("/(tasks|volunteer/me|venture)$"));
    openMenu(driver);
    WebElement me = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("me")));
    assertThat(me.getText()).contains(username);
    if (fullName != null) {
      assertThat(me.getText()).contains(fullName);
    }
    assertThat(driver.findElements(By.id("login-error"))).isEmpty();
    return driver;
  }

  public WebDriver newBrowser() {
    return newBrowser(false);
  }

  /** A fresh browser; on a phone it emulates a 390 × 844 touch screen (device pixel ratio 2). */
  public WebDriver newBrowser(boolean phone) {
    Path profile;
    try {
      profile = Files.createTempDirectory(profilePrefix + "-browser-");
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
        phone ? "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT : "--window-size=1280,1000");
    if (phone) {
      options.setExperimentalOption("mobileEmulation", Map.of(
          "deviceMetrics", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0,
              "touch", true)));
    }
    ChromeDriver driver = new ChromeDriver(service, options);
    drivers.add(driver);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  public void quit(WebDriver driver) {
    drivers.remove(driver);
    driver.quit();
  }

  /** Quits every browser still open and deletes the profiles (call from @AfterEach). */
  public void closeAll() {
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

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Clicks the element by id after scrolling it into the middle of the screen (a phone's sticky bars cover edges). */
  public static void click(WebDriver driver, String id) {
    org.openqa.selenium.WebElement e = driver.findElement(org.openqa.selenium.By.id(id));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", e);
  }

  /** Fails when the page is wider than the window (a phone would scroll sideways). */
  public static void assertFits(WebDriver driver, String page) {
    java.util.Map<?, ?> widths = (java.util.Map<?, ?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "return {page: document.documentElement.scrollWidth, screen: window.innerWidth};");
    org.assertj.core.api.Assertions.assertThat(((Number) widths.get("page")).intValue())
        .as(page + " wider than the screen").isLessThanOrEqualTo(((Number) widths.get("screen")).intValue());
  }

  public static WebDriverWait waitFor(WebDriver driver) {
    return new WebDriverWait(driver, WAIT);
  }

  public static void type(WebDriver driver, String fieldId, String text) {
    WebElement field = driver.findElement(By.id(fieldId));
    field.clear();
    field.sendKeys(text);
    assertThat(field.getDomProperty("value")).as("typed into " + fieldId).isEqualTo(text);
  }

  /** A date input, set as the date picker would (typing into it depends on the browser's locale). */
  public static void setDate(WebDriver driver, String fieldId, String isoDate) {
    WebElement field = driver.findElement(By.id(fieldId));
    assertThat(field.getDomAttribute("type")).as(fieldId + " is a date input").isEqualTo("date");
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, isoDate);
    assertThat(field.getDomProperty("value")).as("date in " + fieldId).isEqualTo(isoDate);
  }

  public static void choose(WebDriver driver, String radioGroup, String value) {
    WebElement radio = driver.findElement(By.cssSelector("#" + radioGroup + " input[type='radio'][value='" + value + "']"));
    radio.click();
    assertThat(radio.isSelected()).as(radioGroup + " = " + value).isTrue();
  }

  public static void check(WebDriver driver, String checklist, String value) {
    WebElement box = driver.findElement(By.cssSelector("#" + checklist + " input[type='checkbox'][value='" + value + "']"));
    if (!box.isSelected()) {
      box.click();
    }
    assertThat(box.isSelected()).as(checklist + " includes " + value).isTrue();
  }

  public static String valueOf(WebDriver driver, String fieldId) {
    return driver.findElement(By.id(fieldId)).getDomProperty("value");
  }

  /** The inbox row of the case's task on the page shown, if any. */
  public static Optional<WebElement> taskRow(WebDriver driver, String caseNo, String taskName) {
    waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
    return driver.findElements(By.cssSelector("#tasks tr[data-task]")).stream()
        .filter(row -> row.findElements(By.cssSelector("td a[href^='/cases/']")).stream()
            .anyMatch(link -> link.getText().equals(caseNo)))
        .filter(row -> row.findElement(By.cssSelector("a.task-link")).getText().equals(taskName))
        .findFirst();
  }

  public static void scrollTo(WebDriver driver, String id) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
        driver.findElement(By.id(id)));
  }

  public static void screenshot(WebDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is harmless
    }
  }
}
