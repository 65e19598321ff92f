package dev.discover.core.data.internal;

import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Refines the coefficients of identified equations on noisy data by multiple shooting (Bock 1981): the
 * trajectories are cut into segments about one half-period long; each segment's initial state and the
 * shared coefficients (on the support found by sparse regression) are fitted by damped Gauss-Newton on
 * block-sparse normal equations, starting from the weak-form coefficients, so that the integrated model passes through the noisy samples, residuals weighted by each
 * variable's estimated noise. Sensitivities come from the variational equations. This is maximum likelihood
 * for white measurement noise and uses every sample, where the weak form loses information to its test
 * functions. The caller keeps its own coefficients when this returns nothing.
 */
final class ShootingRefiner {
  /** The most work per Gauss-Newton step: residual rows times (coefficients + state dimension) squared. */
  static final long MAX_WORK = 300_000_000L;
  /** The most unknowns (coefficients plus segment starts): the dense normal equations are that size. */
  static final int MAX_UNKNOWNS = 1500;
  private static final int MAX_ITERATIONS = 12;
  /** Segment lengths tried when the model cannot be integrated from the start: the given one, a half, a quarter. */
  private static final int SEGMENT_ATTEMPTS = 3;

  private final List<Trajectory> trajectories;
  private final int d;
  private final Library[] libs; // per equation
  private final int[] eqOf; // parameter -> equation
  private final int[] termOf; // parameter -> library term
  private final double[] weight; // per variable: 1 / noise
  private final List<int[]> segments = new ArrayList<>(); // {trajectory, start, end (exclusive)}
  private final int p;

  private ShootingRefiner(List<Trajectory> trajectories, Library[] libs, int[] eqOf, int[] termOf, double[] weight, int length) {
    this.trajectories = trajectories;
    this.d = libs.length;
    this.libs = libs;
    this.eqOf = eqOf;
    this.termOf = termOf;
    this.weight = weight;
    this.p = eqOf.length;
    for (int k = 0; k < trajectories.size(); k++) {
      int n = trajectories.get(k).size();
      int s = 0;
      while (s < n - 1) {
        int e = Math.min(n, s + length);
        if (n - e < length / 2) e = n;
        segments.add(new int[] {k, s, e});
        s = e;
      }
    }
  }

  /**
   * Refined coefficients and their standard errors, {@code coef[i][q]} and {@code se[i][q]} for equation i's
   * q-th kept term ({@code se} infinite where it cannot be estimated), and the fitted states: per trajectory and
   * sample, the integrated model through the fitted segment starts (the data with the noise taken out, as far as
   * the model is right).
   */
  record Fit(double[][] coef, double[][] se, List<double[][]> states, double cost, int unknowns, int rows) {
    /** The Bayesian information criterion of the fit: its cost (-2 log likelihood up to a constant) + unknowns ln(rows). */
    double bic() { return cost + unknowns * Math.log(rows); }
  }

  /**
   * The refined fit; empty when the refinement does not apply (too large), fails, or does not lower the cost.
   *
   * @param terms per equation, the library indices of its kept terms
   * @param segmentSamples the samples per segment
   */
  static Optional<Fit> refine(TrajectoryData data, Library[] libs, List<int[]> terms, double[][] coef, double[] noise,
      int segmentSamples) {
    int d = libs.length;
    int np = 0;
    for (int[] t : terms) np += t.length;
    int[] eqOf = new int[np];
    int[] termOf = new int[np];
    double[] start0 = new double[np];
    int q = 0;
    for (int i = 0; i < d; i++) {
      for (int k = 0; k < terms.get(i).length; k++) { eqOf[q] = i; termOf[q] = terms.get(i)[k]; start0[q] = coef[i][k]; q++; }
    }
    double[] w = new double[d];
    for (int j = 0; j < d; j++) {
      if (!(noise[j] > 0)) return Optional.empty();
      w[j] = 1 / noise[j];
    }
    // A model that leaves the data within a segment (a spurious term, a chaotic system) cannot even be started
    // from; shorter segments, more of them, keep it near the data: that is what multiple shooting is for.
    for (int attempt = 0; attempt < SEGMENT_ATTEMPTS; attempt++) {
      int length = Math.max(8, segmentSamples >> attempt);
      boolean[] diverged = {false};
      Optional<Fit> fit = attempt(data, libs, terms, eqOf, termOf, start0, w, length, diverged);
      if (fit.isPresent() || !diverged[0] || length == 8) return fit;
    }
    return Optional.empty();
  }

