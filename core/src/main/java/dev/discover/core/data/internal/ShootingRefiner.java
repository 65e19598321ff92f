package dev.discover.core.data.internal;

import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;

/**
 * Refines the coefficients of identified equations on noisy data by multiple shooting (Bock 1981): the
 * trajectories are cut into segments of a given number of samples; each segment's initial state and the shared
 * coefficients (on the support found by sparse regression) are fitted by damped Gauss-Newton on block-sparse
 * normal equations, so that the integrated model ({@link ShootingModel}) passes through the noisy samples,
 * residuals weighted by each variable's estimated noise. This is maximum likelihood for white measurement noise
 * and uses every sample, where the weak form loses information to its test functions. A fit can be continued
 * with longer segments from its own states ({@link #refine(TrajectoryData, Library[], List, double[][], double[],
 * int, List)}), and scored for terms it lacks ({@link ScoreTest}). The caller keeps its own coefficients when
 * this returns nothing.
 */
final class ShootingRefiner {
  /** The most work per Gauss-Newton step: residual rows times (coefficients + state dimension) squared. */
  static final long MAX_WORK = 300_000_000L;
  /** The most unknowns (coefficients plus segment starts): the dense normal equations are that size. */
  static final int MAX_UNKNOWNS = 1500;
  private static final int MAX_ITERATIONS = 12;
  /**
   * Segment lengths tried when the model cannot be integrated from the start or its fit stays far from the data:
   * the given one, a half, a quarter.
   */
  private static final int SEGMENT_ATTEMPTS = 3;

  private final List<Trajectory> trajectories;
  private final int d;
  private final ShootingModel model;
  private final double[] weight; // per variable: 1 / noise
  final List<int[]> segments = new ArrayList<>(); // {trajectory, start, end (exclusive)}
  private final int p;
  private final int length;

