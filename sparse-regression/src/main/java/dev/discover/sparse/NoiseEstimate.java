package dev.discover.sparse;

import java.util.Arrays;

/**
 * Estimates the standard deviation of white measurement noise in a sampled smooth signal from its
 * high-frequency residual. On each run of seven consecutive samples, the sixth divided difference (weights
 * 1 / prod_(j != i) (t_i - t_j), scaled to unit Euclidean norm) annihilates every polynomial of degree five,
 * so a smooth signal leaves only about spacing^6 of it, while white noise of standard deviation s leaves
 * exactly s. A median over all runs (times 1.4826) keeps occasional fast dynamics from inflating it. On an
 * even grid the weights are the binomial coefficients of the sixth difference.
 */
public final class NoiseEstimate {
  private static final int ORDER = 6;
  private static final double MAD_TO_SD = 1.4826;

  private NoiseEstimate() {}

  /** The estimated noise standard deviation of evenly spaced samples (0 with fewer than 8); not modified. */
  public static double sigma(double[] x) {
    double[] t = new double[x.length];
    for (int i = 0; i < t.length; i++) t[i] = i;
    return sigma(t, x);
  }

  /** The estimated noise standard deviation of samples x at strictly increasing times t; not modified. */
  public static double sigma(double[] t, double[] x) {
    double[][] col = new double[x.length][1];
    for (int i = 0; i < x.length; i++) col[i][0] = x[i];
    return sigmas(t, col)[0];
  }

  /**
   * The estimated noise standard deviation of every column of {@code x} ({@code x[i][j]}: variable j at
   * sample i), computing the weights once for all columns; not modified.
   */
  public static double[] sigmas(double[] t, double[][] x) {
    int n = x.length;
    if (t.length != n) throw new IllegalArgumentException("t has " + t.length + " samples but x has " + n);
    int cols = n == 0 ? 0 : x[0].length;
    double[] out = new double[cols];
    if (n < ORDER + 2) return out;
    int runs = n - ORDER;
    double[][] abs = new double[cols][runs];
    double[] w = new double[ORDER + 1];
    for (int s = 0; s < runs; s++) {
      double norm = 0;
      double scale = t[s + ORDER] - t[s];
      for (int i = 0; i <= ORDER; i++) {
        double p = 1;
        for (int j = 0; j <= ORDER; j++) if (j != i) p *= (t[s + i] - t[s + j]) / scale;
        w[i] = 1 / p;
        norm += w[i] * w[i];
      }
      norm = Math.sqrt(norm);
      for (int c = 0; c < cols; c++) {
        double r = 0;
        for (int i = 0; i <= ORDER; i++) r += w[i] * x[s + i][c];
        abs[c][s] = Math.abs(r / norm);
      }
    }
    for (int c = 0; c < cols; c++) {
      Arrays.sort(abs[c]);
      out[c] = MAD_TO_SD * abs[c][runs / 2];
    }
    return out;
  }
}
