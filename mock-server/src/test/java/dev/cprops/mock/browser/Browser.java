package dev.cprops.mock.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one browser set-up of the project's browser tests: Debian's headless Chromium driven through
 * Debian's chromedriver ({@value #CHROMEDRIVER}, named explicitly, so Selenium Manager never looks
 * for a driver or a browser on the network), resolving no host but 127.0.0.1, with no background
 * networking. The browser's console is recorded, so a test can assert it holds no error.
 *
 * <p>Install the browser with {@code apt-get install -y --no-install-recommends chromium
 * chromium-driver fonts-liberation} ({@code .ci/run} does when they are missing). Use it through
 * {@link BrowserExtension} (one browser per test class) or {@link #start()}.
 */
public final class Browser implements AutoCloseable {
  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(390, 844);
  public static final Duration WAIT = Duration.ofSeconds(10);

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts a headless Chromium at desktop size (1280 x 900). */
  public static Browser start() {
    for (String path : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(path))) {
        throw new IllegalStateException(
            path
                + " is missing: install Debian's browser with `apt-get install -y"
                + " --no-install-recommends chromium chromium-driver fonts-liberation`");
      }
    }
    // Selenium Manager stays off the network whatever the environment says.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("SE_AVOID_STATS", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--lang=en-US",
        "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(DESKTOP);
    return new Browser(driver);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Loads a page (only 127.0.0.1 resolves). */
  public Browser open(String url) {
    driver.get(url);
    return this;
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** Waits up to {@link #WAIT} for a condition, e.g. {@code ExpectedConditions.urlContains(..)}. */
  public <T> T waitFor(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  /** Waits for an element and returns it. */
  public WebElement waitFor(By by) {
    return waitFor(d -> d.findElements(by).stream().findFirst().orElse(null));
  }

  public Browser resize(Dimension size) {
    driver.manage().window().setSize(size);
    return this;
  }

  /**
   * The console entries at SEVERE level logged since the last call (reading the log empties it):
   * script errors, CSP violations, failed loads.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves a PNG of the viewport to {@code file} (folders created). */
  public Path screenshot(Path file) {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
