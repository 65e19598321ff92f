package dev.discover.core;

import dev.discover.io.Progress;
/**
 * Options of a law search.
 *
 * @param seed the random seed for sample points (the same seed gives the same result)
 * @param extraRows sample points beyond the basis size, for the exact route
 * @param orderings how many column orderings to try when looking for sparse representatives
 * @param symbolicTermLimit above this many terms an exact check switches from a symbolic identity to exact
 *     arithmetic at random points
 * @param progress where progress goes (never null)
 * @param crossCheck whether the exact route also computes the floating-point spectrum
 */
public record LawOptions(long seed, int extraRows, int orderings, int symbolicTermLimit, Progress progress,
    boolean crossCheck) {
  /** Checks the numbers. */
  public LawOptions {
    if (extraRows < 1) throw new IllegalArgumentException("extraRows must be >= 1, got " + extraRows);
    if (orderings < 1) throw new IllegalArgumentException("orderings must be >= 1, got " + orderings);
    if (symbolicTermLimit < 1) throw new IllegalArgumentException("symbolicTermLimit must be >= 1, got " + symbolicTermLimit);
    java.util.Objects.requireNonNull(progress, "progress");
  }

  /** Defaults: seed 1, 24 extra rows, 12 orderings, symbolic checks up to 400000 terms, no progress output. */
  public static LawOptions defaults() { return new LawOptions(1, 24, 12, 400_000, Progress.SILENT, false); }

  /** The same with another seed. */
  public LawOptions withSeed(long s) { return new LawOptions(s, extraRows, orderings, symbolicTermLimit, progress, crossCheck); }

  /** The same with a progress sink. */
  public LawOptions withProgress(Progress p) { return new LawOptions(seed, extraRows, orderings, symbolicTermLimit, p, crossCheck); }

  /** The same with the floating-point cross-check on or off. */
  public LawOptions withCrossCheck(boolean c) { return new LawOptions(seed, extraRows, orderings, symbolicTermLimit, progress, c); }
}