  /** One refinement with segments of {@code length} samples; sets {@code diverged[0]} when the start cannot be integrated. */
  private static Optional<Fit> attempt(TrajectoryData data, Library[] libs, List<int[]> terms, int[] eqOf, int[] termOf,
      double[] start0, double[] w, int length, boolean[] diverged) {
    int d = libs.length;
    int np = eqOf.length;
    int q;
    ShootingRefiner r = new ShootingRefiner(data.trajectories(), libs, eqOf, termOf, w, length);
    long rows = (long) data.samples() * d;
    long cols = np + (long) r.segments.size() * d;
    if (rows * (long) (np + d) * (np + d) > MAX_WORK || cols > MAX_UNKNOWNS || rows <= cols) return Optional.empty();
    double[] start = new double[(int) cols];
    System.arraycopy(start0, 0, start, 0, np);
    for (int s = 0; s < r.segments.size(); s++) {
      int[] seg = r.segments.get(s);
      double[][] x = data.trajectories().get(seg[0]).x();
      // a robust start: the mean of the first few samples
      int m = Math.min(5, seg[2] - seg[1]);
      for (int j = 0; j < d; j++) {
        double a = 0;
        for (int i = 0; i < m; i++) a += x[seg[1] + i][j];
        start[np + s * d + j] = a / m;
      }
    }
    try {
      Optional<double[]> found = r.gaussNewton(start);
      if (found.isEmpty()) return Optional.empty();
      double[] pt = found.get();
      Evaluation ev = r.evaluate(pt);
      double[] se = r.standardErrors(ev, pt.length).orElseGet(() -> {
        double[] inf = new double[np];
        java.util.Arrays.fill(inf, Double.POSITIVE_INFINITY);
        return inf;
      });
      double[][] out = new double[d][];
      double[][] err = new double[d][];
      q = 0;
      for (int i = 0; i < d; i++) {
        out[i] = new double[terms.get(i).length];
        err[i] = new double[out[i].length];
        for (int k = 0; k < out[i].length; k++) { err[i][k] = se[q]; out[i][k] = pt[q++]; }
      }
      return Optional.of(new Fit(out, err, r.states(ev), ev.cost(), pt.length, ev.residual().length));
    } catch (DivergedStart e) {
      diverged[0] = true;
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The model cannot be integrated over some segment from the starting point. */
  private static final class DivergedStart extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DivergedStart(RuntimeException cause) { super(cause.getMessage(), cause, false, false); }
  }

  /** Residuals and, per residual row, its nonzero Jacobian entries: the p coefficients, then the d start values. */
  private record Evaluation(double[] residual, double[][] rowJacobian, int[] rowSegment, double cost) {}

  /**
   * Damped Gauss-Newton (Levenberg-Marquardt steps) on block-sparse normal equations: each residual depends
   * on the shared coefficients and on its own segment's start only, so J^T J costs rows * (p + d)^2, not
   * rows * unknowns^2. The small dense system is solved by Cholesky (Hipparchus). Returns the point; empty
   * when the cost does not go down.
   */
  private Optional<double[]> gaussNewton(double[] start) {
    int n = start.length;
    double[] x = start.clone();
    Evaluation ev;
    try {
      ev = evaluate(x);
    } catch (RuntimeException e) {
      throw new DivergedStart(e);
    }
    double first = ev.cost();
    double lambda = 1e-3;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[][] nm = new double[n][n];
      double[] g = new double[n];
      normalEquations(ev, nm, g);
      boolean improved = false;
      while (lambda < 1e8) {
        double[][] damped = new double[n][];
        for (int a = 0; a < n; a++) { damped[a] = nm[a].clone(); damped[a][a] += lambda * Math.max(nm[a][a], 1e-300); }
        double[] step;
        try {
          step = new CholeskyDecomposition(new Array2DRowRealMatrix(damped, false), 1e-9, 1e-300).getSolver()
              .solve(new ArrayRealVector(g, false)).toArray();
        } catch (RuntimeException singular) {
          lambda *= 10;
          continue;
        }
        double[] trial = x.clone();
        for (int a = 0; a < n; a++) trial[a] -= step[a];
        Evaluation next;
        try {
          next = evaluate(trial);
        } catch (RuntimeException diverged) {
          lambda *= 10;
          continue;
        }
        if (next.cost() < ev.cost()) {
          double gain = (ev.cost() - next.cost()) / ev.cost();
          x = trial;
          ev = next;
          lambda = Math.max(lambda / 10, 1e-9);
          improved = true;
          if (gain < 1e-7) return ev.cost() < first ? Optional.of(x) : Optional.empty();
          break;
        }
        lambda *= 10;
      }
      if (!improved) break;
    }
    return ev.cost() < first ? Optional.of(x) : Optional.empty();
  }

