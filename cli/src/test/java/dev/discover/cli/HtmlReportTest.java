package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code --format html}: one self-contained page per system, opened in headless Chromium. */
class HtmlReportTest {
  private static Browser browser;

  @TempDir Path dir;

  @BeforeAll static void start() throws Exception { browser = Browser.start(); }

  @AfterAll static void stop() throws Exception { if (browser != null) browser.close(); }

  /** Writes the page of a system, opens it and checks it rendered; returns the law elements. */
  private List<WebElement> open(String system) throws Exception {
    CliRun r = CliRun.top(LawsCommandTest.system(system).toString(), "--format", "html", "-q");
    assertEquals(0, r.code(), r.err());
    String html = r.out();
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.strip().endsWith("</html>"), html);
    assertFalse(html.matches("(?s).*\\b(src|href)\\s*=.*"), "the page loads something from elsewhere");
    assertFalse(html.contains("<script"), "the page has a script");
    Path page = dir.resolve(system.replace(".json", ".html"));
    Files.writeString(page, html);
    List<String> errors = browser.open(page);
    assertTrue(errors.isEmpty(), system + ": console errors " + errors);
    browser.assertRendered(page.toString());
    int expected = new ObjectMapper().readTree(LawsCommandTest.system(system).toFile()).get("expected").get("independent").asInt();
    List<WebElement> laws = browser.driver().findElements(By.cssSelector("div.law:not(.param)"));
    assertEquals(expected, laws.size(), system);
    for (WebElement law : laws) {
      WebElement math = law.findElement(By.tagName("math"));
      assertTrue(math.getSize().getHeight() > 10 && math.getSize().getWidth() > 20, system + ": law not typeset: " + math.getSize());
      assertFalse(law.getDomAttribute("data-expression").isBlank());
    }
    assertTrue(browser.driver().findElements(By.cssSelector("figure svg")).size() >= 1, system + ": no inline figure");
    return laws;
  }

  @Test
  void toyPage_showsBothLawsTypesetWithTheirVerification() throws Exception {
    List<WebElement> laws = open("toy.json");
    assertEquals("x + y + z", laws.get(0).getDomAttribute("data-expression"));
    assertEquals("x*y*z", laws.get(1).getDomAttribute("data-expression"));
    assertTrue(laws.get(0).getText().contains("exact"), laws.get(0).getText());
  }

  @Test
  void chemPage_showsTheThirdLawWithCoefficientsInTheParameters() throws Exception {
    List<WebElement> laws = open("chem.json");
    WebElement form = laws.get(2).findElement(By.cssSelector("div.param"));
    assertTrue(form.getText().contains("holds for every value"), form.getText());
    String plain = form.findElement(By.tagName("code")).getText();
    assertTrue(plain.contains("k5") && plain.contains("k4"), plain);
    assertTrue(browser.driver().findElement(By.tagName("body")).getText().contains("floating-point noise"));
  }

  @Test
  void fluidPage_showsSevenLaws() throws Exception {
    List<WebElement> laws = open("fluid.json");
    assertEquals("x3 + x7 + x11", laws.get(0).getDomAttribute("data-expression"));
  }

  @Test
  void kepler3dPage_showsFiveLawsWithFunctionsTypeset() throws Exception {
    List<WebElement> laws = open("kepler3d.json");
    assertTrue(laws.stream().anyMatch(l -> l.getDomAttribute("data-expression").contains("sqrt")),
        "no law with the distance in it");
  }
}
