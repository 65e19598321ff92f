package dev.discover.core.data.internal;

import dev.discover.core.data.EquationOptions;
import dev.discover.core.data.EquationResult;
import dev.discover.core.data.IdentifiedEquation;
import dev.discover.core.data.LibrarySpec;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import dev.discover.sparse.Ensemble;
import dev.discover.sparse.FiniteDifference;
import dev.discover.sparse.Gram;
import dev.discover.sparse.NoiseEstimate;
import dev.discover.sparse.SavitzkyGolay;
import dev.discover.sparse.SparseFit;
import dev.discover.sparse.Sr3;
import dev.discover.sparse.Stlsq;
import dev.discover.sparse.TvDerivative;
import dev.discover.sparse.WeakForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies x' = f(x) from trajectories by sparse regression over a library of candidate terms (SINDy;
 * Brunton, Proctor and Kutz, PNAS 113, 3932, 2016). Derivatives never cross trajectories. With
 * {@link EquationOptions.Derivative#AUTO} the noise of each variable is estimated from its high-frequency
 * residual ({@link NoiseEstimate}); clean data get sixth-order finite differences, noisy data the weak form
 * ({@link WeakForm}), which integrates against test functions instead of differentiating, and then have
 * the coefficients on the support found refined by multiple shooting ({@link ShootingRefiner}), the
 * maximum-likelihood fit of the integrated model to the noisy samples, continued on ever longer segments, with
 * insignificant terms dropped and terms the fit calls for added ({@link Refinement}); the weak-form regression is then run once more with the library at the fitted (denoised)
 * states, and a support it finds instead is kept when its refined fit has the lower information criterion.
 */
public final class EquationFinder {
  /** Blocks of rows for the ensemble's block bootstrap. */
  private static final int BLOCKS = 64;
  /** Finite-difference stencil half-width: sixth order on uniform grids. */
  private static final int FD_HALF_WIDTH = 3;
  /** Power of the weak-form test functions. */
  static final int WEAK_POWER = 4;
  /** Weak-form window as a fraction of the shortest half-period of the data. */
  static final double WEAK_WINDOW = 0.6;
  /**
   * Total-variation weight: this times the estimated noise times span / sqrt(samples) (tuned on noisy Lorenz,
   * where 0.1 to 0.2 work and 1 over-smooths).
   */
  static final double TV_ALPHA = 0.15;
  /** Savitzky-Golay window as a fraction of the shortest half-period. */
  static final double SAVGOL_WINDOW = 0.25;

  private EquationFinder() {}

  /** Identifies the equations; throws {@link IllegalArgumentException} on data it cannot use. */
  public static EquationResult find(TrajectoryData data, EquationOptions o) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(o, "options");
    long start = System.nanoTime();
    List<String> vars = data.variables();
    int d = vars.size();
    for (String v : o.perVariable().keySet()) {
      if (!vars.contains(v)) throw new IllegalArgumentException("a library is given for '" + v + "', which is not a variable; variables are " + vars);
    }
    double[] noise = new double[d];
    double[] rel = new double[d];
    estimateNoise(data, noise, rel);
    EquationOptions.Derivative method = o.derivative();
    if (method == EquationOptions.Derivative.AUTO) {
      double worst = 0;
      for (double r : rel) worst = Math.max(worst, r);
      method = worst > o.noiseLevel() ? EquationOptions.Derivative.WEAK : EquationOptions.Derivative.FD;
    }
    Map<LibrarySpec, Library> libraries = new LinkedHashMap<>();
    for (String v : vars) libraries.computeIfAbsent(o.libraryOf(v), s -> new Library(s, vars));
    Map<LibrarySpec, Gram> grams = new LinkedHashMap<>();
    int[] rows = {0};
    for (Map.Entry<LibrarySpec, Library> e : libraries.entrySet()) {
      grams.put(e.getKey(), gram(data, e.getValue(), method, noise, rows));
    }
    double[][] full = new double[d][];
    Library[] libOf = new Library[d];
    for (int i = 0; i < d; i++) {
      LibrarySpec ls = o.libraryOf(vars.get(i));
      libOf[i] = libraries.get(ls);
      full[i] = fit(grams.get(ls), i, o).coefficients();
    }
    boolean refined = false;
    if (method != EquationOptions.Derivative.FD && o.refine()) {
      Gram.Problem[] problems = new Gram.Problem[d];
      for (int i = 0; i < d; i++) problems[i] = grams.get(o.libraryOf(vars.get(i))).problem(i);
      Optional<Refinement.Refined> first = Refinement.refineAndPrune(data, libOf, full, noise, problems, o.effectiveThreshold());
      if (first.isPresent()) {
        refined = true;
        full = first.get().coef();
        if (method == EquationOptions.Derivative.WEAK) {
          // Errors in variables: the library at noisy states lets noise pass for terms. The refined model's
          // states are the data with the noise taken out; the regression of the data's weak derivatives on the
          // library at those states may choose another support, which is refined in turn; the information
          // criterion of the two maximum-likelihood fits decides.
          double[][] alt = new double[d][];
          Map<LibrarySpec, Gram> denoised = new LinkedHashMap<>();
          for (Map.Entry<LibrarySpec, Library> e : libraries.entrySet()) {
            denoised.put(e.getKey(), weakGram(data, first.get().states(), e.getValue(), noise, new int[1]));
          }
          for (int i = 0; i < d; i++) alt[i] = fit(denoised.get(o.libraryOf(vars.get(i))), i, o).coefficients();
          if (!Refinement.sameSupport(alt, full)) {
            Optional<Refinement.Refined> second = Refinement.refineAndPrune(data, libOf, alt, noise, problems, o.effectiveThreshold());
            if (second.isPresent() && Refinement.lower(data, libOf, noise, first.get(), second.get())) full = second.get().coef();
          }
        }
      }
    }
    List<IdentifiedEquation> eqs = new ArrayList<>();
    for (int i = 0; i < d; i++) {
      Gram.Problem pr = grams.get(o.libraryOf(vars.get(i))).problem(i);
      double[] c = full[i];
      List<String> terms = new ArrayList<>();
      List<Double> coefs = new ArrayList<>();
      for (int j = 0; j < c.length; j++) if (c[j] != 0) { terms.add(libOf[i].names().get(j)); coefs.add(c[j]); }
      eqs.add(new IdentifiedEquation(vars.get(i), terms, coefs.stream().mapToDouble(Double::doubleValue).toArray(),
          libOf[i].size(), pr.r2(c), pr.rmse(c)));
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new EquationResult(vars, eqs, method, refined, noise, rel, data.samples(), rows[0] / Math.max(1, grams.size()), ms, o);
  }

  /**
   * The weak-form sums of the data's derivatives against the library at the given states (the data's own, or
   * denoised ones), adding the number of test functions to {@code rowCount[0]}.
   */
  private static Gram weakGram(TrajectoryData data, List<double[][]> states, Library lib, double[] noise, int[] rowCount) {
    List<double[]> xs = new ArrayList<>();
    List<double[]> ys = new ArrayList<>();
    for (int k = 0; k < data.trajectories().size(); k++) {
      Trajectory tr = data.trajectories().get(k);
      WeakForm wf = weakForm(tr, noise);
      double[][] g = wf.integrate(lib.values(states.get(k)));
      double[][] b = wf.integrateDerivative(tr.x());
      for (int r = 0; r < g.length; r++) { xs.add(g[r]); ys.add(b[r]); }
    }
    rowCount[0] += xs.size();
    return Gram.of(xs.toArray(new double[0][]), ys.toArray(new double[0][]), lib.size(), data.variables().size(), BLOCKS);
  }

  private static SparseFit fit(Gram g, int target, EquationOptions o) {
    double tau = o.effectiveThreshold();
    switch (o.optimizer()) {
      case SR3: return Sr3.fit(g.problem(target), Sr3.Options.defaults().withThreshold(tau));
      case ENSEMBLE: return Ensemble.fit(g, target, Ensemble.Options.defaults().withThreshold(tau).withSeed(o.seed()));
      default: return Stlsq.fit(g.problem(target), Stlsq.Options.defaults().withThreshold(tau));
    }
  }

  /** Pooled noise estimate per variable over all trajectories, absolute and relative to the spread. */
  static void estimateNoise(TrajectoryData data, double[] noise, double[] rel) {
    int d = data.variables().size();
    double[] ss = new double[d], sum = new double[d], sq = new double[d];
    long n = 0;
    for (Trajectory tr : data.trajectories()) {
      double[][] x = tr.x();
      double[] s = NoiseEstimate.sigmas(tr.t(), x);
      for (int j = 0; j < d; j++) ss[j] += s[j] * s[j] * x.length;
      for (double[] row : x) for (int j = 0; j < d; j++) { sum[j] += row[j]; sq[j] += row[j] * row[j]; }
      n += x.length;
    }
    for (int j = 0; j < d; j++) {
      noise[j] = Math.sqrt(ss[j] / n);
      double mean = sum[j] / n;
      double sd = Math.sqrt(Math.max(sq[j] / n - mean * mean, 0));
      rel[j] = sd > 0 ? noise[j] / sd : (noise[j] > 0 ? Double.POSITIVE_INFINITY : 0);
    }
  }

  private static Gram gram(TrajectoryData data, Library lib, EquationOptions.Derivative method, double[] noise, int[] rowCount) {
    if (method == EquationOptions.Derivative.WEAK) {
      List<double[][]> states = new ArrayList<>();
      for (Trajectory tr : data.trajectories()) states.add(tr.x());
      return weakGram(data, states, lib, noise, rowCount);
    }
    List<double[]> xs = new ArrayList<>();
    List<double[]> ys = new ArrayList<>();
    int d = data.variables().size();
    for (Trajectory tr : data.trajectories()) {
      double[] t = tr.t();
      double[][] x = tr.x();
      if (method == EquationOptions.Derivative.FD) {
        double[][] dx = FiniteDifference.derivatives(t, x, FD_HALF_WIDTH);
        double[][] th = lib.values(x);
        for (int i = 0; i < t.length; i++) { xs.add(th[i]); ys.add(dx[i]); }
        continue;
      }
      double[][] dx = new double[t.length][d];
      double[][] xs2 = new double[t.length][d];
      double hp = tr.halfPeriod(noise);
      for (int j = 0; j < d; j++) {
        double[] col = tr.column(j);
        double[][] vd = derivative(method, t, col, noise[j], hp);
        for (int i = 0; i < t.length; i++) {
          dx[i][j] = vd[1][i];
          xs2[i][j] = vd[0][i];
        }
      }
      double[][] th = lib.values(xs2);
      for (int i = 0; i < t.length; i++) { xs.add(th[i]); ys.add(dx[i]); }
    }
    rowCount[0] += xs.size();
    return Gram.of(xs.toArray(new double[0][]), ys.toArray(new double[0][]), lib.size(), d, BLOCKS);
  }

  /**
   * {smoothed states, derivative} of one variable: finite differences keep the data; Savitzky-Golay (cubic,
   * over a quarter of the shortest half-period) and total variation also denoise the states that enter the
   * library, since noisy regressors would bias the fit as much as noisy derivatives.
   */
  private static double[][] derivative(EquationOptions.Derivative method, double[] t, double[] x, double sigma, double halfPeriod) {
    int n = t.length;
    switch (method) {
      case SAVGOL: {
        double dt = (t[n - 1] - t[0]) / (n - 1);
        int w = 2 * (int) Math.round(SAVGOL_WINDOW * halfPeriod / dt / 2) + 1;
        w = Math.max(7, Math.min(w, oddAtMost(n)));
        return w > 4 ? SavitzkyGolay.fit(t, x, w, 3) : new double[][] {x, FiniteDifference.derivative(t, x, 1)};
      }
      case TV: {
        double span = t[n - 1] - t[0];
        double alpha = TV_ALPHA * Math.max(sigma, 1e-12 * (1 + maxAbs(x))) * span / Math.sqrt(n);
        double[] u = TvDerivative.derivative(t, x, alpha, 20);
        return new double[][] {TvDerivative.integral(t, x, u), u};
      }
      default:
        return new double[][] {x, FiniteDifference.derivative(t, x, FD_HALF_WIDTH)};
    }
  }

  /**
   * Test functions sized to the dynamics: the shortest half-period among the variables (span over the
   * number of crossings of a band around its mean) sets the window to {@link #WEAK_WINDOW} of it, at least 12 samples;
   * windows overlap, one every eighth of a window.
   */
  static WeakForm weakForm(Trajectory tr, double[] noise) {
    double[] t = tr.t();
    int n = t.length;
    double span = t[n - 1] - t[0];
    int m = (int) Math.round(WEAK_WINDOW * tr.halfPeriod(noise) / (span / (n - 1)));
    m = Math.max(12, Math.min(n, m));
    return WeakForm.of(t, m, Math.max(1, m / 8), WEAK_POWER);
  }

  private static int oddAtMost(int n) { return n % 2 == 0 ? n - 1 : n; }

  private static double maxAbs(double[] x) {
    double m = 0;
    for (double v : x) m = Math.max(m, Math.abs(v));
    return m;
  }
}
