package dev.discover.sparse;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * Exact Gauss-Jordan elimination over the rationals, for the small systems where exact coefficients are
 * wanted directly (a law's support, a few dozen columns). Hipparchus's {@code FieldLUDecomposition} needs a
 * square non-singular matrix; a null space of a rectangular, rank-deficient one is what we need.
 */
public final class FractionMatrix {
  private FractionMatrix() {}

  /** A basis of the null space of {@code a} (rows of the result); {@code a} is not modified. */
  public static List<BigFraction[]> nullSpace(BigFraction[][] a, int columns) {
    int m = a.length;
    BigFraction[][] rows = new BigFraction[m][];
    for (int i = 0; i < m; i++) rows[i] = a[i].clone();
    int r = 0;
    List<Integer> pivots = new ArrayList<>();
    for (int c = 0; c < columns && r < m; c++) {
      int sel = -1;
      for (int i = r; i < m; i++) if (rows[i][c].getNumerator().signum() != 0) { sel = i; break; }
      if (sel < 0) continue;
      BigFraction[] t = rows[sel]; rows[sel] = rows[r]; rows[r] = t;
      BigFraction inv = rows[r][c].reciprocal();
      for (int j = c; j < columns; j++) rows[r][j] = rows[r][j].multiply(inv);
      for (int i = 0; i < m; i++) {
        if (i == r || rows[i][c].getNumerator().signum() == 0) continue;
        BigFraction f = rows[i][c];
        for (int j = c; j < columns; j++) {
          if (rows[r][j].getNumerator().signum() != 0) rows[i][j] = rows[i][j].subtract(f.multiply(rows[r][j]));
        }
      }
      pivots.add(c);
      r++;
    }
    boolean[] isPivot = new boolean[columns];
    for (int c : pivots) isPivot[c] = true;
    List<BigFraction[]> out = new ArrayList<>();
    for (int f = 0; f < columns; f++) {
      if (isPivot[f]) continue;
      BigFraction[] v = new BigFraction[columns];
      java.util.Arrays.fill(v, BigFraction.ZERO);
      v[f] = BigFraction.ONE;
      for (int i = 0; i < pivots.size(); i++) v[pivots.get(i)] = rows[i][f].negate();
      out.add(v);
    }
    return out;
  }
}
