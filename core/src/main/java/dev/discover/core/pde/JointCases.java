package dev.discover.core.pde;

import edu.jas.arith.BigRational;
import edu.jas.gb.GroebnerBaseSeq;
import edu.jas.gb.ReductionSeq;
import edu.jas.poly.GenPolynomial;
import edu.jas.ufd.FactorAbstract;
import edu.jas.ufd.FactorFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hipparchus.fraction.BigFraction;

/**
 * Where the cases of several ranks meet: the parameter values at which densities of two or more ranks exist
 * at once (for the fifth-order KdV family, the Lax, Sawada-Kotera and Kaup-Kupershmidt equations). Intersects
 * the conditions of cases of distinct ranks (Groebner bases, JAS), splits each intersection into components by
 * factoring its basis elements, and keeps for every component the set of all ranks whose conditions it
 * satisfies, dropping components that add no rank to a larger one.
 */
final class JointCases {
  /** A case of the parametric elimination at one rank. */
  record Ranked(BigFraction rank, ParametricCases.Branch branch) {}

  /** A component: conditions (a Groebner basis) and the ranks with densities there. */
  record Component(List<GenPolynomial<BigRational>> conditions, List<GenPolynomial<BigRational>> inequations, TreeSet<BigFraction> ranks) {}

  private final FactorAbstract<BigRational> factor = FactorFactory.getImplementation(new BigRational());
  private final GroebnerBaseSeq<BigRational> gb = new GroebnerBaseSeq<>();
  private final ReductionSeq<BigRational> red = new ReductionSeq<>();

  List<Component> of(List<Ranked> cases) {
    Map<String, Component> comps = new LinkedHashMap<>();
    int n = Math.min(cases.size(), 16);
    for (int mask = 1; mask < (1 << n); mask++) {
      if (Integer.bitCount(mask) < 2) continue;
      List<GenPolynomial<BigRational>> g = new ArrayList<>(), neq = new ArrayList<>();
      TreeSet<BigFraction> ranks = new TreeSet<>();
      boolean distinct = true;
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) == 0) continue;
        distinct &= ranks.add(cases.get(i).rank());
        g.addAll(cases.get(i).branch().conditions());
        neq.addAll(cases.get(i).branch().inequations());
      }
      if (!distinct) continue;
      for (List<GenPolynomial<BigRational>> c0 : decompose(gb.GB(g), 0)) {
        List<GenPolynomial<BigRational>> c = new ArrayList<>(c0);
        c.sort(java.util.Comparator.comparing(GenPolynomial::toString));
        if (!consistent(c, neq)) continue;
        comps.putIfAbsent(c.toString(), new Component(c, neq, ranksOf(c, cases)));
      }
    }
    List<Component> out = new ArrayList<>();
    for (Component c : comps.values()) {
      if (c.ranks().size() < 2) continue;
      boolean redundant = false;
      for (Component d : comps.values()) {
        if (d == c || !d.ranks().containsAll(c.ranks())) continue;
        boolean contained = true;
        for (GenPolynomial<BigRational> x : d.conditions()) contained &= red.normalform(c.conditions(), x).isZERO();
        boolean same = d.ranks().equals(c.ranks()) && d.conditions().size() == c.conditions().size() && contained;
        redundant |= contained && !same;
      }
      if (!redundant) out.add(c);
    }
    return out;
  }

  private TreeSet<BigFraction> ranksOf(List<GenPolynomial<BigRational>> c, List<Ranked> cases) {
    TreeSet<BigFraction> ranks = new TreeSet<>();
    for (Ranked r : cases) {
      boolean holds = true;
      for (GenPolynomial<BigRational> x : r.branch().conditions()) holds &= red.normalform(c, x).isZERO();
      for (GenPolynomial<BigRational> x : r.branch().inequations()) holds &= !red.normalform(c, x).isZERO();
      if (holds) ranks.add(r.rank());
    }
    return ranks;
  }

  /** Splits an ideal where a basis element factors: one component per irreducible factor. */
  private List<List<GenPolynomial<BigRational>>> decompose(List<GenPolynomial<BigRational>> g, int depth) {
    List<List<GenPolynomial<BigRational>>> out = new ArrayList<>();
    if (depth < 8) {
      for (GenPolynomial<BigRational> x : g) {
        if (x.isConstant()) continue;
        List<GenPolynomial<BigRational>> fs = new ArrayList<>();
        for (GenPolynomial<BigRational> f : factor.factors(x).keySet()) if (!f.isConstant()) fs.add(f);
        if (fs.size() < 2 && factor.factors(x).values().stream().allMatch(e -> e == 1)) continue;
        for (GenPolynomial<BigRational> f : fs) {
          List<GenPolynomial<BigRational>> h = new ArrayList<>(g);
          h.remove(x);
          h.add(f);
          out.addAll(decompose(gb.GB(h), depth + 1));
        }
        return out;
      }
    }
    out.add(g);
    return out;
  }

  private boolean consistent(List<GenPolynomial<BigRational>> g, List<GenPolynomial<BigRational>> neq) {
    for (GenPolynomial<BigRational> x : g) if (x.isConstant() && !x.isZERO()) return false;
    for (GenPolynomial<BigRational> x : neq) if (red.normalform(g, x).isZERO()) return false;
    return true;
  }
}
