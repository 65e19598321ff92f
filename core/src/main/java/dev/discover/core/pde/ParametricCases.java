package dev.discover.core.pde;

import edu.jas.arith.BigRational;
import edu.jas.gb.GroebnerBaseSeq;
import edu.jas.gb.ReductionSeq;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.poly.TermOrder;
import edu.jas.ufd.FactorAbstract;
import edu.jas.ufd.FactorFactory;
import edu.jas.ufd.GCDFactory;
import edu.jas.ufd.GreatestCommonDivisor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hipparchus.fraction.BigFraction;

/**
 * Solves the Euler-operator system when its entries are polynomials in symbolic parameters: a comprehensive
 * Gaussian elimination over Q[p]. Where a pivot candidate is not a nonzero constant, the computation splits
 * into one case per irreducible factor vanishing (added to the conditions, kept as a Groebner basis, JAS) and
 * one where none does (added to the inequations). Each consistent case ends with its rank and a polynomial
 * basis of its null space: the densities that exist exactly under its conditions.
 */
final class ParametricCases {
  /** A case: conditions (a Groebner basis), inequations, and the densities of the null space. */
  record Branch(List<GenPolynomial<BigRational>> conditions, List<GenPolynomial<BigRational>> inequations,
      List<DiffPoly> densities) {}

  private static final int MAX_BRANCHES = 4096;

  static {
    // JAS's factorisation races gcd algorithms on a thread pool (GCDProxy.invokeAny), which was seen to block
    // for minutes on a loaded machine and leaves pool threads behind; the sequential algorithms are enough here.
    edu.jas.kern.ComputerThreads.NO_THREADS = true;
  }
  private final Setup s;
  private final GenPolynomialRing<BigRational> ring;
  private final int[] paramIds;
  private final int[] expIndex;
  private final FactorAbstract<BigRational> factor = FactorFactory.getImplementation(new BigRational());
  private final GreatestCommonDivisor<BigRational> gcd = GCDFactory.getImplementation(new BigRational());
  private final GroebnerBaseSeq<BigRational> gb = new GroebnerBaseSeq<>();
  private final ReductionSeq<BigRational> red = new ReductionSeq<>();
  private int branches;

