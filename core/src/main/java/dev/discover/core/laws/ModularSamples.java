package dev.discover.core.laws;

import dev.discover.io.Progress;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The sampling stage of the exact route: at {@code m} random points of the constraint manifold modulo p, the
 * Lie derivatives of the basis (row r of {@link #lie}: (L b_j)(x_r)) and the basis values (for the trivial laws).
 * With more points than basis functions the null space of the Lie rows is, with overwhelming probability
 * (Schwartz-Zippel), exactly the space of conserved combinations.
 *
 * @param lie the Lie-derivative rows
 * @param values the value rows
 * @param p the prime
 */
record ModularSamples(long[][] lie, long[][] values, long p) {
  static ModularSamples sample(LieRows rows, int m, long p, long seed, Progress progress) {
    progress.report("sampling", 0);
    long[][] a = new long[m][];
    long[][] e = new long[m][];
    int[] done = new int[1];
    IntStream.range(0, m).parallel().forEach(r -> {
      LieRows.ModPoint pt = rows.modPoint(p, new Random(seed * 1_000_003L + r));
      a[r] = rows.lieRow(pt, p);
      e[r] = rows.valueRow(pt.x(), p);
      synchronized (done) {
        if (++done[0] % 256 == 0) progress.report("sampling", done[0] / (double) m);
      }
    });
    return new ModularSamples(a, e, p);
  }
}
