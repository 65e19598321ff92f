package dev.discover.core.laws;

import dev.discover.io.Progress;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The sampling stage of the exact route: {@code m} random points of the constraint manifold modulo p (each a
 * state and f there). The Lie-derivative and value rows are not kept here: {@link BlockNullSpace} generates them
 * block by block on the block's own columns, so memory follows the largest block instead of m x basis size.
 * With more points than the functions of a block, the null space of its Lie rows is, with overwhelming
 * probability (Schwartz-Zippel), exactly the space of conserved combinations.
 *
 * @param points the sample points
 * @param p the prime
 */
record ModularSamples(LieRows.ModPoint[] points, long p) {
  static ModularSamples sample(LieRows rows, int m, long p, long seed, Progress progress) {
    progress.report("sampling", 0);
    LieRows.ModPoint[] pts = new LieRows.ModPoint[m];
    int[] done = new int[1];
    IntStream.range(0, m).parallel().forEach(r -> {
      pts[r] = rows.modPoint(p, new Random(seed * 1_000_003L + r));
      synchronized (done) {
        if (++done[0] % 256 == 0) progress.report("sampling", done[0] / (double) m);
      }
    });
    return new ModularSamples(pts, p);
  }
}
