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
 * @param memoryBound bytes of elimination matrices the null-space stage may hold at once (the rows of the blocks
 *     being eliminated); 0 for three quarters of the JVM's heap limit
 */
public record LawOptions(long seed, int extraRows, int orderings, int symbolicTermLimit, Progress progress,
    boolean crossCheck, long memoryBound) {
  /** Checks the numbers. */
  public LawOptions {
    if (extraRows < 1) throw new IllegalArgumentException("extraRows must be >= 1, got " + extraRows);
    if (orderings < 1) throw new IllegalArgumentException("orderings must be >= 1, got " + orderings);
    if (symbolicTermLimit < 1) throw new IllegalArgumentException("symbolicTermLimit must be >= 1, got " + symbolicTermLimit);
    java.util.Objects.requireNonNull(progress, "progress");
    if (memoryBound < 0) throw new IllegalArgumentException("memoryBound must be >= 0, got " + memoryBound);
  }

  /** Defaults: seed 1, 24 extra rows, 12 orderings, symbolic checks up to 400000 terms, no progress output. */
  public static LawOptions defaults() { return new LawOptions(1, 24, 12, 400_000, Progress.SILENT, false, 0); }

  /** The same with another seed. */
  public LawOptions withSeed(long s) { return new LawOptions(s, extraRows, orderings, symbolicTermLimit, progress, crossCheck, memoryBound); }

  /** The same with a progress sink. */
  public LawOptions withProgress(Progress p) { return new LawOptions(seed, extraRows, orderings, symbolicTermLimit, p, crossCheck, memoryBound); }

  /** The same with the floating-point cross-check on or off. */
  public LawOptions withCrossCheck(boolean c) { return new LawOptions(seed, extraRows, orderings, symbolicTermLimit, progress, c, memoryBound); }

  /** The same with a memory bound in bytes (0: three quarters of the JVM's heap limit). */
  public LawOptions withMemoryBound(long bytes) {
    return new LawOptions(seed, extraRows, orderings, symbolicTermLimit, progress, crossCheck, bytes);
  }

  /** The memory bound in effect, in bytes. */
  public long maxMemoryBytes() { return memoryBound > 0 ? memoryBound : Runtime.getRuntime().maxMemory() / 4 * 3; }
}
