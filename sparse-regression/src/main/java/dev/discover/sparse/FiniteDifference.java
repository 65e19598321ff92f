package dev.discover.sparse;

/**
 * Finite-difference derivatives on possibly unevenly spaced samples: weights from Fornberg's algorithm
 * (Math. Comp. 51, 699, 1988) on a stencil of {@code 2h+1} neighbours, centred inside, one-sided near the
 * ends. On a uniform grid the interior formula has order 2h. Accurate on clean data, amplifies noise.
 */
public final class FiniteDifference {
  private FiniteDifference() {}

  /** Checks a time grid: finite and strictly increasing, at least two samples. */
  static void checkTimes(double[] t) {
    if (t.length < 2) throw new IllegalArgumentException("need at least 2 samples, got " + t.length);
    for (int i = 0; i < t.length; i++) {
      if (!Double.isFinite(t[i])) throw new IllegalArgumentException("time " + i + " is not finite");
      if (i > 0 && !(t[i] > t[i - 1])) throw new IllegalArgumentException("times must increase, but t[" + i + "] = " + t[i] + " <= t[" + (i - 1) + "]");
    }
  }

  /**
   * The first derivative of samples {@code x} at times {@code t} using {@code 2*halfWidth+1} points (fewer
   * when there are fewer samples); neither array is modified.
   */
  public static double[] derivative(double[] t, double[] x, int halfWidth) {
    if (x.length != t.length) throw new IllegalArgumentException("t has " + t.length + " samples but x has " + x.length);
    double[][] column = new double[x.length][1];
    for (int i = 0; i < x.length; i++) column[i][0] = x[i];
    double[][] d = derivatives(t, column, halfWidth);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) out[i] = d[i][0];
    return out;
  }

  /**
   * The first derivative of every column of {@code x} ({@code x[i][j]}: variable j at sample i), computing
   * each stencil's weights once for all columns; returns {@code dx[i][j]}. Neither array is modified.
   */
  public static double[][] derivatives(double[] t, double[][] x, int halfWidth) {
    checkTimes(t);
    if (x.length != t.length) throw new IllegalArgumentException("t has " + t.length + " samples but x has " + x.length);
    if (halfWidth < 1) throw new IllegalArgumentException("halfWidth must be >= 1, got " + halfWidth);
    int n = t.length;
    int cols = x[0].length;
    int w = Math.min(2 * halfWidth + 1, n);
    double[][] out = new double[n][cols];
    double[] z = new double[w];
    double[][] c = new double[w][2];
    for (int i = 0; i < n; i++) {
      int lo = Math.max(0, Math.min(i - w / 2, n - w));
      for (int k = 0; k < w; k++) z[k] = t[lo + k] - t[i];
      weights(z, c);
      double[] o = out[i];
      for (int k = 0; k < w; k++) {
        double ck = c[k][1];
        double[] xr = x[lo + k];
        for (int j = 0; j < cols; j++) o[j] += ck * xr[j];
      }
    }
    return out;
  }

  /** Fornberg's weights for the values and first derivative at 0 from nodes z; fills c[k][0..1]. */
  static void weights(double[] z, double[][] c) {
    int n = z.length - 1;
    for (double[] r : c) { r[0] = 0; r[1] = 0; }
    double c1 = 1, c4 = z[0];
    c[0][0] = 1;
    for (int i = 1; i <= n; i++) {
      int mn = Math.min(i, 1);
      double c2 = 1, c5 = c4;
      c4 = z[i];
      for (int j = 0; j < i; j++) {
        double c3 = z[i] - z[j];
        c2 *= c3;
        if (j == i - 1) {
          for (int k = mn; k >= 1; k--) c[i][k] = c1 * (k * c[i - 1][k - 1] - c5 * c[i - 1][k]) / c2;
          c[i][0] = -c1 * c5 * c[i - 1][0] / c2;
        }
        for (int k = mn; k >= 1; k--) c[j][k] = (c4 * c[j][k] - k * c[j][k - 1]) / c3;
        c[j][0] = c4 * c[j][0] / c3;
      }
      c1 = c2;
    }
  }
}
