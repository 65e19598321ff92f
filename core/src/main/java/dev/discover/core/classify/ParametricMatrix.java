package dev.discover.core.classify;

import dev.discover.core.Basis;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.SystemSpec;
import dev.discover.io.InputException;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * The linear conditions on a law's coefficients, with entries polynomial in the symbolic parameters: column j
 * holds the coefficients of the monomials of x in den(x, a) * L_f b_j, where den is the product of the
 * right-hand sides' denominators. A combination sum_j c_j b_j is conserved at parameter values a (where den is
 * not identically zero) exactly when M(a) c = 0. Exact and sparse.
 */
final class ParametricMatrix {
  private final ParamRing ring;
  private final Basis basis;
  private final List<String> state;
  private final List<Map<Integer, GenPolynomial<BigRational>>> columns;
  private final int rows;
  private final List<List<Integer>> rowMonomials;
  private final List<GenPolynomial<BigRational>> standing;

  private ParametricMatrix(ParamRing ring, Basis basis, List<String> state,
      List<Map<Integer, GenPolynomial<BigRational>>> columns, List<List<Integer>> rowMonomials,
      List<GenPolynomial<BigRational>> standing) {
    this.ring = ring;
    this.basis = basis;
    this.state = state;
    this.columns = columns;
    this.rows = rowMonomials.size();
    this.rowMonomials = List.copyOf(rowMonomials);
    this.standing = standing;
  }

  /** Builds the matrix of a system file with symbolic parameters; throws {@link InputException} on bad input. */
  static ParametricMatrix of(SystemSpec spec, int maxBasis) {
    String src = spec.source();
    List<String> symbols = new ArrayList<>();
    spec.parameters().forEach((k, v) -> { if (v == null) symbols.add(k); });
    if (symbols.isEmpty()) {
      throw InputException.at(src, "parameters", "no parameter is \"symbolic\"; classify finds the parameter values"
          + " with extra laws, so mark at least one parameter \"symbolic\"");
    }
    if (!spec.constraints().isEmpty()) {
      throw InputException.at(src, "constraints", "classify handles systems without constraints; remove them or"
          + " use discover FILE for this system");
    }
    Basis basis = Basis.build(spec.basis(), spec.variables(), src);
    if (!basis.isPolynomial()) {
      throw InputException.at(src, "basis", "classify needs a basis of monomials (polynomial_degree and"
          + " polynomial_variables only); drop extra_functions and functions");
    }
    if (basis.size() > maxBasis) {
      throw InputException.at(src, "basis", "has " + basis.size() + " functions, more than the " + maxBasis
          + " that case splitting handles; lower polynomial_degree, restrict polynomial_variables, or raise the"
          + " limit with --max-basis");
    }
    if (basis.size() == 0) throw InputException.at(src, "basis", "is empty; give polynomial_degree >= 1");
    DynamicalSystem sys = DynamicalSystem.of(extended(spec, symbols));
    if (!sys.isRational()) {
      throw InputException.at(src, "equations", "classify needs right-hand sides that are rational functions of"
          + " the variables and parameters");
    }
    int n = spec.variables().size();
    int m = symbols.size();
    ParamRing ring = new ParamRing(symbols);
    List<RationalFunction> f = sys.rationalRhs().subList(0, n);
    List<Poly> dens = new ArrayList<>();
    for (RationalFunction r : f) if (!r.den().isConstant() && !dens.contains(r.den())) dens.add(r.den());
    Poly den = Poly.constant(n + m, BigFraction.ONE);
    for (Poly d : dens) den = den.mul(d);
    List<Poly> multipliers = new ArrayList<>();
    for (RationalFunction r : f) {
      Poly acc = r.num().scale(BigFraction.ONE.divide(r.den().isConstant() ? constantOf(r.den()) : BigFraction.ONE));
      for (Poly d : dens) if (!d.equals(r.den())) acc = acc.mul(d);
      multipliers.add(acc);
    }
    Map<List<Integer>, Integer> rowIds = new HashMap<>();
    List<Map<Integer, GenPolynomial<BigRational>>> cols = new ArrayList<>();
    for (Basis.Term t : basis.terms()) {
      int[] e = t.exponents();
      long[] full = new long[n + m];
      for (int i = 0; i < n; i++) full[i] = e[i];
      Poly b = Poly.monomial(n + m, BigFraction.ONE, full);
      Poly lie = Poly.zero(n + m);
      for (int i = 0; i < n; i++) if (e[i] != 0) lie = lie.add(b.derivative(i).mul(multipliers.get(i)));
      Map<Integer, GenPolynomial<BigRational>> col = new LinkedHashMap<>();
      split(lie, n, ring).forEach((x, c) -> col.merge(rowIds.computeIfAbsent(x, k -> rowIds.size()), c, GenPolynomial::sum));
      col.values().removeIf(GenPolynomial::isZERO);
      cols.add(col);
    }
    GenPolynomial<BigRational> content = ring.zero();
    for (GenPolynomial<BigRational> c : split(den, n, ring).values()) content = ring.gcd(content, c);
    List<List<Integer>> monos = new ArrayList<>(java.util.Collections.nCopies(rowIds.size(), List.<Integer>of()));
    rowIds.forEach((x, id) -> monos.set(id, x));
    return new ParametricMatrix(ring, basis, List.copyOf(spec.variables()), cols, monos,
        ring.irreducibleFactors(content));
  }

