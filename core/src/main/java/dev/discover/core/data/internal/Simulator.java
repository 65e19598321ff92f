package dev.discover.core.data.internal;

import dev.discover.core.DynamicalSystem;
import dev.discover.core.SamplingSpec;
import dev.discover.core.data.SimulateOptions;
import dev.discover.core.data.SimulationException;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Integrates a {@link DynamicalSystem} with Hipparchus's adaptive Dormand-Prince 8(5,3) integrator and
 * samples the dense output at multiples of dt, so the samples do not depend on the integrator's steps.
 * Optionally adds seeded Gaussian noise to the sampled states.
 */
public final class Simulator {
  private Simulator() {}

  /**
   * Simulates; throws {@link SimulationException} when a trajectory blows up or the integration fails, and
   * {@link IllegalArgumentException} when an initial state has the wrong length.
   */
  public static TrajectoryData simulate(DynamicalSystem system, SimulateOptions o) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(o, "options");
    int d = system.dimension();
    Random rng = new Random(o.seed());
    List<double[]> starts = o.initial();
    if (starts.isEmpty()) {
      SamplingSpec s = system.spec().sampling();
      for (int k = 0; k < o.trajectories(); k++) {
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
          double[] r = s.domain().get(system.variables().get(i));
          x[i] = r == null ? rng.nextGaussian() : r[0] + (r[1] - r[0]) * rng.nextDouble();
        }
        starts.add(x);
      }
    }
    for (double[] s : starts) {
      if (s.length != d) throw new IllegalArgumentException("an initial state has " + s.length + " values but the system has " + d + " variables");
    }
    int samples = (int) Math.ceil(o.tEnd() / o.dt() - 1e-9);
    List<Trajectory> out = new ArrayList<>();
    Random noise = new Random(o.seed() * 31 + 7);
    for (int k = 0; k < starts.size(); k++) {
      Trajectory tr = integrate(system, starts.get(k), samples, o, k);
      if (o.noise() > 0) tr = addNoise(tr, o.noise(), noise);
      out.add(tr);
    }
    return new TrajectoryData(system.spec().source(), system.variables(), out);
  }

  /** The state as {@code (x = 1.0E300, y = 2.0)}, short. */
  private static String state(DynamicalSystem system, double[] x) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < x.length && i < 6; i++) sb.append(i == 0 ? "" : ", ").append(system.variables().get(i)).append(" = ").append(x[i]);
    return sb.append(x.length > 6 ? ", ...)" : ")").toString();
  }

  private static Trajectory integrate(DynamicalSystem system, double[] x0, int samples, SimulateOptions o, int index) {
    int d = system.dimension();
    double[] t = new double[samples];
    double[][] x = new double[samples][];
    OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
      @Override public int getDimension() { return d; }
      @Override public double[] computeDerivatives(double time, double[] y) {
        double[] f = new double[d];
        system.rhs(y, f);
        return f;
      }
    };
    String which = "trajectory " + (index + 1);
    for (int i = 0; i < d; i++) {
      if (!Double.isFinite(x0[i])) throw new IllegalArgumentException(which + ": initial state is not finite");
      if (Math.abs(x0[i]) > o.blowUp()) {
        // a start beyond the blow-up limit could only ever be reported as a blow-up at t = 0: bad input
        throw new IllegalArgumentException(which + ": initial state " + state(system, x0) + " is beyond the blow-up limit "
            + o.blowUp() + "; expected states within it");
      }
    }
    double[] f0 = new double[d];
    system.rhs(x0, f0);
    for (int i = 0; i < d; i++) {
      if (!Double.isFinite(f0[i])) {
        // the problem is ill-posed before any step is taken: the initial state (given or drawn from the
        // sampling domain) is bad input, not a failed integration
        throw new IllegalArgumentException(which + ": the right-hand side of " + system.variables().get(i)
            + " is not finite at the initial state " + state(system, x0)
            + "; expected an initial state where every right-hand side is a finite number");
      }
    }
    t[0] = 0;
    x[0] = x0.clone();
    if (samples == 1) return new Trajectory(t, x);
    double tEnd = (samples - 1) * o.dt();
    DormandPrince853Integrator integ = new DormandPrince853Integrator(0, Math.max(tEnd, o.dt()),
        o.absoluteTolerance(), o.relativeTolerance());
    integ.setMaxEvaluations(Math.max(1_000_000, 2000 * samples));
    int[] next = {1};
    integ.addStepHandler(new ODEStepHandler() {
      @Override public void handleStep(ODEStateInterpolator interp) {
        double end = interp.getCurrentState().getTime();
        while (next[0] < samples && next[0] * o.dt() <= end + 1e-12 * Math.max(1, end)) {
          int i = next[0];
          double ti = Math.min(i * o.dt(), end);
          double[] y = interp.getInterpolatedState(ti).getPrimaryState();
          check(y, i * o.dt(), which, system, o.blowUp());
          t[i] = i * o.dt();
          x[i] = y;
          next[0]++;
        }
        check(interp.getCurrentState().getPrimaryState(), end, which, system, o.blowUp());
      }
    });
    try {
      integ.integrate(ode, new ODEState(0, x0.clone()), tEnd);
    } catch (MathRuntimeException e) {
      double reached = next[0] > 0 ? (next[0] - 1) * o.dt() : 0;
      throw new SimulationException(which + ": integration failed after t = " + reached + ": " + e.getMessage()
          + "; expected a system that can be integrated up to t-end from this start (try a shorter t-end or another initial state)", e);
    }
    if (next[0] < samples) {
      throw new SimulationException(which + ": integration stopped at t = " + (next[0] - 1) * o.dt()
          + " before t-end; expected a system that can be integrated up to t-end from this start (try a shorter t-end)");
    }
    return new Trajectory(t, x);
  }

  private static void check(double[] y, double time, String which, DynamicalSystem system, double blowUp) {
    for (int i = 0; i < y.length; i++) {
      if (!Double.isFinite(y[i]) || Math.abs(y[i]) > blowUp) {
        throw new SimulationException(which + ": blow-up near t = " + (float) time + ": "
            + system.variables().get(i) + " = " + y[i] + " (limit " + blowUp + "); expected a t-end before the blow-up"
            + " or another initial state");
      }
    }
  }

  private static Trajectory addNoise(Trajectory tr, double sigma, Random rng) {
    double[][] x = tr.x();
    for (double[] row : x) for (int i = 0; i < row.length; i++) row[i] += sigma * rng.nextGaussian();
    return new Trajectory(tr.t(), x);
  }
}
