package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.symbolic.Exprs;
import java.util.Arrays;
import java.util.Comparator;

/**
 * How complex each basis function is, for pivoting: an order of the basis from most to least complex (degree,
 * then number of variables, then later first), and the degree of a coefficient vector.
 */
final class Complexity {
  private final Basis basis;
  private final int[] mostComplexFirst;
  private final int[] rankOf;

  Complexity(Basis basis) {
    this.basis = basis;
    Integer[] idx = new Integer[basis.size()];
    for (int j = 0; j < idx.length; j++) idx[j] = j;
    Arrays.sort(idx, Comparator.<Integer>comparingInt(j -> basis.term(j).degree())
        .thenComparingInt(j -> variableCount(basis.term(j)))
        .thenComparingInt(j -> j).reversed());
    this.mostComplexFirst = Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    this.rankOf = new int[idx.length];
    for (int c = 0; c < idx.length; c++) rankOf[mostComplexFirst[c]] = c;
  }

  /** Basis indices from most to least complex. */
  int[] mostComplexFirst() { return mostComplexFirst.clone(); }

  /** Basis indices from least to most complex. */
  int[] simplestFirst() {
    int n = mostComplexFirst.length;
    int[] out = new int[n];
    for (int c = 0; c < n; c++) out[c] = mostComplexFirst[n - 1 - c];
    return out;
  }

  /** The position of basis function j in {@link #mostComplexFirst}. */
  int rank(int j) { return rankOf[j]; }

  /** The given columns sorted most complex first. */
  int[] sorted(int[] columns) {
    return Arrays.stream(columns).boxed().sorted(Comparator.comparingInt(j -> rankOf[j])).mapToInt(Integer::intValue).toArray();
  }

  /** The highest degree of a basis function with a nonzero coefficient. */
  int degree(long[] v) {
    int d = 0;
    for (int j = 0; j < v.length; j++) if (v[j] != 0) d = Math.max(d, basis.term(j).degree());
    return d;
  }

  /** The highest degree of a basis function with a nonzero coefficient. */
  int degree(double[] v) {
    int d = 0;
    for (int j = 0; j < v.length; j++) if (v[j] != 0) d = Math.max(d, basis.term(j).degree());
    return d;
  }

  /** The position of v's most complex nonzero entry in {@link #mostComplexFirst}. */
  int firstRank(long[] v) {
    for (int c = 0; c < mostComplexFirst.length; c++) if (v[mostComplexFirst[c]] != 0) return c;
    return mostComplexFirst.length;
  }

  private static int variableCount(Basis.Term t) {
    if (!t.isMonomial()) return Exprs.names(t.expression()).size();
    int c = 0;
    for (int x : t.exponents()) if (x != 0) c++;
    return c;
  }
}
