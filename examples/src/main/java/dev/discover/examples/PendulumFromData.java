package dev.discover.examples;

import dev.discover.core.BasisSpec;
import dev.discover.core.Discovery;
import dev.discover.core.data.DataLaw;
import dev.discover.core.data.EquationOptions;
import dev.discover.core.data.EquationResult;
import dev.discover.core.data.IdentifiedEquation;
import dev.discover.core.data.InvariantFinder;
import dev.discover.core.data.InvariantOptions;
import dev.discover.core.data.InvariantResult;
import dev.discover.core.data.LibrarySpec;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;

/**
 * A simulation hands its own arrays to the engine: a pendulum integrated by the caller (fixed-step RK4), then
 * its equations identified (with sines and cosines in the library of omega only) and its energy found as a
 * conserved quantity, from the samples alone.
 *
 * <p>Run: {@code mvn -q -pl examples -am package -DskipTests}, then the test that runs it, or call {@link #run}.
 */
public final class PendulumFromData {
  private PendulumFromData() {}

  /** Identifies the pendulum and its energy from six simulated swings; prints both and returns them. */
  public static Result run(PrintStream out) {
    OrdinaryDifferentialEquation pendulum = new OrdinaryDifferentialEquation() {
      @Override public int getDimension() { return 2; }
      @Override public double[] computeDerivatives(double t, double[] s) { return new double[] {s[1], -Math.sin(s[0])}; }
    };
    ClassicalRungeKuttaIntegrator rk = new ClassicalRungeKuttaIntegrator(0.001);
    List<Trajectory> swings = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      int n = 1000;
      double[] t = new double[n];
      double[][] x = new double[n][];
      ODEState s = new ODEState(0, new double[] {0.3 + 0.4 * k, 0.1 * (k - 3)});
      for (int i = 0; i < n; i++) {
        t[i] = s.getTime();
        x[i] = s.getPrimaryState();
        ODEStateAndDerivative next = rk.integrate(pendulum, s, s.getTime() + 0.01);
        s = new ODEState(next.getTime(), next.getPrimaryState());
      }
      swings.add(new Trajectory(t, x));
    }
    TrajectoryData data = new TrajectoryData("pendulum", List.of("theta", "omega"), swings);

    EquationOptions eo = EquationOptions.defaults().withLibrary(new LibrarySpec(1, false, 1))
        .withPerVariable(Map.of("omega", new LibrarySpec(1, true, 1)));
    EquationResult eqs = Discovery.findEquations(data, eo);
    for (IdentifiedEquation e : eqs.equations()) out.printf("%s' = %s  (R^2 %.6f)%n", e.variable(),
        e.rightHandSide(), e.r2());

    BasisSpec basis = new BasisSpec(2, List.of("omega"), List.of(), List.of("cos(theta)", "sin(theta)"), 100);
    InvariantResult inv = InvariantFinder.find(data, InvariantOptions.of(basis));
    for (DataLaw l : inv.laws()) out.printf("conserved: %s  (held-out variation %.1e, confidence %.2f)%n",
        l.expression(), l.heldOutVariation(), l.confidence());
    return new Result(eqs, inv);
  }

  /**
   * What {@link #run} found.
   *
   * @param equations the identified equations
   * @param invariants the conserved quantities
   */
  public record Result(EquationResult equations, InvariantResult invariants) {}

  /** Prints what the engine finds. */
  public static void main(String[] args) { run(System.out); }
}
