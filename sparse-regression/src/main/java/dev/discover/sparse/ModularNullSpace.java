package dev.discover.sparse;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The null space of a dense matrix modulo a prime below 2^31, by forward elimination only: the rows are brought
 * to echelon form (no back substitution over the whole matrix) and each null vector is then solved for on its
 * own, so the cost is about m k^2 / 2 products plus k^2 per null vector instead of the full reduced form.
 * Entries are stored as {@code int} (half the memory traffic of {@code long}), and for the Mersenne prime
 * 2^31 - 1 a product is reduced with shifts and masks instead of a division. The result is the canonical basis
 * of {@link ModularMatrix.Echelon#nullSpace()}: one vector per free column f, 1 at f and 0 at the other free
 * columns, so both give the same vectors. Written here for the same reason as {@link ModularMatrix}: no
 * maintained Java library does dense modular elimination at this speed.
 */
public final class ModularNullSpace {
  private static final long MERSENNE = (1L << 31) - 1;

  private ModularNullSpace() {}

  /** Bytes held by the working copy of an m x k matrix. */
  public static long bytes(int rows, int columns) { return (long) rows * columns * Integer.BYTES + 16L * rows; }

  /** The null space of {@code a} (rows of residues in [0, p)); {@code a} is not modified. */
  public static long[][] of(long[][] a, int columns, long p) {
    int[][] rows = new int[a.length][];
    for (int r = 0; r < a.length; r++) {
      int[] row = new int[columns];
      for (int c = 0; c < columns; c++) row[c] = (int) a[r][c];
      rows[r] = row;
    }
    return ofInts(rows, columns, p);
  }

  /**
   * The null space of {@code rows} (residues in [0, p) stored in ints); the rows are overwritten. Row updates run
   * in parallel on the common fork-join pool when the matrix is large.
   */
  public static long[][] ofInts(int[][] rows, int columns, long p) {
    if (p <= 2 || p >= (1L << 31)) throw new IllegalArgumentException("prime must be in (2, 2^31), got " + p);
    int m = rows.length;
    int[] piv = new int[Math.min(m, columns)];
    int rank = 0;
    boolean parallel = (long) m * columns > 200_000 && ForkJoinPool.getCommonPoolParallelism() > 1;
    for (int c = 0; c < columns && rank < m; c++) {
      int sel = -1;
      for (int i = rank; i < m; i++) if (rows[i][c] != 0) { sel = i; break; }
      if (sel < 0) continue;
      int[] tmp = rows[sel]; rows[sel] = rows[rank]; rows[rank] = tmp;
      int[] pr = rows[rank];
      long inv = Modular.inverse(pr[c], p);
      for (int j = c; j < columns; j++) pr[j] = (int) mulMod(pr[j], inv, p);
      final int col = c;
      final int start = rank + 1;
      if (parallel && m - start > 64) {
        IntStream.range(start, m).parallel().forEach(i -> eliminate(rows[i], pr, col, columns, p));
      } else {
        for (int i = start; i < m; i++) eliminate(rows[i], pr, col, columns, p);
      }
      piv[rank++] = c;
    }
    return solve(rows, Arrays.copyOf(piv, rank), columns, p);
  }

  /** For each free column f: 1 at f, 0 at the other free columns, the pivot entries by back substitution. */
  private static long[][] solve(int[][] rows, int[] pivots, int columns, long p) {
    boolean[] isPivot = new boolean[columns];
    for (int c : pivots) isPivot[c] = true;
    long[][] out = new long[columns - pivots.length][];
    int k = 0;
    for (int f = 0; f < columns; f++) {
      if (isPivot[f]) continue;
      long[] v = new long[columns];
      v[f] = 1;
      for (int i = pivots.length - 1; i >= 0; i--) {
        int[] row = rows[i];
        long acc = 0;
        // v is zero at every free column but f, and its pivot entries after row i's pivot are already solved.
        for (int j = pivots[i] + 1; j < columns; j++) {
          long x = row[j];
          if (x != 0 && v[j] != 0) acc = reduce(acc + x * v[j], p);
        }
        v[pivots[i]] = acc == 0 ? 0 : p - acc;
      }
      out[k++] = v;
    }
    return out;
  }

  private static void eliminate(int[] row, int[] pr, int col, int columns, long p) {
    long f = row[col];
    if (f == 0) return;
    long g = p - f;
    if (p == MERSENNE) {
      for (int j = col; j < columns; j++) {
        int x = pr[j];
        if (x != 0) {
          long t = row[j] + g * x;
          t = (t & MERSENNE) + (t >>> 31);
          t = (t & MERSENNE) + (t >>> 31);
          row[j] = (int) (t >= MERSENNE ? t - MERSENNE : t);
        }
      }
    } else {
      for (int j = col; j < columns; j++) {
        int x = pr[j];
        if (x != 0) row[j] = (int) ((row[j] + g * x) % p);
      }
    }
  }

  private static long mulMod(long a, long b, long p) { return reduce(a * b, p); }

  /** t mod p for 0 <= t < 2^63. */
  private static long reduce(long t, long p) {
    if (p != MERSENNE) return t % p;
    t = (t & MERSENNE) + (t >>> 31);
    t = (t & MERSENNE) + (t >>> 31);
    return t >= MERSENNE ? t - MERSENNE : t;
  }
}
