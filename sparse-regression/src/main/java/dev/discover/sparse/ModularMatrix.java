package dev.discover.sparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Dense Gaussian elimination modulo a prime below 2^31: rank, reduced row echelon form and an exact null
 * space. Written here because no maintained Java library offers dense modular elimination at this speed
 * (EJML works in floating point; JAS's modular matrices are generic and boxed). Row updates run in parallel
 * on the common fork-join pool when the matrix is large.
 */
public final class ModularMatrix {
  private ModularMatrix() {}

  /**
   * The reduced row echelon form of a matrix modulo p.
   *
   * @param rows the reduced nonzero rows, one per pivot (rank x columns)
   * @param pivots the pivot column of each row, increasing
   * @param columns the number of columns
   * @param p the prime
   */
  public record Echelon(long[][] rows, int[] pivots, int columns, long p) {
    /** The rank. */
    public int rank() { return pivots.length; }

    /**
     * A basis of the null space: one vector per free column f, with 1 at f, minus the reduced column at the
     * pivots, and 0 elsewhere. Vectors are rows of the result (nullity x columns).
     */
    public long[][] nullSpace() {
      boolean[] isPivot = new boolean[columns];
      for (int c : pivots) isPivot[c] = true;
      List<long[]> out = new ArrayList<>();
      for (int f = 0; f < columns; f++) {
        if (isPivot[f]) continue;
        long[] v = new long[columns];
        v[f] = 1;
        for (int i = 0; i < pivots.length; i++) {
          long x = rows[i][f];
          v[pivots[i]] = x == 0 ? 0 : p - x;
        }
        out.add(v);
      }
      return out.toArray(new long[0][]);
    }
  }

  /**
   * Row-reduces {@code a} modulo p. The rows of {@code a} are reduced in place (entries must lie in [0, p)).
   */
  public static Echelon rref(long[][] a, int columns, long p) {
    int m = a.length;
    long[][] rows = a;
    int r = 0;
    int[] piv = new int[Math.min(m, columns)];
    boolean parallel = (long) m * columns > 200_000 && ForkJoinPool.getCommonPoolParallelism() > 1;
    for (int c = 0; c < columns && r < m; c++) {
      int sel = -1;
      for (int i = r; i < m; i++) if (rows[i][c] != 0) { sel = i; break; }
      if (sel < 0) continue;
      long[] tmp = rows[sel]; rows[sel] = rows[r]; rows[r] = tmp;
      long[] pr = rows[r];
      long inv = Modular.inverse(pr[c], p);
      for (int j = c; j < columns; j++) pr[j] = pr[j] * inv % p;
      final int col = c;
      final int start = r + 1;
      if (parallel && m - start > 64) {
        IntStream.range(start, m).parallel().forEach(i -> eliminate(rows[i], pr, col, columns, p));
      } else {
        for (int i = start; i < m; i++) eliminate(rows[i], pr, col, columns, p);
      }
      piv[r++] = c;
    }
    int rank = r;
    int[] pivots = Arrays.copyOf(piv, rank);
    // Back substitution: clear the entries above each pivot, last pivot first.
    for (int k = rank - 1; k >= 0; k--) {
      long[] pr = rows[k];
      int col = pivots[k];
      if (parallel && k > 64) {
        IntStream.range(0, k).parallel().forEach(i -> eliminate(rows[i], pr, col, columns, p));
      } else {
        for (int i = 0; i < k; i++) eliminate(rows[i], pr, col, columns, p);
      }
    }
    return new Echelon(Arrays.copyOf(rows, rank), pivots, columns, p);
  }

  private static void eliminate(long[] row, long[] pr, int col, int columns, long p) {
    long f = row[col];
    if (f == 0) return;
    long g = p - f;
    for (int j = col; j < columns; j++) {
      long x = pr[j];
      if (x != 0) row[j] = (row[j] + g * x) % p;
    }
  }

  /**
   * The null space of the columns {@code columns} of {@code rows} modulo p, as vectors of length {@code length}
   * (zero outside those columns); {@code rows} is not modified.
   */
  public static long[][] nullSpaceOfColumns(long[][] rows, int[] columns, int length, long p) {
    long[][] sub = new long[rows.length][columns.length];
    for (int r = 0; r < rows.length; r++) for (int c = 0; c < columns.length; c++) sub[r][c] = rows[r][columns[c]];
    long[][] ns = rref(sub, columns.length, p).nullSpace();
    long[][] out = new long[ns.length][];
    for (int k = 0; k < ns.length; k++) {
      long[] full = new long[length];
      for (int c = 0; c < columns.length; c++) full[columns[c]] = ns[k][c];
      out[k] = full;
    }
    return out;
  }

  /**
   * Reduced echelon rows of the span of {@code vs} modulo p with pivots taken in the column order {@code order}
   * (the vectors must vanish outside those columns), as vectors of the original length; {@code vs} is not modified.
   */
  public static long[][] echelonRows(long[][] vs, int[] order, long p) {
    int k = order.length;
    int n = vs.length == 0 ? 0 : vs[0].length;
    long[][] perm = new long[vs.length][k];
    for (int i = 0; i < vs.length; i++) for (int c = 0; c < k; c++) perm[i][c] = vs[i][order[c]];
    long[][] rows = rref(perm, k, p).rows();
    long[][] out = new long[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      long[] v = new long[n];
      for (int c = 0; c < k; c++) v[order[c]] = rows[i][c];
      out[i] = v;
    }
    return out;
  }

  /** Scales v in place (modulo p) so that its first nonzero entry in the column order {@code order} is 1. */
  public static void normalizeAt(long[] v, int[] order, long p) {
    for (int c : order) {
      if (v[c] != 0) {
        long inv = Modular.inverse(v[c], p);
        for (int j = 0; j < v.length; j++) v[j] = v[j] * inv % p;
        return;
      }
    }
  }

  /** The rank of a matrix modulo p; the rows of {@code a} are overwritten. */
  public static int rank(long[][] a, int columns, long p) { return rref(a, columns, p).rank(); }
}
