package dev.discover.core.data.internal;

import dev.discover.core.data.Trajectory;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * The identified model as a function of its coefficients, integrated with its variational equations: x' =
 * sum_c pt[c] theta_(term c)(x) in equation eq(c), with the sensitivities of the state to the initial state
 * (S_x' = J S_x) and to each coefficient (S_c' = J S_c + dF/dc), J the Jacobian of the right-hand side in x (by
 * central differences). The extended state is x (d values), then S_x (d x d, row-major), then S_c (d x p).
 * Integrated by Hipparchus' Dormand-Prince 8(5,3) and read at the sample times.
 */
final class ShootingModel {
  private final int d;
  private final Library[] libs; // per equation
  private final int[] eqOf; // parameter -> equation
  private final int[] termOf; // parameter -> library term
  private final int p;

  ShootingModel(Library[] libs, int[] eqOf, int[] termOf) {
    this.d = libs.length;
    this.libs = libs;
    this.eqOf = eqOf;
    this.termOf = termOf;
    this.p = eqOf.length;
  }

  /** The number of coefficients. */
  int parameters() { return p; }

  /** The length of the extended state: d + d^2 + d p. */
  int extendedDimension() { return d + d * d + d * p; }

  /**
   * The extended state at samples {@code from} to {@code to - 1} of {@code tr}, starting from {@code y0} at the
   * first; throws {@link IllegalStateException} when the solution leaves every reasonable bound.
   */
  double[][] integrate(Trajectory tr, int from, int to, double[] y0, double[] pt) {
    int dim = y0.length;
    double[][] out = new double[to - from][];
    out[0] = y0.clone();
    if (to - from == 1) return out;
    OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
      @Override public int getDimension() { return dim; }
      @Override public double[] computeDerivatives(double t, double[] y) { return extended(y, pt); }
    };
    DormandPrince853Integrator integ = new DormandPrince853Integrator(0, tr.time(to - 1) - tr.time(from), 1e-9, 1e-7);
    integ.setMaxEvaluations(200_000);
    int[] next = {1};
    integ.addStepHandler(new ODEStepHandler() {
      @Override public void handleStep(ODEStateInterpolator interp) {
        double end = interp.getCurrentState().getTime();
        while (next[0] < to - from && tr.time(from + next[0]) <= end + 1e-12 * Math.max(1, Math.abs(end))) {
          double ti = Math.min(tr.time(from + next[0]), end);
          double[] y = interp.getInterpolatedState(ti).getPrimaryState();
          for (double v : y) if (!Double.isFinite(v) || Math.abs(v) > 1e12) throw new IllegalStateException("diverged");
          out[next[0]++] = y;
        }
      }
    });
    integ.integrate(ode, new ODEState(tr.time(from), y0.clone()), tr.time(to - 1));
    if (next[0] < to - from) throw new IllegalStateException("integration stopped early");
    return out;
  }

  /** Library values of every equation at x: equations sharing a library share the array. */
  private double[][] libraryValues(double[] x) {
    double[][] vals = new double[d][];
    for (int i = 0; i < d; i++) {
      for (int k = 0; k < i; k++) if (libs[k] == libs[i]) { vals[i] = vals[k]; break; }
      if (vals[i] == null) { vals[i] = new double[libs[i].size()]; libs[i].values(x, vals[i]); }
    }
    return vals;
  }

  private double[] rhs(double[][] vals, double[] pt) {
    double[] f = new double[d];
    for (int c = 0; c < p; c++) f[eqOf[c]] += pt[c] * vals[eqOf[c]][termOf[c]];
    return f;
  }

  private double[] extended(double[] y, double[] pt) {
    double[] x = new double[d];
    System.arraycopy(y, 0, x, 0, d);
    double[][] vals = libraryValues(x);
    double[] f = rhs(vals, pt);
    double[][] jx = new double[d][d]; // jx[i][v] = d f_i / d x_v
    for (int v = 0; v < d; v++) {
      double h = 1e-6 * (1 + Math.abs(x[v]));
      double[] xp = x.clone(), xm = x.clone();
      xp[v] += h;
      xm[v] -= h;
      double[] fp = rhs(libraryValues(xp), pt), fm = rhs(libraryValues(xm), pt);
      for (int i = 0; i < d; i++) jx[i][v] = (fp[i] - fm[i]) / (2 * h);
    }
    double[] out = new double[y.length];
    System.arraycopy(f, 0, out, 0, d);
    // S_x' = J S_x
    for (int i = 0; i < d; i++) for (int c = 0; c < d; c++) {
      double s = 0;
      for (int v = 0; v < d; v++) s += jx[i][v] * y[d + v * d + c];
      out[d + i * d + c] = s;
    }
    // S_c' = J S_c + dF/dc
    int base = d + d * d;
    for (int i = 0; i < d; i++) for (int c = 0; c < p; c++) {
      double s = 0;
      for (int v = 0; v < d; v++) s += jx[i][v] * y[base + v * p + c];
      if (eqOf[c] == i) s += vals[i][termOf[c]];
      out[base + i * p + c] = s;
    }
    return out;
  }
}
