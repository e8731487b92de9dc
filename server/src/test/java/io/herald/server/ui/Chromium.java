package io.herald.server.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); tests are skipped when either is missing. The binaries can be moved
 * with {@code -Dherald.chromium=...} and {@code -Dherald.chromedriver=...}. Selenium Manager is
 * never asked to download anything: both paths are given explicitly. Shared with other modules'
 * browser tests through this module's test jar.
 */
public final class Chromium implements AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;

  private Chromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts the browser, or skips the calling test class when it is not installed. */
  public static Chromium startOrSkip() {
    Path browser = Path.of(System.getProperty("herald.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("herald.chromedriver", "/usr/bin/chromedriver"));
    Assumptions.assumeTrue(
        Files.isExecutable(browser) && Files.isExecutable(chromedriver),
        "browser tests need "
            + browser
            + " and "
            + chromedriver
            + " (Debian chromium, chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    return new Chromium(driver);
  }

  /** The Selenium driver of this browser. */
  public WebDriver driver() {
    return driver;
  }

  /** A wait of at most 15 seconds. */
  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Runs a script in the page and returns its value. */
  public Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /** Sets the viewport height to the page's full height, for a screenshot of all of it. */
  public void fitHeight() {
    Object height = script("return document.documentElement.scrollHeight;");
    int h = Math.min(4000, Math.max(1000, ((Number) height).intValue() + 20));
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1400, "height", h, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Back to the normal 1400 x 1000 viewport. */
  public void resetHeight() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Writes a PNG of the viewport to {@code target/screenshots/NAME.png} and returns its path. */
  public Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.createDirectories(SCREENSHOTS);
      Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write screenshot " + file, e);
    }
    return file;
  }

  /** Console messages of level SEVERE since the last call (CSP violations, script errors...). */
  public List<String> severeConsoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
