package dev.discover.core;

/**
 * The floating-point view of a search: singular values of the (column-scaled) Lie-derivative matrix, the
 * tolerance below which a singular value counts as zero, and the null-space dimension that gives. For the
 * exact route it is a cross-check; for the numeric route it is the computation itself.
 *
 * @param singularValues singular values, largest first (by weight block, pooled, for the exact route)
 * @param tolerance relative tolerance: s &lt; tolerance * s_max counts as zero
 * @param nullDimension how many singular values fall below it
 * @param gapRatio the ratio of the smallest singular value above the tolerance to the largest below it
 *     (infinite when nothing is below)
 */
public record Spectrum(double[] singularValues, double tolerance, int nullDimension, double gapRatio) {
  /** Copies the array. */
  public Spectrum { singularValues = singularValues.clone(); }

  /** A copy of the singular values. */
  @Override public double[] singularValues() { return singularValues.clone(); }

  /** No spectrum was computed. */
  public static final Spectrum NONE = new Spectrum(new double[0], 0, -1, 0);

  /** True when one was computed. */
  public boolean present() { return nullDimension >= 0; }

  /** A spectrum from per-block singular values (each block's largest value sets that block's threshold). */
  public static Spectrum pooled(java.util.List<double[]> blocks, double tolerance) {
    int n = 0;
    int zero = 0;
    double above = Double.POSITIVE_INFINITY;
    double below = 0;
    for (double[] s : blocks) {
      n += s.length;
      double max = s.length == 0 ? 0 : s[0];
      if (max == 0) {
        // Every Lie derivative of the block vanishes at every point: the whole block is conserved.
        zero += s.length;
        continue;
      }
      for (double v : s) {
        if (v < tolerance * max) { zero++; below = Math.max(below, v / max); }
        else above = Math.min(above, v / max);
      }
    }
    double[] all = new double[n];
    int k = 0;
    for (double[] s : blocks) {
      double max = s.length == 0 ? 1 : s[0];
      for (double v : s) all[k++] = max == 0 ? 0 : v / max;
    }
    java.util.Arrays.sort(all);
    for (int i = 0; i < n / 2; i++) { double t = all[i]; all[i] = all[n - 1 - i]; all[n - 1 - i] = t; }
    return new Spectrum(all, tolerance, zero, below == 0 ? Double.POSITIVE_INFINITY : above / below);
  }
}
