package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import dev.discover.neural.SvgAssert;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.w3c.dom.Document;

/**
 * Real headless Chromium (the Debian packages chromium and chromium-driver) for tests of what people look at:
 * a page or figure is opened from a file, screenshotted, and checked to have rendered (not blank) without
 * console errors. The network is never needed: every check opens local files.
 */
final class Browser implements AutoCloseable {
  private static final List<String> BINARIES = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium",
      "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  /** Selenium warns on every start that it has no DevTools bindings for this Chromium; the tests use none. */
  private static final java.util.logging.Logger SELENIUM = quiet(java.util.logging.Logger.getLogger("org.openqa.selenium"));

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  private static java.util.logging.Logger quiet(java.util.logging.Logger l) {
    l.setLevel(Level.SEVERE);
    return l;
  }

  private static Optional<String> first(List<String> paths) {
    return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
  }

  /**
   * Starts a browser with a fresh profile; skips the calling test, with a message saying what to install, when
   * Chromium or ChromeDriver is absent (.ci/run installs both).
   */
  static Browser start() throws Exception {
    Optional<String> binary = first(BINARIES), driverBinary = first(DRIVERS);
    Assumptions.assumeTrue(binary.isPresent() && driverBinary.isPresent(),
        "headless Chromium not installed (apt-get install chromium chromium-driver): browser checks skipped");
    Path profile = Files.createTempDirectory("discover-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(binary.get());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1200,1400", "--user-data-dir=" + profile);
    o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverBinary.get()))
        .usingAnyFreePort().withSilent(true).build();
    return new Browser(new ChromeDriver(service, o), profile);
  }

  WebDriver driver() { return driver; }

  /** Opens a local file; returns the console errors it logged (SEVERE entries). */
  List<String> open(Path file) {
    driver.manage().logs().get(LogType.BROWSER); // discard what earlier pages logged
    driver.get(file.toUri().toString());
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  /** Asserts that a screenshot of the current page is not blank (dark and light pixels both). */
  void assertRendered(String what) throws Exception {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    SvgAssert.assertNotBlank(ImageIO.read(new ByteArrayInputStream(png)), what);
  }

  /**
   * Asserts that {@code svg} is an SVG document (parses as XML with an {@code svg} root) and that Chromium
   * renders it without console errors and not blank.
   */
  void assertSvgRenders(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(svg.toFile());
    assertEquals("svg", doc.getDocumentElement().getNodeName(), svg.toString());
    List<String> errors = open(svg);
    assertTrue(errors.isEmpty(), svg + ": console errors " + errors);
    assertRendered(svg.toString());
  }

  @Override public void close() throws Exception {
    driver.quit();
    try (Stream<Path> s = Files.walk(profile)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
