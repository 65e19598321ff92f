package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.Manifold;
import dev.discover.sparse.FractionMatrix;
import dev.discover.sparse.IntegerScaling;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/**
 * Weight gradings under which a system is quasi-homogeneous: integer weights w on the variables and a shift s
 * with every right-hand side f_i of weight w_i + s and every constraint homogeneous. The Lie derivative then
 * maps monomials of weight g to functions of weight g + s, so Lie derivatives of different weights are
 * linearly independent and the null space splits into one block per weight: much smaller eliminations.
 * (In the fluid systems, positions weigh 0 and velocities 1.) Found by solving the linear conditions exactly;
 * finding none leaves a single block.
 */
final class Grading {
  private Grading() {}

  /** Groups of basis indices with equal weight vectors; one group holding everything when no grading exists. */
  static List<int[]> blocks(DynamicalSystem sys, Manifold manifold, Basis basis) {
    List<int[]> weights = weights(sys, manifold, basis);
    Map<List<Long>, List<Integer>> groups = new LinkedHashMap<>();
    for (int j = 0; j < basis.size(); j++) {
      int[] e = basis.term(j).exponents();
      List<Long> key = new ArrayList<>();
      for (int[] w : weights) {
        long g = 0;
        for (int i = 0; i < e.length; i++) g += (long) w[i] * e[i];
        key.add(g);
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) out.add(g.stream().mapToInt(Integer::intValue).toArray());
    return out;
  }

  private static List<int[]> weights(DynamicalSystem sys, Manifold manifold, Basis basis) {
    if (!basis.isPolynomial() || !sys.isRational()) return List.of();
    int n = sys.dimension();
    Set<List<BigFraction>> rows = new HashSet<>();
    List<RationalFunction> f = sys.rationalRhs();
    for (int i = 0; i < n; i++) {
      RationalFunction r = f.get(i);
      if (r.num().isZero()) continue;
      int[] d0 = homogeneous(r.den(), n, rows);
      for (List<Integer> m : r.num().termMap().keySet()) {
        // w.(m - d0 - e_i) - s = 0
        List<BigFraction> row = new ArrayList<>();
        for (int k = 0; k < n; k++) row.add(new BigFraction(m.get(k) - d0[k] - (k == i ? 1 : 0)));
        row.add(BigFraction.MINUS_ONE);
        rows.add(row);
      }
    }
    for (Poly c : manifold.constraints()) homogeneous(c, n, rows);
    if (rows.isEmpty()) return List.of();
    BigFraction[][] a = new BigFraction[rows.size()][];
    int r = 0;
    for (List<BigFraction> row : rows) a[r++] = row.toArray(new BigFraction[0]);
    List<int[]> out = new ArrayList<>();
    for (BigFraction[] v : FractionMatrix.nullSpace(a, n + 1)) {
      BigInteger[] ints = IntegerScaling.integers(v);
      int[] w = new int[n];
      boolean nonzero = false;
      for (int k = 0; k < n; k++) {
        BigInteger val = ints[k];
        if (val.bitLength() > 30) return List.of();
        w[k] = val.intValue();
        nonzero |= w[k] != 0;
      }
      if (nonzero) out.add(w);
    }
    return out;
  }

  /** Adds the conditions that all monomials of p have one weight; returns the first monomial's exponents. */
  private static int[] homogeneous(Poly p, int n, Set<List<BigFraction>> rows) {
    int[] first = null;
    for (List<Integer> m : p.termMap().keySet()) {
      if (first == null) {
        first = m.stream().mapToInt(Integer::intValue).toArray();
        continue;
      }
      List<BigFraction> row = new ArrayList<>();
      for (int k = 0; k < n; k++) row.add(new BigFraction(m.get(k) - first[k]));
      row.add(BigFraction.ZERO);
      rows.add(row);
    }
    return first == null ? new int[n] : first;
  }
}
