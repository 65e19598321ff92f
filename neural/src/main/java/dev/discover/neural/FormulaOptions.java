package dev.discover.neural;

/**
 * Options of a formula search; immutable and checked once.
 *
 * @param seed seed of every random choice (row split, network initialisation); same seed, same formula
 * @param timeLimitMillis soft wall-clock budget of the whole search, &gt; 0
 * @param testFraction fraction of rows held out to report the error, in (0, 0.5]
 * @param maxNodes cap on the expressions stored by the brute-force search, &gt;= 1000
 * @param useNetwork whether to fit the neural surrogate and use it for separability and symmetry tests
 * @param useKan whether to add the Kolmogorov-Arnold route's formulas (a spline network pruned and snapped
 *     edge by edge) when the direct search leaves a residual
 */
public record FormulaOptions(long seed, long timeLimitMillis, double testFraction, int maxNodes, boolean useNetwork,
    boolean useKan) {

  /** Validates every field. */
  public FormulaOptions {
    if (timeLimitMillis <= 0) throw new IllegalArgumentException("timeLimitMillis must be > 0, got " + timeLimitMillis);
    if (!(testFraction > 0 && testFraction <= 0.5)) {
      throw new IllegalArgumentException("testFraction must be in (0, 0.5], got " + testFraction);
    }
    if (maxNodes < 1000) throw new IllegalArgumentException("maxNodes must be >= 1000, got " + maxNodes);
  }

  /** Defaults: seed 1, 60 s, 25 % held out, 200 000 stored expressions, network on, KAN route off. */
  public static FormulaOptions defaults() { return new FormulaOptions(1, 60_000, 0.25, 200_000, true, false); }

  /** A copy with another seed. */
  public FormulaOptions withSeed(long s) { return new FormulaOptions(s, timeLimitMillis, testFraction, maxNodes, useNetwork, useKan); }

  /** A copy with another time limit. */
  public FormulaOptions withTimeLimitMillis(long t) {
    return new FormulaOptions(seed, t, testFraction, maxNodes, useNetwork, useKan);
  }

  /** A copy with another cap on stored expressions. */
  public FormulaOptions withMaxNodes(int m) { return new FormulaOptions(seed, timeLimitMillis, testFraction, m, useNetwork, useKan); }

  /** A copy with the network switched on or off. */
  public FormulaOptions withNetwork(boolean on) { return new FormulaOptions(seed, timeLimitMillis, testFraction, maxNodes, on, useKan); }

  /** A copy with the Kolmogorov-Arnold route switched on or off. */
  public FormulaOptions withKan(boolean on) { return new FormulaOptions(seed, timeLimitMillis, testFraction, maxNodes, useNetwork, on); }
}
