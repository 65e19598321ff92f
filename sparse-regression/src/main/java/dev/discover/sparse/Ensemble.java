package dev.discover.sparse;

import java.util.SplittableRandom;

/**
 * Bagged STLSQ (ensemble SINDy; Fasel, Kutz, Brunton and Brunton, Proc. R. Soc. A 478, 2022): STLSQ on
 * block-bootstrap resamples of the rows (blocks of a {@link Gram}, so that correlated neighbouring samples
 * stay together), keep the columns chosen in at least a given share of the resamples, refit on all rows.
 */
public final class Ensemble {
  /**
   * Options.
   *
   * @param stlsq the options of each fit
   * @param resamples the number of bootstrap resamples, &gt;= 1
   * @param inclusion the share of resamples a column must be chosen in, in (0, 1]
   * @param seed the seed of the resampling
   */
  public record Options(Stlsq.Options stlsq, int resamples, double inclusion, long seed) {
    /** Checks the values. */
    public Options {
      java.util.Objects.requireNonNull(stlsq, "stlsq");
      if (resamples < 1) throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
      if (!(inclusion > 0 && inclusion <= 1)) throw new IllegalArgumentException("inclusion must be in (0, 1], got " + inclusion);
    }

    /** STLSQ defaults, 40 resamples, inclusion 0.6, seed 1. */
    public static Options defaults() { return new Options(Stlsq.Options.defaults(), 40, 0.6, 1); }

    /** The same with another STLSQ threshold. */
    public Options withThreshold(double t) { return new Options(stlsq.withThreshold(t), resamples, inclusion, seed); }

    /** The same with another seed. */
    public Options withSeed(long s) { return new Options(stlsq, resamples, inclusion, s); }
  }

  private Ensemble() {}

  /** Fits target {@code target} of the Gram sums. */
  public static SparseFit fit(Gram gram, int target, Options o) {
    int m = gram.cols();
    int nb = gram.blocks();
    double[] count = new double[m];
    SplittableRandom rng = new SplittableRandom(o.seed() * 0x9E3779B97F4A7C15L + target);
    for (int r = 0; r < o.resamples(); r++) {
      int[] w = new int[nb];
      for (int k = 0; k < nb; k++) w[rng.nextInt(nb)]++;
      double[] b = Stlsq.fit(gram.problem(target, w), o.stlsq()).coefficients();
      for (int j = 0; j < m; j++) if (b[j] != 0) count[j]++;
    }
    boolean[] keep = new boolean[m];
    double[] inc = new double[m];
    for (int j = 0; j < m; j++) { inc[j] = count[j] / o.resamples(); keep[j] = inc[j] >= o.inclusion(); }
    Gram.Problem p = gram.problem(target);
    double[] b = p.solve(keep, 0);
    return new SparseFit(b, p.r2(b), p.rmse(b), o.resamples(), inc);
  }
}