  ParametricCases(Setup s) {
    this.s = s;
    List<String> names = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    for (int p = 0; p < s.coefficient.length; p++) {
      if (s.coefficient[p]) { names.add(s.jets.params().get(p)); ids.add(s.jets.param(p)); }
    }
    List<String> reversed = new ArrayList<>(names);
    java.util.Collections.reverse(reversed);
    // JAS's INVLEX with the names reversed is lexicographic with the first parameter of the file leading.
    ring = new GenPolynomialRing<>(new BigRational(), reversed.toArray(new String[0]), new TermOrder(TermOrder.INVLEX));
    paramIds = ids.stream().mapToInt(Integer::intValue).toArray();
    expIndex = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      ExpVector e = ring.univariate(names.get(i)).leadingExpVector();
      for (int k = 0; k < e.length(); k++) if (e.getVal(k) == 1) expIndex[i] = k;
    }
  }

  private record State(List<GenPolynomial<BigRational>[]> pivotRows, List<Integer> pivotCols, List<GenPolynomial<BigRational>[]> rest,
      List<GenPolynomial<BigRational>> g, List<GenPolynomial<BigRational>> n) {}

  /** Every consistent case of the system with a nonzero null space. */
  List<Branch> solve(EulerSystem sys) {
    List<GenPolynomial<BigRational>[]> rows = new ArrayList<>();
    for (List<Map<DiffPoly.Mono, BigFraction>> r : sys.rows) {
      @SuppressWarnings("unchecked")
      GenPolynomial<BigRational>[] row = new GenPolynomial[r.size()];
      for (int c = 0; c < r.size(); c++) row[c] = toJas(r.get(c));
      rows.add(row);
    }
    List<Branch> out = new ArrayList<>();
    branches = 0;
    run(new State(new ArrayList<>(), new ArrayList<>(), rows, List.of(), List.of()), sys.columns, out);
    return out;
  }

  private void run(State st, List<DiffPoly.Mono> cols, List<Branch> out) {
    if (++branches > MAX_BRANCHES) throw new IllegalStateException("the parametric elimination split into more than " + MAX_BRANCHES + " cases");
    List<GenPolynomial<BigRational>[]> rest = new ArrayList<>();
    for (GenPolynomial<BigRational>[] r : st.rest()) {
      reduceRow(r, st.g());
      if (!isZero(r)) rest.add(r);
    }
    for (GenPolynomial<BigRational>[] r : st.pivotRows()) reduceRow(r, st.g());
    if (rest.isEmpty()) { finish(st, cols, out); return; }
    int br = -1, bc = -1;
    long best = Long.MAX_VALUE;
    for (int i = 0; i < rest.size() && best > 0; i++) {
      for (int c = 0; c < cols.size(); c++) {
        GenPolynomial<BigRational> e = rest.get(i)[c];
        if (e.isZERO()) continue;
        long cost = e.isConstant() ? 0 : 2 + 100L * e.degree() + e.length();
        if (cost < best) { best = cost; br = i; bc = c; }
        if (cost == 0) break;
      }
    }
    if (best > 0) {
      for (int i = 0; i < rest.size() && best > 1; i++) {
        for (int c = 0; c < cols.size(); c++) {
          GenPolynomial<BigRational> e = rest.get(i)[c];
          if (!e.isZERO() && knownNonzero(e, st.n())) { best = 1; br = i; bc = c; break; }
        }
      }
    }
    GenPolynomial<BigRational> e = rest.get(br)[bc];
    List<GenPolynomial<BigRational>> n = new ArrayList<>(st.n());
    if (best >= 2) {
      List<GenPolynomial<BigRational>> fs = new ArrayList<>();
      for (GenPolynomial<BigRational> f : factors(e)) if (!knownNonzero(f, n)) fs.add(f);
      for (int k = 0; k < fs.size(); k++) {
        List<GenPolynomial<BigRational>> g2 = new ArrayList<>(st.g());
        g2.add(fs.get(k));
        g2 = gb.GB(g2);
        List<GenPolynomial<BigRational>> n2 = new ArrayList<>(n);
        n2.addAll(fs.subList(0, k));
        if (consistent(g2, n2)) run(new State(copy(st.pivotRows()), new ArrayList<>(st.pivotCols()), copy(rest), g2, n2), cols, out);
      }
      n.addAll(fs);
      if (!consistent(st.g(), n)) return;
    }
    GenPolynomial<BigRational>[] pr = rest.remove(br);
    List<GenPolynomial<BigRational>[]> pivots = new ArrayList<>(st.pivotRows());
    for (List<GenPolynomial<BigRational>[]> group : List.of(rest, pivots)) {
      for (GenPolynomial<BigRational>[] r : group) {
        GenPolynomial<BigRational> a = r[bc];
        if (a.isZERO()) continue;
        for (int c = 0; c < r.length; c++) r[c] = r[c].multiply(e).subtract(pr[c].multiply(a));
        primitive(r);
      }
    }
    pivots.add(pr);
    List<Integer> pc = new ArrayList<>(st.pivotCols());
    pc.add(bc);
    run(new State(pivots, pc, rest, st.g(), n), cols, out);
  }

  private void finish(State st, List<DiffPoly.Mono> cols, List<Branch> out) {
    int m = cols.size();
    List<DiffPoly> densities = new ArrayList<>();
    for (int f = 0; f < m; f++) {
      if (st.pivotCols().contains(f)) continue;
      @SuppressWarnings("unchecked")
      GenPolynomial<BigRational>[] v = new GenPolynomial[m];
      for (int c = 0; c < m; c++) v[c] = ring.getZERO();
      v[f] = ring.getONE();
      for (int i = 0; i < st.pivotRows().size(); i++) {
        GenPolynomial<BigRational> a = st.pivotRows().get(i)[f];
        if (a.isZERO()) continue;
        GenPolynomial<BigRational> e = st.pivotRows().get(i)[st.pivotCols().get(i)];
        for (int c = 0; c < m; c++) v[c] = v[c].multiply(e);
        v[st.pivotCols().get(i)] = a.negate().multiply(v[f]).divide(e);
      }
      reduceRow(v, st.g());
      GenPolynomial<BigRational> g = ring.getZERO();
      for (GenPolynomial<BigRational> x : v) g = gcd.gcd(g, x);
      if (!g.isZERO() && !g.isConstant()) for (int c = 0; c < m; c++) v[c] = v[c].divide(g);
      DiffPoly.Builder b = new DiffPoly.Builder();
      for (int c = 0; c < m; c++) b.add(fromJas(v[c]).mul(DiffPoly.of(cols.get(c), BigFraction.ONE)), BigFraction.ONE);
      DiffPoly rho = b.build();
      if (!rho.isZero()) densities.add(rho);
    }
    if (!densities.isEmpty()) out.add(new Branch(st.g(), st.n(), densities));
  }

  private boolean consistent(List<GenPolynomial<BigRational>> g, List<GenPolynomial<BigRational>> n) {
    for (GenPolynomial<BigRational> x : g) if (x.isConstant() && !x.isZERO()) return false;
    for (GenPolynomial<BigRational> x : n) if (red.normalform(g, x).isZERO()) return false;
    return true;
  }

  private final Map<GenPolynomial<BigRational>, List<GenPolynomial<BigRational>>> factorCache = new java.util.HashMap<>();

  /** The distinct monic irreducible non-constant factors. */
  private List<GenPolynomial<BigRational>> factors(GenPolynomial<BigRational> e) {
    return factorCache.computeIfAbsent(e.monic(), m -> {
      List<GenPolynomial<BigRational>> out = new ArrayList<>();
      for (GenPolynomial<BigRational> f : factor.factors(m).keySet()) if (!f.isConstant()) out.add(f.monic());
      return out;
    });
  }

  private boolean knownNonzero(GenPolynomial<BigRational> e, List<GenPolynomial<BigRational>> n) {
    if (e.isConstant()) return !e.isZERO();
    for (GenPolynomial<BigRational> x : n) if (x.equals(e.monic())) return true;
    if (e.degree() > 8) return false;
    return n.containsAll(factors(e));
  }

  private void reduceRow(GenPolynomial<BigRational>[] r, List<GenPolynomial<BigRational>> g) {
    if (g.isEmpty()) return;
    for (int c = 0; c < r.length; c++) r[c] = red.normalform(g, r[c]);
  }

  private static boolean isZero(GenPolynomial<BigRational>[] r) {
    for (GenPolynomial<BigRational> x : r) if (!x.isZERO()) return false;
    return true;
  }

  /** Divides a row by the rational content of its first nonzero entry's leading coefficient. */
  private static void primitive(GenPolynomial<BigRational>[] r) {
    for (GenPolynomial<BigRational> x : r) {
      if (x.isZERO()) continue;
      BigRational lc = x.leadingBaseCoefficient();
      for (int c = 0; c < r.length; c++) r[c] = r[c].divide(lc);
      return;
    }
  }

  private static List<GenPolynomial<BigRational>[]> copy(List<GenPolynomial<BigRational>[]> rows) {
    List<GenPolynomial<BigRational>[]> out = new ArrayList<>();
    for (GenPolynomial<BigRational>[] r : rows) out.add(r.clone());
    return out;
  }

  private GenPolynomial<BigRational> toJas(Map<DiffPoly.Mono, BigFraction> entry) {
    GenPolynomial<BigRational> acc = ring.getZERO();
    for (Map.Entry<DiffPoly.Mono, BigFraction> t : entry.entrySet()) {
      long[] e = new long[paramIds.length];
      DiffPoly.Mono m = t.getKey();
      for (int k = 0; k < m.size(); k++) for (int i = 0; i < paramIds.length; i++) if (paramIds[i] == m.id(k)) e[expIndex[i]]++;
      BigFraction c = t.getValue();
      acc = acc.sum(new BigRational(new edu.jas.arith.BigInteger(c.getNumerator()), new edu.jas.arith.BigInteger(c.getDenominator())),
          ExpVector.create(e));
    }
    return acc;
  }

  private DiffPoly fromJas(GenPolynomial<BigRational> p) {
    DiffPoly.Builder b = new DiffPoly.Builder();
    for (Monomial<BigRational> t : p) {
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < paramIds.length; i++) for (long k = 0; k < t.exponent().getVal(expIndex[i]); k++) ids.add(paramIds[i]);
      b.add(DiffPoly.Mono.of(ids.stream().mapToInt(Integer::intValue).toArray()),
          new BigFraction(t.coefficient().numerator(), t.coefficient().denominator()));
    }
    return b.build();
  }

  /** Reduces the parameter coefficients of a differential polynomial modulo the case's conditions. */
  UnaryOperator<DiffPoly> reducer(Branch b) {
    if (b.conditions().isEmpty()) return UnaryOperator.identity();
    return p -> {
      Map<DiffPoly.Mono, Map<DiffPoly.Mono, BigFraction>> byRest = new java.util.LinkedHashMap<>();
      for (Map.Entry<DiffPoly.Mono, BigFraction> t : p.terms().entrySet()) {
        List<Integer> q = new ArrayList<>(), rest = new ArrayList<>();
        DiffPoly.Mono m = t.getKey();
        for (int k = 0; k < m.size(); k++) (isCoefficient(m.id(k)) ? q : rest).add(m.id(k));
        byRest.computeIfAbsent(DiffPoly.Mono.of(rest.stream().mapToInt(Integer::intValue).toArray()), x -> new java.util.LinkedHashMap<>())
            .merge(DiffPoly.Mono.of(q.stream().mapToInt(Integer::intValue).toArray()), t.getValue(), BigFraction::add);
      }
      DiffPoly.Builder out = new DiffPoly.Builder();
      for (Map.Entry<DiffPoly.Mono, Map<DiffPoly.Mono, BigFraction>> e : byRest.entrySet()) {
        out.add(fromJas(red.normalform(b.conditions(), toJas(e.getValue()))).mul(DiffPoly.of(e.getKey(), BigFraction.ONE)), BigFraction.ONE);
      }
      return out.build();
    };
  }

  private boolean isCoefficient(int id) {
    for (int x : paramIds) if (x == id) return true;
    return false;
  }

  /**
   * Polynomials as expressions in the system-file syntax, terms in lexicographic order (parameters in file
   * order), integer coefficients without a common factor, leading coefficient positive: {@code 10*a - 3*c^2}.
   */
  List<String> texts(List<GenPolynomial<BigRational>> ps) {
    List<String> out = new ArrayList<>();
    for (GenPolynomial<BigRational> p : ps) out.add(text(p));
    return out;
  }

  String text(GenPolynomial<BigRational> p) {
    if (p.isZERO()) return "0";
    BigInteger l = BigInteger.ONE, g = BigInteger.ZERO;
    for (Monomial<BigRational> t : p) l = l.divide(l.gcd(t.coefficient().denominator())).multiply(t.coefficient().denominator());
    for (Monomial<BigRational> t : p) g = g.gcd(t.coefficient().numerator().multiply(l).divide(t.coefficient().denominator()));
    BigFraction scale = new BigFraction(l, g);
    if (p.leadingBaseCoefficient().signum() < 0) scale = scale.negate();
    StringBuilder b = new StringBuilder();
    for (Monomial<BigRational> t : p) {
      BigFraction c = new BigFraction(t.coefficient().numerator(), t.coefficient().denominator()).multiply(scale);
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < paramIds.length; i++) for (long k = 0; k < t.exponent().getVal(expIndex[i]); k++) ids.add(paramIds[i]);
      String mono = Texts.plainMono(s.jets, DiffPoly.Mono.of(ids.stream().mapToInt(Integer::intValue).toArray()));
      BigFraction a = c.abs();
      b.append(b.length() == 0 ? (c.signum() < 0 ? "-" : "") : c.signum() < 0 ? " - " : " + ");
      if (mono.isEmpty()) b.append(Texts.num(a));
      else b.append(a.equals(BigFraction.ONE) ? "" : Texts.num(a) + "*").append(mono);
    }
    return b.toString();
  }
}
