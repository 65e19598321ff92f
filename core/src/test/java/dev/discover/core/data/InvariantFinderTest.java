package dev.discover.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.BasisSpec;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.internal.Simulator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Conserved quantities are found from simulated trajectories alone, and noise or short data lower confidence. */
class InvariantFinderTest {
  private static final double CLEAN_VARIATION = 1e-6;
  private static final double HIGH_CONFIDENCE = 0.9;

  private static InvariantResult find(String json, double noise, int trajectories, double tEnd) {
    SystemSpec s = TestSystems.spec(json);
    TrajectoryData d = Simulator.simulate(TestSystems.system(json),
        SimulateOptions.of(tEnd, 0.01).withTrajectories(trajectories).withNoise(noise));
    return InvariantFinder.find(d, InvariantOptions.of(s.basis()));
  }

  private static Set<String> expressions(InvariantResult r) {
    return r.laws().stream().map(DataLaw::expression).collect(Collectors.toSet());
  }

  @Test
  void find_recoversTheTwoEulerTopInvariantsWithIntegerCoefficients() {
    InvariantResult r = find(TestSystems.EULER_TOP, 0, 6, 10);
    assertEquals(2, r.nullSpaceDimension());
    assertEquals(Set.of("y^2 + 3*z^2", "x^2 - 3*z^2"), expressions(r));
    for (DataLaw l : r.laws()) {
      assertTrue(l.exact());
      assertTrue(l.heldOutVariation() < CLEAN_VARIATION, l.expression() + " varies by " + l.heldOutVariation());
      assertTrue(l.confidence() > HIGH_CONFIDENCE);
    }
  }

  @Test
  void find_recoversKeplerEnergyAndAngularMomentum() {
    InvariantResult r = find(TestSystems.KEPLER, 0, 6, 10);
    assertEquals(Set.of("x*vy - y*vx", "vx^2 + vy^2 - 2*1/sqrt(x^2 + y^2)"), expressions(r));
    for (DataLaw l : r.laws()) assertTrue(l.confidence() > HIGH_CONFIDENCE);
  }

  @Test
  void find_smallNoiseKeepsTheLawsWithVisiblyLowerConfidence() {
    InvariantResult clean = find(TestSystems.KEPLER, 0, 6, 10);
    InvariantResult noisy = find(TestSystems.KEPLER, 1e-3, 6, 10);
    assertEquals(expressions(clean), expressions(noisy));
    for (DataLaw l : noisy.laws()) {
      assertTrue(l.confidence() < 0.8 && l.confidence() > 0.25, l.expression() + " confidence " + l.confidence());
      assertTrue(l.heldOutVariation() > 1e-5, "noise must show in the variation");
    }
    assertTrue(noisy.warnings().stream().anyMatch(w -> w.startsWith("noise")));
  }

  @Test
  void find_heavyNoiseGivesNoConfidentNonsense() {
    InvariantResult r = find(TestSystems.EULER_TOP, 0.2, 6, 10);
    // the noise must be seen and said, whether or not low-confidence laws remain
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("noise")), r.warnings().toString());
    for (DataLaw l : r.laws()) assertTrue(l.confidence() < 0.5, l.expression() + " confidence " + l.confidence());
  }

  @Test
  void find_tooShortDataGivesNoLaws() {
    InvariantResult r = find(TestSystems.KEPLER, 0, 1, 0.3);
    assertTrue(r.laws().isEmpty(), "laws from 30 samples of one arc: " + expressions(r));
    assertTrue(!r.warnings().isEmpty());
  }

  @Test
  void find_usesExplicitFunctionsOfTheBasis() {
    BasisSpec b = new BasisSpec(0, List.of("x", "y", "vx", "vy"), List.of(),
        List.of("x*vy - y*vx", "vx^2 + vy^2", "1/sqrt(x^2+y^2)", "x*vx"), 100);
    TrajectoryData d = Simulator.simulate(TestSystems.system(TestSystems.KEPLER), SimulateOptions.of(10, 0.01).withTrajectories(5));
    InvariantResult r = InvariantFinder.find(d, InvariantOptions.of(b));
    assertEquals(2, r.laws().size());
    assertEquals(4, r.basisSize());
  }
}
