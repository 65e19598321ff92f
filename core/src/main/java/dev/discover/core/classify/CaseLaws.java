package dev.discover.core.classify;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The law space at a generic point of a case: Gauss-Jordan elimination of the parametric matrix modulo the
 * case's equations, any entry with a nonzero normal form serving as pivot (it is nonzero on a dense open part
 * of the case), then one null vector per free column with polynomial coefficients (denominators cleared).
 */
final class CaseLaws {
  private CaseLaws() {}

  /** The null space: vectors (column to coefficient), one per free column, and the pivots assumed nonzero. */
  record NullSpace(List<TreeMap<Integer, GenPolynomial<BigRational>>> vectors, List<GenPolynomial<BigRational>> pivots) {}

  static NullSpace nullSpace(ParametricMatrix mat, Conditions c) {
    List<TreeMap<Integer, GenPolynomial<BigRational>>> active = new ArrayList<>();
    for (Map<Integer, GenPolynomial<BigRational>> r : mat.rows(c)) active.add(new TreeMap<>(r));
    List<TreeMap<Integer, GenPolynomial<BigRational>>> done = new ArrayList<>();
    List<Integer> doneCols = new ArrayList<>();
    List<GenPolynomial<BigRational>> assumed = new ArrayList<>();
    while (!active.isEmpty()) {
      RowOps.Pivot p = RowOps.choose(active, v -> true).orElseThrow();
      TreeMap<Integer, GenPolynomial<BigRational>> prow = active.get(p.row());
      if (!prow.get(p.col()).isConstant()) assumed.add(prow.get(p.col()));
      List<TreeMap<Integer, GenPolynomial<BigRational>>> next = new ArrayList<>();
      for (int r = 0; r < active.size(); r++) {
        if (r == p.row()) continue;
        TreeMap<Integer, GenPolynomial<BigRational>> row = active.get(r);
        TreeMap<Integer, GenPolynomial<BigRational>> nr = row.containsKey(p.col()) ? RowOps.combine(row, prow, p.col(), c) : row;
        if (!nr.isEmpty()) next.add(nr);
      }
      for (int k = 0; k < done.size(); k++) {
        if (done.get(k).containsKey(p.col())) done.set(k, RowOps.combine(done.get(k), prow, p.col(), c));
      }
      done.add(prow);
      doneCols.add(p.col());
      active = next;
    }
    List<TreeMap<Integer, GenPolynomial<BigRational>>> vectors = new ArrayList<>();
    java.util.Set<Integer> pivotCols = new java.util.HashSet<>(doneCols);
    for (int f = 0; f < mat.columnCount(); f++) {
      if (pivotCols.contains(f)) continue;
      GenPolynomial<BigRational> l = c.ring().one();
      for (int k = 0; k < done.size(); k++) {
        if (done.get(k).containsKey(f)) l = lcm(l, done.get(k).get(doneCols.get(k)), c.ring());
      }
      TreeMap<Integer, GenPolynomial<BigRational>> v = new TreeMap<>();
      v.put(f, l);
      for (int k = 0; k < done.size(); k++) {
        GenPolynomial<BigRational> e = done.get(k).get(f);
        if (e == null) continue;
        GenPolynomial<BigRational> coeff = c.reduce(e.multiply(l.divide(done.get(k).get(doneCols.get(k)))).negate());
        if (!coeff.isZERO()) v.put(doneCols.get(k), coeff);
      }
      v.replaceAll((k, x) -> c.reduce(x));
      v.values().removeIf(GenPolynomial::isZERO);
      RowOps.normalise(v, withAssumed(c, v));
      vectors.add(v);
    }
    return new NullSpace(vectors, assumed);
  }

  /** The conditions, treating the gcd of a null vector's entries as nonzero (a law divided by a constant). */
  private static Conditions withAssumed(Conditions c, TreeMap<Integer, GenPolynomial<BigRational>> v) {
    GenPolynomial<BigRational> g = c.ring().zero();
    for (GenPolynomial<BigRational> x : v.values()) g = c.ring().gcd(g, x);
    if (g.isConstant()) return c;
    return c.withNonzero(g).orElse(c);
  }

  private static GenPolynomial<BigRational> lcm(GenPolynomial<BigRational> a, GenPolynomial<BigRational> b, ParamRing r) {
    if (b.isConstant()) return a;
    if (a.isConstant()) return b.monic();
    return a.multiply(b.divide(r.gcd(a, b))).monic();
  }

  /** The rank of a set of vectors modulo the conditions, at a generic point of them. */
  static int rank(List<? extends Map<Integer, GenPolynomial<BigRational>>> vectors, Conditions c) {
    List<TreeMap<Integer, GenPolynomial<BigRational>>> rows = new ArrayList<>();
    for (Map<Integer, GenPolynomial<BigRational>> v : vectors) {
      TreeMap<Integer, GenPolynomial<BigRational>> r = new TreeMap<>();
      v.forEach((k, x) -> { GenPolynomial<BigRational> y = c.reduce(x); if (!y.isZERO()) r.put(k, y); });
      if (!r.isEmpty()) rows.add(r);
    }
    int rank = 0;
    while (!rows.isEmpty()) {
      RowOps.Pivot p = RowOps.choose(rows, v -> true).orElseThrow();
      TreeMap<Integer, GenPolynomial<BigRational>> prow = rows.get(p.row());
      List<TreeMap<Integer, GenPolynomial<BigRational>>> next = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (r == p.row()) continue;
        TreeMap<Integer, GenPolynomial<BigRational>> nr = rows.get(r).containsKey(p.col())
            ? RowOps.combine(rows.get(r), prow, p.col(), c) : rows.get(r);
        if (!nr.isEmpty()) next.add(nr);
      }
      rows = next;
      rank++;
    }
    return rank;
  }

  /** True when sum_j v_j * column_j reduces to zero modulo the case's equations: an exact check of the law. */
  static boolean verify(ParametricMatrix mat, Map<Integer, GenPolynomial<BigRational>> v, Conditions c) {
    Map<Integer, GenPolynomial<BigRational>> acc = new HashMap<>();
    v.forEach((j, x) -> mat.column(j).forEach((r, e) -> acc.merge(r, e.multiply(x), GenPolynomial::sum)));
    for (GenPolynomial<BigRational> s : acc.values()) if (!c.reduce(s).isZERO()) return false;
    return !v.isEmpty();
  }
}
