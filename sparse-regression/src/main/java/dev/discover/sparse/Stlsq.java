package dev.discover.sparse;

import java.util.Arrays;

/**
 * Sequentially thresholded least squares (STLSQ), the sparse regression of SINDy (Brunton, Proctor and Kutz,
 * PNAS 113, 3932, 2016): fit, drop every term whose scale-free contribution
 * {@link Gram.Problem#normalized} is below the threshold, refit on the rest, until the support is stable.
 */
public final class Stlsq {
  /**
   * Options.
   *
   * @param threshold the smallest kept contribution |b_j| rms(X_j) / rms(y), in [0, 1)
   * @param ridge ridge penalty on the scaled columns, &gt;= 0
   * @param maxIterations the most refits
   */
  public record Options(double threshold, double ridge, int maxIterations) {
    /** Checks the values. */
    public Options {
      if (!(threshold >= 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
      if (!(ridge >= 0)) throw new IllegalArgumentException("ridge must be >= 0, got " + ridge);
      if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
    }

    /** Threshold 0.02, no ridge, 25 iterations. */
    public static Options defaults() { return new Options(0.02, 0, 25); }

    /** The same with another threshold. */
    public Options withThreshold(double t) { return new Options(t, ridge, maxIterations); }

    /** The same with another ridge penalty. */
    public Options withRidge(double r) { return new Options(threshold, r, maxIterations); }
  }

  private Stlsq() {}

  /** Fits one problem. */
  public static SparseFit fit(Gram.Problem p, Options o) {
    return fit(p, o, null);
  }

  /** Fits one problem using only the columns with {@code allowed[j]} true (all when null). */
  public static SparseFit fit(Gram.Problem p, Options o, boolean[] allowed) {
    boolean[] s = new boolean[p.cols()];
    Arrays.fill(s, true);
    if (allowed != null) for (int j = 0; j < s.length; j++) s[j] = allowed[j];
    double[] b = p.solve(s, o.ridge());
    int it = 1;
    for (; it < o.maxIterations(); it++) {
      boolean changed = false;
      for (int j = 0; j < s.length; j++) {
        if (s[j] && p.normalized(j, b[j]) < o.threshold()) { s[j] = false; changed = true; }
      }
      if (!changed) break;
      b = p.solve(s, o.ridge());
    }
    if (o.ridge() > 0) b = p.solve(s, 0);
    return SparseFit.of(p, b, it);
  }
}