  /** Accumulates J^T J into {@code nm} and J^T r into {@code g}, block-sparse (see {@link #gaussNewton}). */
  private void normalEquations(Evaluation ev, double[][] nm, double[] g) {
    int[] idx = new int[p + d];
    for (int row = 0; row < ev.residual().length; row++) {
      double[] jr = ev.rowJacobian()[row];
      int seg = ev.rowSegment()[row];
      for (int a = 0; a < p; a++) idx[a] = a;
      for (int a = 0; a < d; a++) idx[p + a] = p + seg * d + a;
      double rv = ev.residual()[row];
      for (int a = 0; a < idx.length; a++) {
        double ja = jr[a];
        if (ja == 0) continue;
        g[idx[a]] += ja * rv;
        double[] nrow = nm[idx[a]];
        for (int b = 0; b < idx.length; b++) nrow[idx[b]] += ja * jr[b];
      }
    }
  }

  /**
   * Standard errors of the p coefficients at a fitted point: the square roots of the diagonal of
   * s^2 (J^T J)^-1, s^2 the residual variance per degree of freedom (the Gauss-Newton estimate of the covariance
   * of a least-squares fit); empty when J^T J is singular.
   */
  private Optional<double[]> standardErrors(Evaluation ev, int n) {
    double[][] nm = new double[n][n];
    normalEquations(ev, nm, new double[n]);
    int rows = ev.residual().length;
    if (rows <= n) return Optional.empty();
    double s2 = ev.cost() / (rows - n);
    try {
      var solver = new CholeskyDecomposition(new Array2DRowRealMatrix(nm, false), 1e-12, 1e-300).getSolver();
      double[] se = new double[p];
      for (int c = 0; c < p; c++) {
        double[] e = new double[n];
        e[c] = 1;
        se[c] = Math.sqrt(Math.max(0, s2 * solver.solve(new ArrayRealVector(e, false)).getEntry(c)));
      }
      return Optional.of(se);
    } catch (RuntimeException singular) {
      return Optional.empty();
    }
  }

  /** The model's states at every sample: the data plus the residuals, unweighted. */
  private List<double[][]> states(Evaluation ev) {
    List<double[][]> out = new ArrayList<>();
    int row = 0;
    for (Trajectory tr : trajectories) {
      double[][] x = new double[tr.size()][d];
      for (int i = 0; i < tr.size(); i++) for (int j = 0; j < d; j++) x[i][j] = tr.value(i, j) + ev.residual()[row++] / weight[j];
      out.add(x);
    }
    return out;
  }

  private Evaluation evaluate(double[] pt) {
    int rows = 0;
    for (Trajectory t : trajectories) rows += t.size() * d;
    double[] res = new double[rows];
    double[][] jac = new double[rows][];
    int[] segOf = new int[rows];
    int[] rowStart = new int[trajectories.size()];
    for (int k = 1; k < trajectories.size(); k++) rowStart[k] = rowStart[k - 1] + trajectories.get(k - 1).size() * d;
    double cost = 0;
    for (int s = 0; s < segments.size(); s++) {
      int[] seg = segments.get(s);
      Trajectory tr = trajectories.get(seg[0]);
      double[] y0 = new double[d + d * d + d * p];
      for (int j = 0; j < d; j++) { y0[j] = pt[p + s * d + j]; y0[d + j * d + j] = 1; }
      double[][] states = integrate(tr, seg[1], seg[2], y0, pt);
      for (int i = seg[1]; i < seg[2]; i++) {
        double[] y = states[i - seg[1]];
        for (int j = 0; j < d; j++) {
          int row = rowStart[seg[0]] + i * d + j;
          res[row] = (y[j] - tr.value(i, j)) * weight[j];
          cost += res[row] * res[row];
          double[] jr = new double[p + d];
          for (int c = 0; c < p; c++) jr[c] = y[d + d * d + j * p + c] * weight[j];
          for (int c = 0; c < d; c++) jr[p + c] = y[d + j * d + c] * weight[j];
          jac[row] = jr;
          segOf[row] = s;
        }
      }
    }
    return new Evaluation(res, jac, segOf, cost);
  }

  private double[][] integrate(Trajectory tr, int from, int to, double[] y0, double[] pt) {
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
