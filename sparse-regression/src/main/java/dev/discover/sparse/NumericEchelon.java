package dev.discover.sparse;

import java.util.ArrayList;
import java.util.List;

/**
 * Floating-point Gauss-Jordan elimination of a few vectors (rows), with the two pivot rules the engine uses:
 * columns visited in a given order (the row with the largest entry relative to its own size), or full pivoting
 * on the largest remaining entry. Both share one elimination step. Written here because EJML and Hipparchus
 * offer LU/QR of whole matrices, not a reduced echelon form under a prescribed column order.
 */
public final class NumericEchelon {
  private NumericEchelon() {}

  /**
   * The reduced echelon rows of copies of {@code vs}, pivot columns taken in {@code order}; a column is skipped
   * when no remaining row has an entry above {@code relative} times that row's largest entry.
   */
  public static List<double[]> inColumnOrder(double[][] vs, int[] order, double relative) {
    double[][] rows = new double[vs.length][];
    for (int i = 0; i < vs.length; i++) rows[i] = vs[i].clone();
    int r = 0;
    for (int c : order) {
      if (r == rows.length) break;
      int sel = -1;
      double best = relative;
      for (int i = r; i < rows.length; i++) {
        double mx = Vectors.maxAbs(rows[i]);
        if (Math.abs(rows[i][c]) > best * mx) { best = Math.abs(rows[i][c]) / mx; sel = i; }
      }
      if (sel < 0) continue;
      eliminate(rows, sel, r, c);
      r++;
    }
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < r; i++) out.add(rows[i]);
    return out;
  }

  /** Reduced row echelon form in place, pivoting on the largest remaining entry. */
  public static void fullPivot(double[][] v) {
    int k = v.length;
    if (k == 0) return;
    int m = v[0].length;
    boolean[] used = new boolean[m];
    for (int row = 0; row < k; row++) {
      int br = -1, bc = -1;
      double best = 0;
      for (int i = row; i < k; i++) for (int j = 0; j < m; j++) {
        if (!used[j] && Math.abs(v[i][j]) > best) { best = Math.abs(v[i][j]); br = i; bc = j; }
      }
      if (br < 0) return;
      used[bc] = true;
      eliminate(v, br, row, bc);
    }
  }

  /** Moves row {@code sel} to {@code r}, scales its entry in column c to 1 and clears column c elsewhere. */
  private static void eliminate(double[][] rows, int sel, int r, int c) {
    double[] t = rows[sel]; rows[sel] = rows[r]; rows[r] = t;
    double[] pr = rows[r];
    double piv = pr[c];
    for (int j = 0; j < pr.length; j++) pr[j] /= piv;
    for (int i = 0; i < rows.length; i++) {
      if (i == r) continue;
      double f = rows[i][c];
      if (f == 0) continue;
      for (int j = 0; j < pr.length; j++) rows[i][j] -= f * pr[j];
      rows[i][c] = 0;
    }
  }
}
