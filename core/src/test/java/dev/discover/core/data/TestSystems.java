package dev.discover.core.data;

import dev.discover.core.DynamicalSystem;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.internal.Simulator;
import java.util.List;
import java.util.Map;

/** Systems with known equations and laws, for the data tests. */
final class TestSystems {
  private TestSystems() {}

  static final String LORENZ = "{\"name\":\"Lorenz\",\"variables\":[\"x\",\"y\",\"z\"],"
      + "\"parameters\":{\"sigma\":10,\"rho\":28,\"beta\":\"8/3\"},"
      + "\"equations\":{\"x\":\"sigma*(y-x)\",\"y\":\"x*(rho-z)-y\",\"z\":\"x*y-beta*z\"},\"basis\":{\"polynomial_degree\":2}}";

  /** The seven Lorenz terms by equation. */
  static final Map<String, Map<String, Double>> LORENZ_TERMS = Map.of(
      "x", Map.of("x", -10.0, "y", 10.0),
      "y", Map.of("x", 28.0, "y", -1.0, "x*z", -1.0),
      "z", Map.of("x*y", 1.0, "z", -8.0 / 3));

  static final String EULER_TOP = "{\"name\":\"Euler top\",\"variables\":[\"x\",\"y\",\"z\"],"
      + "\"equations\":{\"x\":\"-y*z\",\"y\":\"x*z\",\"z\":\"-x*y/3\"},\"basis\":{\"polynomial_degree\":2}}";

  static final String KEPLER = "{\"name\":\"Kepler\",\"variables\":[\"x\",\"y\",\"vx\",\"vy\"],"
      + "\"equations\":{\"x\":\"vx\",\"y\":\"vy\",\"vx\":\"-x/((x^2+y^2)*sqrt(x^2+y^2))\",\"vy\":\"-y/((x^2+y^2)*sqrt(x^2+y^2))\"},"
      + "\"basis\":{\"polynomial_degree\":2,\"functions\":[\"1/sqrt(x^2+y^2)\"]},"
      + "\"sampling\":{\"domain\":{\"x\":[0.8,1.2],\"y\":[-0.1,0.1],\"vx\":[-0.2,0.2],\"vy\":[0.8,1.2]}}}";

  static final String OSCILLATOR = "{\"variables\":[\"x\",\"y\"],\"equations\":{\"x\":\"y\",\"y\":\"-x\"},\"basis\":{\"polynomial_degree\":2}}";

  static SystemSpec spec(String json) { return SystemFile.parse(json, "test"); }

  static DynamicalSystem system(String json) { return DynamicalSystem.of(spec(json)); }

  /** The Lorenz acceptance data: dt 0.002, t in [0, 10), start (-8, 8, 27). */
  static TrajectoryData lorenz(double noise, long seed) {
    return Simulator.simulate(system(LORENZ), SimulateOptions.of(10, 0.002)
        .withInitial(List.of(new double[] {-8, 8, 27})).withNoise(noise).withSeed(seed));
  }

  /** The largest relative coefficient error over the seven terms; fails on a missing or spurious term. */
  static double lorenzError(EquationResult r) {
    double worst = 0;
    for (IdentifiedEquation e : r.equations()) {
      Map<String, Double> truth = LORENZ_TERMS.get(e.variable());
      if (!truth.keySet().equals(new java.util.HashSet<>(e.terms()))) {
        throw new AssertionError("terms of " + e.variable() + "': " + e.terms() + ", expected " + truth.keySet());
      }
      for (Map.Entry<String, Double> t : truth.entrySet()) {
        worst = Math.max(worst, Math.abs(e.coefficient(t.getKey()) - t.getValue()) / Math.abs(t.getValue()));
      }
    }
    return worst;
  }
}
