package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.LawOptions;
import dev.discover.core.NullSpaceExecutor;
import dev.discover.io.InputException;
import dev.discover.sparse.ModularMatrix;
import dev.discover.sparse.ModularNullSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The null-space stage of the exact route: for every weight block, the vectors c with sum_j c_j L b_j = 0 on the
 * manifold modulo p, and their trivial part (the members constant at every sample point: functions vanishing on
 * the manifold, or identities among the basis functions).
 *
 * <p>Each weight block is split further by the parity gradings ({@link ParityGrading}); the null space of a
 * block is the direct sum of those of its parts. The Lie-derivative rows of a part are generated when the part is
 * eliminated, on its own columns and at the first (size + extra) sample points, so the memory held is that of the
 * parts being eliminated at the time, bounded by {@link LawOptions#maxMemoryBytes()}. The elimination is
 * {@link ModularNullSpace} (forward only, batched); progress is reported in proportion to the elimination work
 * (about rows x columns^2 per part).
 *
 * @param perBlock each block's null space, as full-length vectors
 * @param trivialPerBlock each block's trivial part
 * @param parts how many parts the blocks were split into
 */
record BlockNullSpace(long[][][] perBlock, long[][][] trivialPerBlock, int parts) {
  /** One part of a weight block: its block's index and its basis indices. */
  record Part(int block, int[] cols) {
    long work(int extra) { return (long) (cols.length + extra) * cols.length * cols.length; }
  }

  /** The parts of the blocks, in a fixed order (the same in every JVM). */
  static List<Part> parts(Basis basis, List<int[]> blocks, List<BitSet> parities) {
    List<Part> parts = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      for (int[] cols : ParityGrading.split(blocks.get(b), basis, parities)) parts.add(new Part(b, cols));
    }
    return parts;
  }

  /** The stage in this JVM. */
  static BlockNullSpace of(LieRows lie, ModularSamples s, Basis basis, List<int[]> blocks, List<BitSet> parities,
      LawOptions opt) {
    return of(lie, s, basis, blocks, parities, opt, java.util.Optional.empty());
  }

  /**
   * The stage; {@code job} is present when the problem can be rebuilt from its specification alone, and then a
   * non-local {@link NullSpaceExecutor} installed in this JVM computes the parts.
   */
  static BlockNullSpace of(LieRows lie, ModularSamples s, Basis basis, List<int[]> blocks, List<BitSet> parities,
      LawOptions opt, java.util.Optional<NullSpaceExecutor.Job> job) {
    List<Part> parts = parts(basis, blocks, parities);
    NullSpaceExecutor executor = NullSpaceExecutor.current();
    if (job.isPresent() && !executor.local()) {
      opt.progress().report("null space", 0);
      List<NullSpaceExecutor.Part> got = executor.run(job.get(), parts.size());
      opt.progress().report("null space", 1);
      long[][][] n = new long[parts.size()][][];
      long[][][] t = new long[parts.size()][][];
      for (int i = 0; i < parts.size(); i++) {
        n[i] = got.get(i).nullSpace();
        t[i] = got.get(i).trivial();
      }
      return assemble(parts, blocks.size(), basis.size(), n, t, true);
    }
    long p = s.p();
    LieRows.ModPoint[] pts = s.points();
    long maxBytes = opt.maxMemoryBytes();
    int extra = opt.extraRows();
    for (Part part : parts) {
      long need = ModularNullSpace.bytes(part.cols().length + extra, part.cols().length);
      if (need > maxBytes) {
        throw new InputException("the null space of a block of " + part.cols().length + " basis functions needs "
            + (need >> 20) + " MiB, more than the memory bound of " + (maxBytes >> 20) + " MiB; lower"
            + " polynomial_degree or raise the bound (--max-memory)");
      }
    }
    // Largest parts first, so the parallel tail is made of small ones.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) order.add(i);
    order.sort(Comparator.comparingLong((Integer i) -> -parts.get(i).work(extra)));
    long total = parts.stream().mapToLong(q -> q.work(extra)).sum();
    long[] done = new long[1];
    long[] inPart = new long[parts.size()];
    opt.progress().report("null space", 0);

    long[][][] partNull = new long[parts.size()][][];
    long[][][] partTrivial = new long[parts.size()][][];
    int permits = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes >> 20));
    Semaphore memory = new Semaphore(permits);
    order.parallelStream().forEach(i -> {
      Part part = parts.get(i);
      int k = part.cols().length;
      int rows = Math.min(pts.length, k + extra);
      int mib = (int) Math.min(permits, (ModularNullSpace.bytes(rows, k) >> 20) + 1);
      memory.acquireUninterruptibly(mib);
      try {
        long work = part.work(extra);
        long[][][] nt = part(lie, pts, p, part.cols(), extra, f -> {
          synchronized (done) {
            inPart[i] = (long) (f * work);
            opt.progress().report("null space", (done[0] + Arrays.stream(inPart).sum()) / (double) total);
          }
        });
        partNull[i] = nt[0];
        partTrivial[i] = nt[1];
      } finally {
        memory.release(mib);
      }
      synchronized (done) {
        inPart[i] = 0;
        done[0] += part.work(extra);
        opt.progress().report("null space", done[0] / (double) total);
      }
    });

    return assemble(parts, blocks.size(), basis.size(), partNull, partTrivial, false);
  }

  /**
   * One part's null space over its columns and its trivial part, at the first (size + extra) sample points;
   * {@code progress} receives the elimination's fraction done.
   */
  static long[][][] part(LieRows lie, LieRows.ModPoint[] pts, long p, int[] cols, int extra,
      java.util.function.DoubleConsumer progress) {
    int k = cols.length;
    int rows = Math.min(pts.length, k + extra);
    int[][] a = new int[rows][];
    for (int r = 0; r < rows; r++) {
      long[] row = lie.lieRow(pts[r], p, cols);
      int[] ir = new int[k];
      for (int c = 0; c < k; c++) ir[c] = (int) row[c];
      a[r] = ir;
    }
    long[][] nul = ModularNullSpace.ofInts(a, k, p, progress);
    return new long[][][] {nul, trivialPart(lie, pts, rows, cols, nul, p)};
  }

  /** The blocks' null spaces from the parts' ({@code full}: the parts' vectors are over the whole basis already). */
  private static BlockNullSpace assemble(List<Part> parts, int blockCount, int nb, long[][][] partNull,
      long[][][] partTrivial, boolean full) {
    List<List<long[]>> nulls = new ArrayList<>();
    List<List<long[]>> trivials = new ArrayList<>();
    for (int b = 0; b < blockCount; b++) { nulls.add(new ArrayList<>()); trivials.add(new ArrayList<>()); }
    for (int i = 0; i < parts.size(); i++) {
      int[] cols = parts.get(i).cols();
      for (long[] v : partNull[i]) nulls.get(parts.get(i).block()).add(full ? v : full(v, cols, nb));
      for (long[] v : partTrivial[i]) trivials.get(parts.get(i).block()).add(full ? v : full(v, cols, nb));
    }
    long[][][] perBlock = new long[blockCount][][];
    long[][][] trivial = new long[blockCount][][];
    for (int b = 0; b < blockCount; b++) {
      perBlock[b] = nulls.get(b).toArray(new long[0][]);
      trivial[b] = trivials.get(b).toArray(new long[0][]);
    }
    return new BlockNullSpace(perBlock, trivial, parts.size());
  }

  /** Every block's null space together. */
  long[][] all() { return Arrays.stream(perBlock).flatMap(Arrays::stream).toArray(long[][]::new); }

  /** Every block's trivial part together. */
  long[][] trivial() { return Arrays.stream(trivialPerBlock).flatMap(Arrays::stream).toArray(long[][]::new); }

  static long[] full(long[] v, int[] cols, int nb) {
    long[] out = new long[nb];
    for (int c = 0; c < cols.length; c++) out[cols[c]] = v[c];
    return out;
  }

  /**
   * The members of span(vs) (vectors over {@code cols}) that are constant at the first {@code rows} sample
   * points: c with E (sum_i c_i vs_i) = const, the null space of the small matrix [E vs^T, 1] (such functions
   * vanish on the manifold or are identities among the basis functions, and always lie in the null space).
   */
  private static long[][] trivialPart(LieRows lie, LieRows.ModPoint[] pts, int rows, int[] cols, long[][] vs, long p) {
    if (vs.length == 0) return new long[0][];
    int k = vs.length;
    long[][] ev = new long[rows][k + 1];
    for (int r = 0; r < rows; r++) {
      long[] values = lie.valueRow(pts[r].x(), p, cols);
      for (int i = 0; i < k; i++) {
        long acc = 0;
        long[] v = vs[i];
        for (int j = 0; j < v.length; j++) if (v[j] != 0) acc = (acc + values[j] * v[j]) % p;
        ev[r][i] = acc;
      }
      ev[r][k] = 1;
    }
    long[][] coeffs = ModularMatrix.rref(ev, k + 1, p).nullSpace();
    long[][] out = new long[coeffs.length][];
    for (int t = 0; t < coeffs.length; t++) {
      long[] w = new long[cols.length];
      for (int i = 0; i < k; i++) {
        if (coeffs[t][i] == 0) continue;
        for (int j = 0; j < w.length; j++) w[j] = (w[j] + coeffs[t][i] * vs[i][j]) % p;
      }
      out[t] = w;
    }
    return out;
  }
}
