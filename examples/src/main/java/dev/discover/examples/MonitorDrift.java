package dev.discover.examples;

import dev.discover.core.ConservationLaw;
import dev.discover.core.Discovery;
import dev.discover.core.LawSearchResult;
import java.io.PrintStream;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;

/**
 * A physics simulation that asks the engine what its model conserves, then watches those quantities drift as
 * a fixed-step integrator runs: the laws come back as compiled functions of the state.
 *
 * <p>Run: {@code mvn -q -pl examples -am package -DskipTests} then
 * {@code java -cp "examples/target/classes:$(cat examples/target/classpath)" dev.discover.examples.MonitorDrift}, or
 * through the test that runs it.
 */
public final class MonitorDrift {
  private MonitorDrift() {}

  /** The largest relative drift of each law over the run, in the order of {@code result.laws()}. */
  public static double[] run(PrintStream out, double step, int steps) {
    LawSearchResult result = Discovery.system("x", "y", "z")
        .name("cyclic Lotka-Volterra")
        .equation("x", "x*(y - z)").equation("y", "y*(z - x)").equation("z", "z*(x - y)")
        .polynomialBasis(3)
        .findLaws();
    out.printf("%s: %d laws from a basis of %d functions%n", "cyclic Lotka-Volterra", result.independentCount(),
        result.basisSize());
    OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
      @Override public int getDimension() { return 3; }
      @Override public double[] computeDerivatives(double t, double[] s) {
        return new double[] {s[0] * (s[1] - s[2]), s[1] * (s[2] - s[0]), s[2] * (s[0] - s[1])};
      }
    };
    double[] state = {1.0, 0.5, 0.25};
    double[] initial = new double[result.laws().size()];
    for (int k = 0; k < initial.length; k++) initial[k] = result.laws().get(k).valueAt(state);
    double[] drift = new double[initial.length];
    ClassicalRungeKuttaIntegrator rk = new ClassicalRungeKuttaIntegrator(step);
    ODEState s = new ODEState(0, state);
    for (int i = 0; i < steps; i++) {
      ODEStateAndDerivative next = rk.integrate(ode, s, s.getTime() + step);
      s = next;
      for (int k = 0; k < drift.length; k++) {
        double v = result.laws().get(k).valueAt(next.getPrimaryState());
        drift[k] = Math.max(drift[k], Math.abs(v - initial[k]) / Math.max(1e-300, Math.abs(initial[k])));
      }
    }
    for (int k = 0; k < drift.length; k++) {
      ConservationLaw l = result.laws().get(k);
      out.printf("  %-12s (%s) max relative drift %.3e over t = %.1f%n", l.expression(), l.verification().label(),
          drift[k], step * steps);
    }
    return drift;
  }

  /** Runs 2000 steps of size 0.01 and prints the drift of each law. */
  public static void main(String[] args) {
    run(System.out, 0.01, 2000);
  }
}
