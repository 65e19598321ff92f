package dev.discover.core.classify;

import java.util.List;

/**
 * Options of a classification.
 *
 * @param maxBasis the largest basis case splitting is tried on
 * @param maxBranches the most branches of the case tree before giving up with a message
 * @param where extra conditions on the parameters ("A = B"), restricting the classification to them
 * @param scaling whether scaling symmetries normalise parameters
 */
public record ClassifyOptions(int maxBasis, int maxBranches, List<String> where, boolean scaling) {
  /** Checks the numbers and copies the list. */
  public ClassifyOptions {
    if (maxBasis < 1) throw new IllegalArgumentException("max basis must be >= 1, got " + maxBasis);
    if (maxBranches < 1) throw new IllegalArgumentException("max branches must be >= 1, got " + maxBranches);
    where = List.copyOf(where);
  }

  /** Defaults: bases up to 1000 functions, 20000 branches, no extra conditions, scaling on. */
  public static ClassifyOptions defaults() { return new ClassifyOptions(1000, 20_000, List.of(), true); }

  /** With another basis limit. */
  public ClassifyOptions withMaxBasis(int n) { return new ClassifyOptions(n, maxBranches, where, scaling); }
  /** With another branch limit. */
  public ClassifyOptions withMaxBranches(int n) { return new ClassifyOptions(maxBasis, n, where, scaling); }
  /** With extra conditions. */
  public ClassifyOptions withWhere(List<String> w) { return new ClassifyOptions(maxBasis, maxBranches, w, scaling); }
  /** With scaling normalisation on or off. */
  public ClassifyOptions withScaling(boolean s) { return new ClassifyOptions(maxBasis, maxBranches, where, s); }
}
