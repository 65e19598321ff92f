package dev.discover.sparse;

import java.util.Arrays;

/**
 * Estimates the standard deviation of white measurement noise in a sampled smooth signal from its
 * high-frequency residual: the k-th differences of a smooth signal vanish like spacing^k, while those of white
 * noise of standard deviation s have standard deviation s sqrt(C(2k, k)). A median-based estimate keeps
 * occasional fast dynamics from inflating it. The samples are treated as evenly spaced, which is exact for
 * noise and only overstates the smooth part's leakage on uneven grids.
 */
public final class NoiseEstimate {
  private static final int ORDER = 6;
  private static final double MAD_TO_SD = 1.4826;

  private NoiseEstimate() {}

  /** The estimated noise standard deviation of {@code x} (0 with fewer than 8 samples); not modified. */
  public static double sigma(double[] x) {
    int n = x.length;
    if (n < ORDER + 2) return 0;
    double[] d = x.clone();
    int len = n;
    for (int k = 0; k < ORDER; k++) {
      for (int i = 0; i < len - 1; i++) d[i] = d[i + 1] - d[i];
      len--;
    }
    double[] abs = new double[len];
    for (int i = 0; i < len; i++) abs[i] = Math.abs(d[i]);
    Arrays.sort(abs);
    double med = abs[len / 2];
    double binom = 924; // C(12, 6)
    return MAD_TO_SD * med / Math.sqrt(binom);
  }
}
