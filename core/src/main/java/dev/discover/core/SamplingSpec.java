package dev.discover.core;

import java.util.Map;

/**
 * How states are sampled: the number of points (0 lets the engine choose), the seed, and uniform ranges per
 * variable (other variables are standard normal).
 *
 * @param points number of sample points, or 0 for the engine's choice
 * @param seed the random seed
 * @param domain ranges [low, high] per variable
 */
public record SamplingSpec(int points, long seed, Map<String, double[]> domain) implements java.io.Serializable {
  /** Copies the map and checks the ranges. */
  public SamplingSpec {
    if (points < 0) throw new IllegalArgumentException("points must be >= 0, got " + points);
    for (Map.Entry<String, double[]> e : domain.entrySet()) {
      double[] r = e.getValue();
      if (r.length != 2 || !(r[0] < r[1]) || !Double.isFinite(r[0]) || !Double.isFinite(r[1])) {
        throw new IllegalArgumentException("domain of " + e.getKey() + " must be [low, high] with low < high");
      }
    }
    domain = Map.copyOf(domain);
  }

  /** The defaults: the engine chooses the number of points, seed 1, no ranges. */
  public static SamplingSpec defaults() { return new SamplingSpec(0, 1, Map.of()); }

  /** The same with another seed. */
  public SamplingSpec withSeed(long s) { return new SamplingSpec(points, s, domain); }
}
