package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every --plot figure of the laws, equations, invariants and formula commands, opened in headless Chromium. */
class FiguresTest {
  private static final String OSCILLATOR = "{\"name\":\"oscillator\",\"variables\":[\"x\",\"p\"],"
      + "\"equations\":{\"x\":\"p\",\"p\":\"-x\"},\"basis\":{\"polynomial_degree\":2}}";
  private static Browser browser;

  @TempDir Path dir;

  @BeforeAll static void start() throws Exception { browser = Browser.start(); }

  @AfterAll static void stop() throws Exception { if (browser != null) browser.close(); }

  private static List<Path> svgs(Path d) throws Exception {
    try (Stream<Path> s = Files.list(d)) {
      return s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
    }
  }

  @Test
  void lawsPlot_spectrumAndCoefficientMatrixRenderAndTheMatrixNamesTheBasisFunctions() throws Exception {
    CliRun r = CliRun.top(LawsCommandTest.system("chem.json").toString(), "--plot", dir.toString(), "-q");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(dir.resolve("coefficients.svg"), dir.resolve("spectrum.svg")), svgs(dir));
    for (Path p : svgs(dir)) browser.assertSvgRenders(p);
    String matrix = Files.readString(dir.resolve("coefficients.svg"));
    for (String name : new String[] {"HCHO", "CO", "NO2", "HNO3", "H2", "law 3"}) {
      assertTrue(matrix.contains(">" + name + "</text>"), "no label " + name + " in\n" + matrix);
    }
    assertTrue(Files.size(dir.resolve("spectrum.svg")) < 20_000, "spectrum.svg: " + Files.size(dir.resolve("spectrum.svg")) + " bytes");
  }

  @Test
  void equationsAndInvariantsPlot_drawTheIdentifiedSystemAndEachInvariantAlongTheTrajectories() throws Exception {
    Path sys = dir.resolve("osc.json");
    Files.writeString(sys, OSCILLATOR);
    Path csv = dir.resolve("osc.csv");
    CliRun sim = CliRun.top("simulate", sys.toString(), "--t-end", "10", "--dt", "0.01", "--trajectories", "4",
        "--out", csv.toString(), "-q");
    assertEquals(0, sim.code(), sim.err());
    Path eq = dir.resolve("eq"), inv = dir.resolve("inv");
    CliRun e = CliRun.top("equations", csv.toString(), "--plot", eq.toString(), "-q");
    assertEquals(0, e.code(), e.err());
    CliRun i = CliRun.top("invariants", csv.toString(), "--plot", inv.toString(), "-q");
    assertEquals(0, i.code(), i.err());
    assertEquals(List.of(eq.resolve("equations.svg")), svgs(eq));
    assertEquals(List.of(inv.resolve("invariants.svg")), svgs(inv));
    browser.assertSvgRenders(eq.resolve("equations.svg"));
    browser.assertSvgRenders(inv.resolve("invariants.svg"));
    String invariants = Files.readString(inv.resolve("invariants.svg"));
    assertTrue(invariants.contains("H1 = ") && invariants.contains("<polyline"), invariants);
    // 4 trajectories of 1000 samples, each thinned to the pixel columns of an 850-pixel-wide panel
    assertTrue(Files.size(inv.resolve("invariants.svg")) < 60_000, "invariants.svg: " + Files.size(inv.resolve("invariants.svg")));
  }

  @Test
  void formulaPlot_everyFigureRendersIncludingTheNetwork() throws Exception {
    Path csv = FormulaCommandTest.productCsv(dir);
    Path out = dir.resolve("formula");
    CliRun r = CliRun.top("formula", csv.toString(), "--target", "y", "--time-limit", "5s", "--no-network",
        "--plot", out.toString(), "-q");
    assertEquals(0, r.code(), r.err());
    List<Path> figures = svgs(out);
    assertTrue(figures.contains(out.resolve("formula-fit.svg")) && figures.contains(out.resolve("network.svg")), figures.toString());
    for (Path p : figures) browser.assertSvgRenders(p);
  }
}
