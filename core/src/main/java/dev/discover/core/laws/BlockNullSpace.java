package dev.discover.core.laws;

import dev.discover.io.Progress;
import dev.discover.sparse.ModularMatrix;
import dev.discover.sparse.Vectors;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The null-space stage of the exact route: the null space of the Lie rows modulo p, one weight block at a time,
 * and its trivial part (the members constant at every sample point: functions vanishing on the manifold, or
 * identities among the basis functions).
 *
 * @param perBlock each block's null space, as full-length vectors
 * @param trivialPerBlock each block's trivial part
 */
record BlockNullSpace(long[][][] perBlock, long[][][] trivialPerBlock) {
  static BlockNullSpace of(ModularSamples s, List<int[]> blocks, int basisSize, Progress progress) {
    progress.report("null space", 0);
    long p = s.p();
    long[][][] perBlock = new long[blocks.size()][][];
    long[][][] trivial = new long[blocks.size()][][];
    int[] finished = new int[1];
    IntStream.range(0, blocks.size()).parallel().forEach(b -> {
      perBlock[b] = ModularMatrix.nullSpaceOfColumns(s.lie(), blocks.get(b), basisSize, p);
      trivial[b] = trivialPart(s.values(), perBlock[b], p);
      synchronized (finished) {
        progress.report("null space", ++finished[0] / (double) blocks.size());
      }
    });
    return new BlockNullSpace(perBlock, trivial);
  }

  /** Every block's null space together. */
  long[][] all() { return Arrays.stream(perBlock).flatMap(Arrays::stream).toArray(long[][]::new); }

  /** Every block's trivial part together. */
  long[][] trivial() { return Arrays.stream(trivialPerBlock).flatMap(Arrays::stream).toArray(long[][]::new); }

  /**
   * c with E (sum_i c_i vs_i) = const, found as the null space of the small matrix [E vs^T, 1] rather than of E
   * itself (such functions always lie in the null space).
   */
  private static long[][] trivialPart(long[][] values, long[][] vs, long p) {
    if (vs.length == 0) return new long[0][];
    int k = vs.length;
    long[][] ev = new long[values.length][k + 1];
    for (int r = 0; r < values.length; r++) {
      for (int i = 0; i < k; i++) {
        long acc = 0;
        long[] v = vs[i];
        for (int j = 0; j < v.length; j++) if (v[j] != 0) acc = (acc + values[r][j] * v[j]) % p;
        ev[r][i] = acc;
      }
      ev[r][k] = 1;
    }
    long[][] coeffs = ModularMatrix.rref(ev, k + 1, p).nullSpace();
    long[][] out = new long[coeffs.length][];
    for (int t = 0; t < coeffs.length; t++) out[t] = Vectors.combination(Arrays.copyOf(coeffs[t], k), vs, vs[0].length, p);
    return out;
  }
}
