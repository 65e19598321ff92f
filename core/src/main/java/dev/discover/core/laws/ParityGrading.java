package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.Manifold;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign symmetries of a system: sets S of variables such that flipping the sign of every variable in S maps the
 * system to itself up to a sign per equation. They are the gradings of {@link Grading} taken modulo 2: weights
 * w in {0, 1}^n and a shift s with every right-hand side f_i of weight w_i + s (mod 2) and every constraint
 * homogeneous mod 2. The group they generate acts on the (then invariant) manifold, the Lie derivative maps
 * monomials of parity g to functions of parity g + s, and functions of distinct parities are linearly
 * independent (the group's projections separate them), so every weight block splits further by parity. In the
 * fluid systems the reflections of one coordinate axis are such symmetries. Solved by Gaussian elimination over
 * GF(2) on the same conditions as the integer gradings.
 */
final class ParityGrading {
  private ParityGrading() {}

  /** The basis indices of {@code block} grouped by parity, in the order of their first member. */
  static List<int[]> split(int[] block, Basis basis, List<BitSet> parities) {
    if (parities.isEmpty()) return List.of(block);
    Map<BitSet, List<Integer>> groups = new LinkedHashMap<>();
    for (int j : block) {
      int[] e = basis.term(j).exponents();
      BitSet key = new BitSet();
      for (int k = 0; k < parities.size(); k++) {
        BitSet w = parities.get(k);
        int s = 0;
        for (int i = w.nextSetBit(0); i >= 0; i = w.nextSetBit(i + 1)) s += e[i];
        if ((s & 1) != 0) key.set(k);
      }
      groups.computeIfAbsent(key, q -> new ArrayList<>()).add(j);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) out.add(g.stream().mapToInt(Integer::intValue).toArray());
    return out;
  }

  /**
   * A basis of the parity weight vectors (each the set of variables it flips); empty when the basis has a
   * function that is not a monomial or the system is not rational.
   */
  static List<BitSet> parities(DynamicalSystem sys, Manifold manifold, Basis basis) {
    if (!basis.isPolynomial() || !sys.isRational()) return List.of();
    int n = sys.dimension();
    List<BitSet> rows = new ArrayList<>();
    List<RationalFunction> f = sys.rationalRhs();
    for (int i = 0; i < n; i++) {
      RationalFunction r = f.get(i);
      if (r.num().isZero()) continue;
      BitSet d0 = homogeneous(r.den(), n, rows);
      for (List<Integer> m : r.num().termMap().keySet()) {
        // w.(m - d0 - e_i) + s = 0 (mod 2); column n holds s
        BitSet row = parity(m);
        row.xor(d0);
        row.flip(i);
        row.set(n);
        rows.add(row);
      }
    }
    for (Poly c : manifold.constraints()) homogeneous(c, n, rows);
    List<BitSet> out = new ArrayList<>();
    for (BitSet v : nullSpace(rows, n + 1)) {
      BitSet w = v.get(0, n);
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  /** Adds the conditions that all monomials of p have one parity; returns the parity of the first. */
  private static BitSet homogeneous(Poly p, int n, List<BitSet> rows) {
    BitSet first = null;
    for (List<Integer> m : p.termMap().keySet()) {
      BitSet b = parity(m);
      if (first == null) { first = b; continue; }
      b.xor(first);
      if (!b.isEmpty()) rows.add(b);
    }
    return first == null ? new BitSet(n) : first;
  }

  private static BitSet parity(List<Integer> exponents) {
    BitSet b = new BitSet(exponents.size());
    for (int i = 0; i < exponents.size(); i++) if ((exponents.get(i) & 1) != 0) b.set(i);
    return b;
  }

  /** A basis of {x in GF(2)^columns : row . x = 0 for every row}. */
  static List<BitSet> nullSpace(List<BitSet> input, int columns) {
    List<BitSet> rows = new ArrayList<>();
    for (BitSet r : input) rows.add((BitSet) r.clone());
    List<Integer> pivots = new ArrayList<>();
    int rank = 0;
    for (int c = 0; c < columns && rank < rows.size(); c++) {
      int sel = -1;
      for (int i = rank; i < rows.size(); i++) if (rows.get(i).get(c)) { sel = i; break; }
      if (sel < 0) continue;
      BitSet pr = rows.get(sel);
      rows.set(sel, rows.get(rank));
      rows.set(rank, pr);
      for (int i = 0; i < rows.size(); i++) if (i != rank && rows.get(i).get(c)) rows.get(i).xor(pr);
      pivots.add(c);
      rank++;
    }
    List<BitSet> out = new ArrayList<>();
    for (int f = 0; f < columns; f++) {
      if (pivots.contains(f)) continue;
      BitSet v = new BitSet(columns);
      v.set(f);
      for (int i = 0; i < pivots.size(); i++) if (rows.get(i).get(f)) v.set(pivots.get(i));
      out.add(v);
    }
    return out;
  }
}