  /** A refiner of the coefficients {@code terms} (per equation, library indices), segments of {@code length} samples. */
  ShootingRefiner(TrajectoryData data, Library[] libs, List<int[]> terms, double[] noise, int length) {
    this.trajectories = data.trajectories();
    this.d = libs.length;
    int np = 0;
    for (int[] t : terms) np += t.length;
    int[] eqOf = new int[np];
    int[] termOf = new int[np];
    int q = 0;
    for (int i = 0; i < d; i++) for (int k : terms.get(i)) { eqOf[q] = i; termOf[q++] = k; }
    this.model = new ShootingModel(libs, eqOf, termOf);
    this.p = np;
    this.length = length;
    this.weight = new double[d];
    for (int j = 0; j < d; j++) weight[j] = 1 / noise[j];
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
   * q-th kept term ({@code se} infinite where it cannot be estimated), the fitted states: per trajectory and
   * sample, the integrated model through the fitted segment starts (the data with the noise taken out, as far as
   * the model is right), and the segment length in samples.
   */
  record Fit(double[][] coef, double[][] se, List<double[][]> states, double cost, int unknowns, int rows, int segment) {
    /** The Bayesian information criterion of the fit: its cost (-2 log likelihood up to a constant) + unknowns ln(rows). */
    double bic() { return cost + unknowns * Math.log(rows); }

    /** The cost per degree of freedom: about 1 when the model fits to the estimated noise. */
    double reducedCost() { return cost / Math.max(1, rows - unknowns); }
  }

  /**
   * The refined fit from segment starts taken from the data; empty when the refinement does not apply (too
   * large, or a noise estimate of 0), fails, or does not lower the cost. When the model cannot be integrated from
   * the start, or its fit ends with a cost per degree of freedom above {@link Refinement#MAX_REDUCED_COST} (a
   * local optimum), shorter segments are tried, and the fit closest to the data stands.
   *
   * @param terms per equation, the library indices of its kept terms
   * @param coef per equation, the starting coefficients of its kept terms
   * @param segmentSamples the samples per segment
   */
  static Optional<Fit> refine(TrajectoryData data, Library[] libs, List<int[]> terms, double[][] coef, double[] noise,
      int segmentSamples) {
    for (double s : noise) if (!(s > 0)) return Optional.empty();
    // A model that leaves the data within a segment (a spurious term, a chaotic system) cannot even be started
    // from; shorter segments, more of them, keep it near the data: that is what multiple shooting is for. The
    // same holds for a fit that ends in a local optimum far from the data (Lorenz, sigma 1.0: the true support
    // from weak-form coefficients at 13.9 times the noise's cost on segments of 536 samples, at 1.01 on 400).
    Optional<Fit> best = Optional.empty();
    for (int attempt = 0; attempt < SEGMENT_ATTEMPTS; attempt++) {
      int length = Math.max(8, segmentSamples >> attempt);
      boolean[] diverged = {false};
      Optional<Fit> fit = new ShootingRefiner(data, libs, terms, noise, length).fit(data, coef, Optional.empty(), diverged);
      boolean stuck = fit.isPresent() && fit.get().reducedCost() > Refinement.MAX_REDUCED_COST;
      if (fit.isPresent() && (best.isEmpty() || fit.get().reducedCost() < best.get().reducedCost())) best = fit;
      if ((fit.isPresent() && !stuck) || (fit.isEmpty() && !diverged[0]) || length == 8) break;
    }
    return best;
  }

  /**
   * The refined fit with segments of {@code segmentSamples} samples starting at {@code states} (per trajectory
   * and sample, as in {@link Fit#states()}): the continuation of an earlier fit, with other segments or terms.
   */
  static Optional<Fit> refine(TrajectoryData data, Library[] libs, List<int[]> terms, double[][] coef, double[] noise,
      int segmentSamples, List<double[][]> states) {
    for (double s : noise) if (!(s > 0)) return Optional.empty();
    return new ShootingRefiner(data, libs, terms, noise, segmentSamples).fit(data, coef, Optional.of(states), new boolean[1]);
  }

  /** Whether the problem is small enough for dense normal equations. */
  boolean fits(long samples) {
    long rows = samples * d;
    long cols = p + (long) segments.size() * d;
    return rows * (long) (p + d) * (p + d) <= MAX_WORK && cols <= MAX_UNKNOWNS && rows > cols;
  }

  /**
   * The starting point: the coefficients, then each segment's start, from {@code states} or else the mean of the
   * segment's first few samples (robust to the noise of one).
   */
  double[] startingPoint(TrajectoryData data, double[][] coef, Optional<List<double[][]>> states) {
    double[] start = new double[p + segments.size() * d];
    int q = 0;
    for (double[] c : coef) for (double v : c) start[q++] = v;
    for (int s = 0; s < segments.size(); s++) {
      int[] seg = segments.get(s);
      if (states.isPresent()) {
        System.arraycopy(states.get().get(seg[0])[seg[1]], 0, start, p + s * d, d);
        continue;
      }
      double[][] x = data.trajectories().get(seg[0]).x();
      int m = Math.min(5, seg[2] - seg[1]);
      for (int j = 0; j < d; j++) {
        double a = 0;
        for (int i = 0; i < m; i++) a += x[seg[1] + i][j];
        start[p + s * d + j] = a / m;
      }
    }
    return start;
  }

  /** One refinement; sets {@code diverged[0]} when the start cannot be integrated. */
  private Optional<Fit> fit(TrajectoryData data, double[][] coef, Optional<List<double[][]>> states, boolean[] diverged) {
    if (!fits(data.samples())) return Optional.empty();
    try {
      Optional<double[]> found = gaussNewton(startingPoint(data, coef, states));
      if (found.isEmpty()) return Optional.empty();
      double[] pt = found.get();
      Evaluation ev = evaluate(pt);
      double[] se = standardErrors(ev, pt.length).orElseGet(() -> {
        double[] inf = new double[p];
        Arrays.fill(inf, Double.POSITIVE_INFINITY);
        return inf;
      });
      double[][] out = new double[d][];
      double[][] err = new double[d][];
      int q = 0;
      for (int i = 0; i < d; i++) {
        out[i] = new double[coef[i].length];
        err[i] = new double[out[i].length];
        for (int k = 0; k < out[i].length; k++) { err[i][k] = se[q]; out[i][k] = pt[q++]; }
      }
      return Optional.of(new Fit(out, err, states(ev), ev.cost(), pt.length, ev.residual().length, length));
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
  record Evaluation(double[] residual, double[][] rowJacobian, int[] rowSegment, double cost) {}

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
  void normalEquations(Evaluation ev, double[][] nm, double[] g) {
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

  Evaluation evaluate(double[] pt) {
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
      double[] y0 = new double[model.extendedDimension()];
      for (int j = 0; j < d; j++) { y0[j] = pt[p + s * d + j]; y0[d + j * d + j] = 1; }
      double[][] states = model.integrate(tr, seg[1], seg[2], y0, pt);
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
}