  private static BigFraction constantOf(Poly p) {
    return p.termMap().values().iterator().next();
  }

  /** A polynomial over (state, parameters) as a map from state exponents to parameter polynomials. */
  static Map<List<Integer>, GenPolynomial<BigRational>> split(Poly p, int n, ParamRing ring) {
    Map<List<Integer>, GenPolynomial<BigRational>> out = new HashMap<>();
    int m = ring.size();
    for (Map.Entry<List<Integer>, BigFraction> t : p.termMap().entrySet()) {
      List<Integer> x = List.copyOf(t.getKey().subList(0, n));
      int[] a = new int[m];
      for (int i = 0; i < m; i++) a[i] = t.getKey().get(n + i);
      out.merge(x, ring.monomial(t.getValue(), a), GenPolynomial::sum);
    }
    return out;
  }

  private static SystemSpec extended(SystemSpec s, List<String> symbols) {
    List<String> vars = new ArrayList<>(s.variables());
    vars.addAll(symbols);
    Map<String, String> params = new LinkedHashMap<>(s.parameters());
    Map<String, String> eqs = new LinkedHashMap<>(s.equations());
    for (String p : symbols) {
      params.remove(p);
      eqs.put(p, "0");
    }
    return new SystemSpec(s.source(), s.name(), s.description(), vars, params, s.definitions(), eqs, s.constraints(),
        s.basis(), s.sampling(), s.expectedIndependent(), s.expectedLaws());
  }

  ParamRing ring() { return ring; }
  Basis basis() { return basis; }
  List<String> state() { return state; }
  int columnCount() { return columns.size(); }
  int rowCount() { return rows; }
  /** The state exponents of row r's monomial. */
  List<Integer> rowMonomial(int r) { return rowMonomials.get(r); }
  /** Column j: row index to entry (not a copy; entries are immutable). */
  Map<Integer, GenPolynomial<BigRational>> column(int j) { return columns.get(j); }
  /** Irreducible parameter polynomials that must not vanish (they divide every denominator). */
  List<GenPolynomial<BigRational>> standingInequations() { return standing; }

  /** The rows of the matrix, each a map from column to entry, reduced modulo the conditions. */
  List<Map<Integer, GenPolynomial<BigRational>>> rows(Conditions c) {
    List<Map<Integer, GenPolynomial<BigRational>>> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) out.add(new java.util.TreeMap<>());
    for (int j = 0; j < columns.size(); j++) {
      for (Map.Entry<Integer, GenPolynomial<BigRational>> e : columns.get(j).entrySet()) {
        GenPolynomial<BigRational> v = c.reduce(e.getValue());
        if (!v.isZERO()) out.get(e.getKey()).put(j, v);
      }
    }
    out.removeIf(Map::isEmpty);
    return out;
  }

  /** The blocks: connected components of the columns, two columns joined when a row holds both. */
  List<int[]> blocks() {
    int nc = columns.size();
    int[] parent = new int[nc];
    for (int j = 0; j < nc; j++) parent[j] = j;
    Map<Integer, Integer> firstInRow = new HashMap<>();
    for (int j = 0; j < nc; j++) {
      for (int r : columns.get(j).keySet()) {
        Integer k = firstInRow.putIfAbsent(r, j);
        if (k != null) parent[find(parent, j)] = find(parent, k);
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int j = 0; j < nc; j++) groups.computeIfAbsent(find(parent, j), k -> new ArrayList<>()).add(j);
    List<int[]> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) out.add(g.stream().mapToInt(Integer::intValue).toArray());
    return out;
  }

  private static int find(int[] parent, int j) {
    while (parent[j] != j) {
      parent[j] = parent[parent[j]];
      j = parent[j];
    }
    return j;
  }
}
