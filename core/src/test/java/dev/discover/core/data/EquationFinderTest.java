package dev.discover.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.data.internal.EquationFinder;
import dev.discover.core.data.internal.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The equations of known systems are recovered from simulated data with default options. */
class EquationFinderTest {
  private static final double CLEAN_TOL = 1e-3;
  private static final double NOISY_TOL = 0.02;

  @Test
  void find_recoversLorenzFromCleanDataWithinOnePerMille() {
    EquationResult r = EquationFinder.find(TestSystems.lorenz(0, 1), EquationOptions.defaults());
    assertEquals(EquationOptions.Derivative.FD, r.derivative());
    assertTrue(TestSystems.lorenzError(r) < CLEAN_TOL, "error " + TestSystems.lorenzError(r));
    for (IdentifiedEquation e : r.equations()) assertTrue(e.r2() > 0.999999);
  }

  @Test
  void find_recoversLorenzWithNoiseHalfWithinTwoPercentUsingWeakForm() {
    EquationResult r = EquationFinder.find(TestSystems.lorenz(0.5, 1), EquationOptions.defaults());
    assertEquals(EquationOptions.Derivative.WEAK, r.derivative(), "noise must be detected");
    assertTrue(r.refined(), "coefficients refined by multiple shooting");
    double err = TestSystems.lorenzError(r);
    assertTrue(err < NOISY_TOL && err > 1e-5, "error " + err);
    assertEquals(0.06, r.relativeNoise()[0], 0.02, "estimated relative noise of x");
  }

  @Test
  void find_multipleShootingRefinementCutsTheWeakFormErrorOnAnUnluckyNoiseSeed() {
    TrajectoryData d = TestSystems.lorenz(0.5, 5);
    double weak = TestSystems.lorenzError(EquationFinder.find(d, EquationOptions.defaults().withRefine(false)));
    double refined = TestSystems.lorenzError(EquationFinder.find(d, EquationOptions.defaults()));
    assertTrue(weak > 0.05, "weak form alone " + weak);
    assertTrue(refined < NOISY_TOL * 1.5 && refined < weak / 3, "refined " + refined + " versus weak " + weak);
  }

  @Test
  void find_scoreTestOnTheShootingFitRestoresATermTheWeakFormMissesAtNoiseOne() {
    TrajectoryData d = TestSystems.lorenz(1.0, 14);
    EquationResult weak = EquationFinder.find(d, EquationOptions.defaults().withRefine(false));
    assertThrows(AssertionError.class, () -> TestSystems.lorenzError(weak), "the weak form alone gets the terms wrong");
    double err = TestSystems.lorenzError(EquationFinder.find(d, EquationOptions.defaults()));
    assertTrue(err < NOISY_TOL, "error " + err);
  }

  /**
   * Noise draws at sigma 1.0 where fits on long segments misled the model selection: seed 8 kept five spurious
   * terms that a fit stuck in a local optimum on 2144-sample segments called significant (on the first fit's
   * 536-sample segments none is), seed 11 lost the refinement when the first fit from the weak-form
   * coefficients ended in a local optimum (13.9 times the noise's cost; on shorter segments 1.01).
   */
  @ParameterizedTest
  @ValueSource(longs = {8, 11})
  void find_getsTheSevenTermsAtNoiseOneWhereFitsOnLongSegmentsMisledTheSelection(long seed) {
    EquationResult r = EquationFinder.find(TestSystems.lorenz(1.0, seed), EquationOptions.defaults());
    assertTrue(r.refined(), "refined by multiple shooting");
    double err = TestSystems.lorenzError(r); // fails on a missing or spurious term
    assertTrue(err < 0.12, "error " + err);
  }

  @Test
  void find_plainFiniteDifferencesAreWorseOnNoisyLorenz() {
    EquationResult r = EquationFinder.find(TestSystems.lorenz(0.5, 1),
        EquationOptions.defaults().withDerivative(EquationOptions.Derivative.FD));
    boolean exact;
    try {
      exact = TestSystems.lorenzError(r) < NOISY_TOL;
    } catch (AssertionError wrongTerms) {
      exact = false;
    }
    assertTrue(!exact, "finite differences should not pass the noisy acceptance");
  }

  @Test
  void find_sr3AndEnsembleRecoverCleanLorenz() {
    TrajectoryData d = TestSystems.lorenz(0, 1);
    for (EquationOptions.Optimizer o : List.of(EquationOptions.Optimizer.SR3, EquationOptions.Optimizer.ENSEMBLE)) {
      double err = TestSystems.lorenzError(EquationFinder.find(d, EquationOptions.defaults().withOptimizer(o)));
      assertTrue(err < CLEAN_TOL, o + " error " + err);
    }
  }

  @Test
  void find_usesSeveralUnevenlySampledTrajectoriesWithoutCrossingThem() {
    TrajectoryData fine = Simulator.simulate(TestSystems.system(TestSystems.OSCILLATOR),
        SimulateOptions.of(6, 0.001).withTrajectories(3));
    Random rng = new Random(3);
    List<Trajectory> uneven = new ArrayList<>();
    for (Trajectory tr : fine.trajectories()) {
      List<Integer> keep = new ArrayList<>();
      for (int i = 0; i < tr.size(); i += 5 + rng.nextInt(20)) keep.add(i);
      double[] t = new double[keep.size()];
      double[][] x = new double[keep.size()][];
      for (int k = 0; k < t.length; k++) { t[k] = tr.time(keep.get(k)); x[k] = new double[] {tr.value(keep.get(k), 0), tr.value(keep.get(k), 1)}; }
      uneven.add(new Trajectory(t, x));
    }
    EquationResult r = EquationFinder.find(new TrajectoryData("uneven", List.of("x", "y"), uneven), EquationOptions.defaults());
    assertEquals(List.of("y"), r.equation("x").terms());
    assertEquals(List.of("x"), r.equation("y").terms());
    assertEquals(1, r.equation("x").coefficient("y"), 1e-4);
    assertEquals(-1, r.equation("y").coefficient("x"), 1e-4);
  }

  @Test
  void find_perVariableLibraryAddsFourierTermsWhereAsked() {
    // a pendulum: theta' = omega, omega' = -sin(theta)
    TrajectoryData d = Simulator.simulate(TestSystems.system("{\"variables\":[\"theta\",\"omega\"],"
        + "\"equations\":{\"theta\":\"omega\",\"omega\":\"-sin(theta)\"},\"basis\":{\"polynomial_degree\":1}}"),
        SimulateOptions.of(10, 0.01).withTrajectories(4).withSeed(2));
    EquationOptions o = EquationOptions.defaults().withLibrary(new LibrarySpec(1, false, 1))
        .withPerVariable(Map.of("omega", new LibrarySpec(1, true, 1)));
    EquationResult r = EquationFinder.find(d, o);
    assertEquals(List.of("omega"), r.equation("theta").terms());
    assertEquals(List.of("sin(theta)"), r.equation("omega").terms());
    assertEquals(-1, r.equation("omega").coefficient("sin(theta)"), 1e-4);
  }

  @Test
  void find_rejectsLibraryForUnknownVariable() {
    EquationOptions o = EquationOptions.defaults().withPerVariable(Map.of("w", LibrarySpec.defaults()));
    assertThrows(IllegalArgumentException.class, () -> EquationFinder.find(TestSystems.lorenz(0, 1), o));
  }
}
