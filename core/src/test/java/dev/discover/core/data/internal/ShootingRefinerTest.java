package dev.discover.core.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.DynamicalSystem;
import dev.discover.core.SystemFile;
import dev.discover.core.data.LibrarySpec;
import dev.discover.core.data.SimulateOptions;
import dev.discover.core.data.TrajectoryData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Multiple shooting on noisy Lorenz data (sigma 0.5, dt 0.002, 5000 samples) with the true terms: continued from
 * its own states on longer segments, and scored for the terms it lacks.
 */
class ShootingRefinerTest {
  private static final String LORENZ = "{\"name\":\"Lorenz\",\"variables\":[\"x\",\"y\",\"z\"],"
      + "\"parameters\":{\"sigma\":10,\"rho\":28,\"beta\":\"8/3\"},"
      + "\"equations\":{\"x\":\"sigma*(y-x)\",\"y\":\"x*(rho-z)-y\",\"z\":\"x*y-beta*z\"},\"basis\":{\"polynomial_degree\":2}}";
  private static final double[] NOISE = {0.5, 0.5, 0.5};
  /** About a Lyapunov time of Lorenz at dt 0.002. */
  private static final int SEGMENT = 500;
  private static TrajectoryData data;
  private static Library lib;
  private static Library[] libs;

  @BeforeAll
  static void simulate() {
    data = Simulator.simulate(DynamicalSystem.of(SystemFile.parse(LORENZ, "lorenz")), SimulateOptions.of(10, 0.002)
        .withInitial(List.of(new double[] {-8, 8, 27})).withNoise(0.5).withSeed(3));
    lib = new Library(LibrarySpec.defaults(), List.of("x", "y", "z"));
    libs = new Library[] {lib, lib, lib};
  }

  private static int[] idx(String... names) {
    int[] out = new int[names.length];
    for (int k = 0; k < names.length; k++) out[k] = lib.names().indexOf(names[k]);
    return out;
  }

  /** The true terms (with y' lacking y when {@code withoutY}), starting 10 % off the true coefficients. */
  private static ShootingRefiner.Fit fit(boolean withoutY) {
    List<int[]> terms = new ArrayList<>(List.of(idx("x", "y"), withoutY ? idx("x", "x*z") : idx("x", "y", "x*z"), idx("z", "x*y")));
    double[][] coef = {{-9, 9}, withoutY ? new double[] {25, -0.9} : new double[] {25, -0.9, -0.9}, {-2.4, 0.9}};
    return ShootingRefiner.refine(data, libs, terms, coef, NOISE, SEGMENT).orElseThrow();
  }

  @Test
  void refine_continuedOnDoubledSegmentsFromItsStatesShrinksTheStandardErrorsAtTheSameFit() {
    ShootingRefiner.Fit shortFit = fit(false);
    List<int[]> terms = List.of(idx("x", "y"), idx("x", "y", "x*z"), idx("z", "x*y"));
    ShootingRefiner.Fit longFit = ShootingRefiner.refine(data, libs, terms, shortFit.coef(), NOISE, 4 * SEGMENT,
        shortFit.states()).orElseThrow();
    assertEquals(4 * SEGMENT, longFit.segment());
    assertTrue(longFit.unknowns() < shortFit.unknowns(), "fewer segment starts");
    // the coefficient of y in y' (-1) is the least determined of the seven
    assertTrue(longFit.se()[1][1] < 0.8 * shortFit.se()[1][1], "se " + longFit.se()[1][1] + " versus " + shortFit.se()[1][1]);
    assertEquals(-1, longFit.coef()[1][1], 4 * longFit.se()[1][1]);
    assertTrue(Math.abs(longFit.reducedCost() - shortFit.reducedCost()) < 0.01,
        "joined segments still follow the data: " + longFit.reducedCost() + " versus " + shortFit.reducedCost());
  }

  @Test
  void scoreTest_pointsAtTheMissingTermAndAtNoneWhenAllArePresent() {
    ShootingRefiner.Fit lacking = fit(true);
    double[][] s = ScoreTest.statistics(data, libs, List.of(idx("x", "y"), idx("x", "x*z"), idx("z", "x*y")), lacking, NOISE)
        .orElseThrow();
    int y = lib.names().indexOf("y");
    double penalty = Math.log(lacking.rows());
    assertTrue(s[1][y] > 10 * penalty, "score of y in y' " + s[1][y]);
    for (int i = 0; i < 3; i++) for (int j = 0; j < lib.size(); j++) if (i != 1 || j != y) assertTrue(s[i][j] < s[1][y]);
    assertEquals(0, s[1][lib.names().indexOf("x")], "a kept term has no statistic");

    ShootingRefiner.Fit all = fit(false);
    double[][] none = ScoreTest.statistics(data, libs, List.of(idx("x", "y"), idx("x", "y", "x*z"), idx("z", "x*y")), all, NOISE)
        .orElseThrow();
    for (double[] row : none) for (double v : row) assertTrue(v < penalty, "no absent term called for: " + v);
  }
}
