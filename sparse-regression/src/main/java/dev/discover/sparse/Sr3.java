package dev.discover.sparse;

import java.util.Arrays;

/**
 * Sparse relaxed regularized regression (SR3; Zheng, Askham, Brunton, Kutz and Aravkin, IEEE Access 7,
 * 1404, 2019) with an L0 penalty, on scaled columns: minimise 1/2 ||A x - y||^2 + lambda ||w||_0 +
 * 1/(2 nu) ||x - w||^2 by alternating a ridge-like solve for x and a hard threshold for w, then refit by least
 * squares on the support of w. The hard threshold sqrt(2 lambda nu) is the option's threshold on scale-free
 * contributions, as in {@link Stlsq}.
 */
public final class Sr3 {
  /**
   * Options.
   *
   * @param threshold the hard threshold on scale-free coefficients, in [0, 1)
   * @param nu the relaxation parameter, &gt; 0
   * @param maxIterations the most alternations
   * @param tolerance stop when the relaxed coefficients move less than this (scale-free)
   */
  public record Options(double threshold, double nu, int maxIterations, double tolerance) {
    /** Checks the values. */
    public Options {
      if (!(threshold >= 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
      if (!(nu > 0)) throw new IllegalArgumentException("nu must be > 0, got " + nu);
      if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
      if (!(tolerance > 0)) throw new IllegalArgumentException("tolerance must be > 0, got " + tolerance);
    }

    /** Threshold 0.02, nu 1, 1000 iterations, tolerance 1e-10. */
    public static Options defaults() { return new Options(0.02, 1, 1000, 1e-10); }

    /** The same with another threshold. */
    public Options withThreshold(double t) { return new Options(t, nu, maxIterations, tolerance); }
  }

  private Sr3() {}

  /** Fits one problem. */
  public static SparseFit fit(Gram.Problem p, Options o) {
    int m = p.cols();
    boolean[] all = new boolean[m];
    Arrays.fill(all, true);
    double[] w = new double[m];
    double[] x = p.solve(all, 0);
    // scale-free coordinates: z_j = x_j * rms(X_j) / rms(y); the normal matrix has unit diagonal there.
    double[] zx = new double[m];
    double[] zw = new double[m];
    for (int j = 0; j < m; j++) { zx[j] = scaled(p, j, x[j]); zw[j] = Math.abs(zx[j]) >= o.threshold() ? zx[j] : 0; }
    int it = 1;
    for (; it < o.maxIterations(); it++) {
      double[] prior = new double[m];
      for (int j = 0; j < m; j++) prior[j] = unscaled(p, j, zw[j]);
      x = p.solveRelaxed(prior, 1 / o.nu());
      double move = 0;
      for (int j = 0; j < m; j++) {
        zx[j] = scaled(p, j, x[j]);
        double nz = Math.abs(zx[j]) >= o.threshold() ? zx[j] : 0;
        move = Math.max(move, Math.abs(nz - zw[j]));
        zw[j] = nz;
      }
      if (move < o.tolerance()) break;
    }
    boolean[] s = new boolean[m];
    for (int j = 0; j < m; j++) s[j] = zw[j] != 0;
    return SparseFit.of(p, p.solve(s, 0), it);
  }

  private static double scaled(Gram.Problem p, int j, double v) {
    return p.targetScale() == 0 ? 0 : v * p.columnScale(j) / p.targetScale();
  }

  private static double unscaled(Gram.Problem p, int j, double z) {
    return p.columnScale(j) == 0 ? 0 : z * p.targetScale() / p.columnScale(j);
  }
}
