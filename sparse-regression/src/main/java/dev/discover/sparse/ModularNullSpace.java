package dev.discover.sparse;

import java.util.Arrays;

/**
 * The null space of a dense matrix modulo a prime below 2^31, by forward elimination only: the rows are brought
 * to echelon form (no back substitution over the whole matrix) and each null vector is then solved for on its
 * own, so the cost is about k^3 / 3 products plus k^2 per null vector instead of the full reduced form.
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
   * The null space of {@code rows} (residues in [0, p) stored in ints); the rows are overwritten.
   *
   * <p>Rows enter in batches of {@value #BATCH}: a batch is first reduced by every pivot row found so far, taken
   * in increasing pivot column (so each pivot row is read from memory once per batch rather than once per row,
   * and the batch stays in cache), then eliminated within itself, which gives the batch's new pivot rows. Any
   * echelon form can be used this way, because a pivot row is zero left of its pivot column.
   */
  public static long[][] ofInts(int[][] rows, int columns, long p) { return ofInts(rows, columns, p, f -> { }); }

  /**
   * The same, telling {@code progress} after each batch the fraction of the elimination work done (batch i of n
   * costs about i, so the fraction after it is about (i/n)^2).
   */
  public static long[][] ofInts(int[][] rows, int columns, long p, java.util.function.DoubleConsumer progress) {
    if (p <= 2 || p >= (1L << 31)) throw new IllegalArgumentException("prime must be in (2, 2^31), got " + p);
    int m = rows.length;
    int[][] pivotRows = new int[Math.min(m, columns)][];
    int[] pivotCols = new int[pivotRows.length];
    int rank = 0;
    boolean[] isPivot = new boolean[columns];
    // The batch, as longs holding values congruent to the entries but only partly reduced (below 2^33).
    long[][] batch = new long[BATCH][columns];
    for (int start = 0; start < m && rank < columns; start += BATCH) {
      int size = Math.min(m, start + BATCH) - start;
      for (int i = 0; i < size; i++) {
        int[] src = rows[start + i];
        long[] dst = batch[i];
        for (int j = 0; j < columns; j++) dst[j] = src[j];
        rows[start + i] = null;
      }
      int t = 0;
      if (p == MERSENNE) {
        for (; t + 1 < rank; t += 2) {
          for (int i = 0; i < size; i++) {
            eliminateTwo(batch[i], pivotRows[t], pivotCols[t], pivotRows[t + 1], pivotCols[t + 1], columns);
          }
        }
      }
      for (; t < rank; t++) {
        for (int i = 0; i < size; i++) eliminate(batch[i], pivotRows[t], pivotCols[t], columns, p);
      }
      // Elimination within the batch: every row is now zero at the old pivot columns.
      int top = 0;
      for (int c = 0; c < columns && top < size; c++) {
        if (isPivot[c]) continue;
        int sel = -1;
        for (int i = top; i < size; i++) {
          batch[i][c] = reduce(batch[i][c], p);
          if (sel < 0 && batch[i][c] != 0) sel = i;
        }
        if (sel < 0) continue;
        long[] tmp = batch[sel]; batch[sel] = batch[top]; batch[top] = tmp;
        long[] pr = batch[top];
        long inv = Modular.inverse(pr[c], p);
        int[] u = new int[columns];
        for (int j = c; j < columns; j++) u[j] = (int) reduce(reduce(pr[j], p) * inv, p);
        for (int i = top + 1; i < size; i++) eliminate(batch[i], u, c, columns, p);
        isPivot[c] = true;
        insert(pivotRows, pivotCols, rank++, u, c);
        top++;
      }
      double done = (start + size) / (double) m;
      progress.accept(done * done);
    }
    return solve(pivotRows, Arrays.copyOf(pivotCols, rank), columns, p);
  }

  private static final int BATCH = 32;

  /** Inserts a pivot row keeping the pivot columns increasing. */
  private static void insert(int[][] pivotRows, int[] pivotCols, int rank, int[] row, int col) {
    int at = rank;
    while (at > 0 && pivotCols[at - 1] > col) {
      pivotRows[at] = pivotRows[at - 1];
      pivotCols[at] = pivotCols[at - 1];
      at--;
    }
    pivotRows[at] = row;
    pivotCols[at] = col;
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

  /** row -= row[col] * u, where u is a reduced pivot row with 1 at col; row's entries stay below 2^33. */
  private static void eliminate(long[] row, int[] u, int col, int columns, long p) {
    long f = reduce(row[col], p);
    row[col] = 0;
    if (f == 0) return;
    long g = p - f;
    if (p == MERSENNE) {
      // t < 2^33 + 2^62: one fold brings it below 2^33 again, congruent modulo 2^31 - 1.
      for (int j = col + 1; j < columns; j++) {
        long t = row[j] + g * u[j];
        row[j] = (t & MERSENNE) + (t >>> 31);
      }
    } else {
      for (int j = col + 1; j < columns; j++) {
        int x = u[j];
        if (x != 0) row[j] = (row[j] + g * x) % p;
      }
    }
  }

  /**
   * Two eliminations in one pass modulo 2^31 - 1, by pivot rows u (column c) and v (column d > c): row -=
   * f u, then row -= g v. With entries below 2^33 and both products below 2^62 the sum stays below 2^64, so it
   * is folded once as an unsigned number.
   */
  private static void eliminateTwo(long[] row, int[] u, int c, int[] v, int d, int columns) {
    long f = reduce(row[c], MERSENNE);
    long gu = f == 0 ? 0 : MERSENNE - f;
    row[c] = 0;
    for (int j = c + 1; j < d; j++) {
      long t = row[j] + gu * u[j];
      row[j] = (t & MERSENNE) + (t >>> 31);
    }
    long g = reduce(reduce(row[d] + gu * u[d], MERSENNE), MERSENNE);
    long gv = g == 0 ? 0 : MERSENNE - g;
    row[d] = 0;
    for (int j = d + 1; j < columns; j++) {
      long t = row[j] + gu * u[j] + gv * v[j];
      row[j] = (t & MERSENNE) + (t >>> 31);
    }
  }

  /** t mod p for 0 <= t < 2^63. */
  private static long reduce(long t, long p) {
    if (p != MERSENNE) return t % p;
    t = (t & MERSENNE) + (t >>> 31);
    t = (t & MERSENNE) + (t >>> 31);
    return t >= MERSENNE ? t - MERSENNE : t;
  }
}
