package dev.discover.core.classify;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fraction-free row operations on sparse rows of parameter polynomials (column to entry), entries kept in
 * normal form modulo the conditions' equations and zero entries dropped. Eliminating column c of a row with a
 * pivot row uses the cofactors of gcd(pivot, entry), so entries grow as little as exact elimination allows;
 * a row is divided by the gcd of its entries only where that gcd is known to be nonzero.
 */
final class RowOps {
  private RowOps() {}

  /** A pivot choice: the row index and the column. */
  record Pivot(int row, int col) {}

  /** (p/g) row - (q/g) pivotRow with p, q the entries at col and g their gcd: col is eliminated from row. */
  static TreeMap<Integer, GenPolynomial<BigRational>> combine(Map<Integer, GenPolynomial<BigRational>> row,
      Map<Integer, GenPolynomial<BigRational>> pivotRow, int col, Conditions c) {
    GenPolynomial<BigRational> p = pivotRow.get(col);
    GenPolynomial<BigRational> q = row.get(col);
    GenPolynomial<BigRational> g = p.isConstant() || q.isConstant() ? c.ring().one() : c.ring().gcd(p, q);
    GenPolynomial<BigRational> a = g.isONE() ? p : p.divide(g);
    GenPolynomial<BigRational> b = g.isONE() ? q : q.divide(g);
    TreeMap<Integer, GenPolynomial<BigRational>> out = new TreeMap<>();
    for (Map.Entry<Integer, GenPolynomial<BigRational>> e : row.entrySet()) {
      if (e.getKey() == col) continue;
      out.put(e.getKey(), a.isONE() ? e.getValue() : e.getValue().multiply(a));
    }
    for (Map.Entry<Integer, GenPolynomial<BigRational>> e : pivotRow.entrySet()) {
      if (e.getKey() == col) continue;
      out.merge(e.getKey(), e.getValue().multiply(b).negate(), GenPolynomial::sum);
    }
    List<Integer> zero = new ArrayList<>();
    for (Map.Entry<Integer, GenPolynomial<BigRational>> e : out.entrySet()) {
      GenPolynomial<BigRational> v = c.reduceCombination(e.getValue());
      if (v.isZERO()) zero.add(e.getKey()); else e.setValue(v);
    }
    zero.forEach(out::remove);
    normalise(out, c);
    return out;
  }

  /** Divides a row by the gcd of its entries where that is known nonzero, then by a rational so the first entry is monic. */
  static void normalise(TreeMap<Integer, GenPolynomial<BigRational>> row, Conditions c) {
    if (row.isEmpty()) return;
    GenPolynomial<BigRational> g = c.ring().zero();
    boolean constant = false;
    for (GenPolynomial<BigRational> v : row.values()) {
      if (v.isConstant()) { constant = true; break; }
    }
    if (!constant) {
      for (GenPolynomial<BigRational> v : row.values()) {
        g = c.ring().gcd(g, v);
        if (g.isConstant()) break;
      }
      GenPolynomial<BigRational> gg = g;
      if (!gg.isConstant() && c.surelyNonzero(gg)) row.replaceAll((k, v) -> v.divide(gg));
    }
    BigRational lead = row.firstEntry().getValue().leadingBaseCoefficient();
    if (!lead.isONE()) {
      BigRational inv = lead.inverse();
      row.replaceAll((k, v) -> v.multiply(inv));
    }
  }

  /** Column counts of the rows. */
  static Map<Integer, Integer> columnCounts(List<? extends Map<Integer, GenPolynomial<BigRational>>> rows) {
    Map<Integer, Integer> out = new java.util.HashMap<>();
    for (Map<Integer, GenPolynomial<BigRational>> r : rows) for (Integer k : r.keySet()) out.merge(k, 1, Integer::sum);
    return out;
  }

  /**
   * The cheapest pivot among entries that are nonzero constants, else among entries that {@code usable}
   * accepts, by fill-in (Markowitz count) then size; empty when none.
   */
  static java.util.Optional<Pivot> choose(List<? extends Map<Integer, GenPolynomial<BigRational>>> rows,
      java.util.function.Predicate<GenPolynomial<BigRational>> usable) {
    Map<Integer, Integer> counts = columnCounts(rows);
    Pivot best = null;
    long bestCost = Long.MAX_VALUE;
    for (int pass = 0; pass < 2 && best == null; pass++) {
      for (int r = 0; r < rows.size(); r++) {
        Map<Integer, GenPolynomial<BigRational>> row = rows.get(r);
        for (Map.Entry<Integer, GenPolynomial<BigRational>> e : row.entrySet()) {
          GenPolynomial<BigRational> v = e.getValue();
          if (pass == 0 ? !v.isConstant() : !usable.test(v)) continue;
          long cost = (long) (row.size() - 1) * (counts.get(e.getKey()) - 1);
          if (pass == 1) cost = cost + 1_000_000L * (v.degree() * 64 + v.length());
          if (cost < bestCost) { bestCost = cost; best = new Pivot(r, e.getKey()); }
        }
      }
    }
    return java.util.Optional.ofNullable(best);
  }
}
