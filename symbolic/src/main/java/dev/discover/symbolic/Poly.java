package dev.discover.symbolic;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.poly.TermOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * An exact multivariate polynomial with rational coefficients over a fixed list of variables: an immutable
 * wrapper of JAS's {@code GenPolynomial<BigRational>} that keeps JAS types inside this module. Exponent
 * vectors are indexed like the variable list.
 */
public final class Poly {
  private static final Map<Integer, GenPolynomialRing<BigRational>> RINGS = new java.util.concurrent.ConcurrentHashMap<>();

  private final GenPolynomial<BigRational> p;
  private final int n;

  private Poly(GenPolynomial<BigRational> p, int n) { this.p = p; this.n = n; }

  static GenPolynomialRing<BigRational> ring(int n) {
    return RINGS.computeIfAbsent(n, k -> new GenPolynomialRing<>(new BigRational(), k, new TermOrder(TermOrder.IGRLEX)));
  }

  /** The zero polynomial in n variables. */
  public static Poly zero(int n) { return new Poly(ring(n).getZERO(), n); }

  /** A constant. */
  public static Poly constant(int n, BigFraction c) {
    return new Poly(ring(n).getZERO().sum(rat(c)), n);
  }

  /** The variable with index i. */
  public static Poly variable(int n, int i) {
    long[] e = new long[n];
    e[i] = 1;
    return monomial(n, BigFraction.ONE, e);
  }

  /** c * x^e. {@code e} is copied. */
  public static Poly monomial(int n, BigFraction c, long[] e) {
    if (e.length != n) throw new IllegalArgumentException("exponent vector has " + e.length + " entries, expected " + n);
    return new Poly(new GenPolynomial<>(ring(n), rat(c), ExpVector.create(e.clone())), n);
  }

  /** A polynomial from a map of exponent vectors to coefficients. */
  public static Poly of(int n, Map<List<Integer>, BigFraction> terms) {
    GenPolynomial<BigRational> acc = ring(n).getZERO();
    for (Map.Entry<List<Integer>, BigFraction> t : terms.entrySet()) {
      long[] e = new long[n];
      for (int i = 0; i < n; i++) e[i] = t.getKey().get(i);
      acc = acc.sum(rat(t.getValue()), ExpVector.create(e));
    }
    return new Poly(acc, n);
  }

  static BigRational rat(BigFraction c) {
    return new BigRational(new edu.jas.arith.BigInteger(c.getNumerator()), new edu.jas.arith.BigInteger(c.getDenominator()));
  }

  static BigFraction frac(BigRational r) { return new BigFraction(r.numerator(), r.denominator()); }

  /** Number of variables. */
  public int arity() { return n; }
  /** Number of terms. */
  public int terms() { return p.length(); }
  /** True when zero. */
  public boolean isZero() { return p.isZERO(); }
  /** True when a nonzero constant. */
  public boolean isConstant() { return !p.isZERO() && p.degree() == 0; }
  /** this + o. */
  public Poly add(Poly o) { return new Poly(p.sum(o.p), n); }
  /** this - o. */
  public Poly sub(Poly o) { return new Poly(p.subtract(o.p), n); }
  /** this * o. */
  public Poly mul(Poly o) { return new Poly(p.multiply(o.p), n); }
  /** c * this. */
  public Poly scale(BigFraction c) { return new Poly(p.multiply(rat(c)), n); }
  /** -this. */
  public Poly negate() { return new Poly(p.negate(), n); }

  /** this^k for k >= 0. */
  public Poly pow(int k) {
    if (k < 0) throw new IllegalArgumentException("negative power " + k);
    Poly r = constant(n, BigFraction.ONE);
    Poly b = this;
    while (k > 0) {
      if ((k & 1) != 0) r = r.mul(b);
      k >>= 1;
      if (k > 0) b = b.mul(b);
    }
    return r;
  }

  /** The most bits of a coefficient, numerator and denominator together (0 for zero). */
  public long coefficientBits() {
    long bits = 0;
    for (Monomial<BigRational> m : p) {
      bits = Math.max(bits, (long) m.coefficient().numerator().bitLength() + m.coefficient().denominator().bitLength());
    }
    return bits;
  }

  /** The highest power of variable i. */
  public int degreeIn(int i) {
    long d = 0;
    for (Monomial<BigRational> m : p) d = Math.max(d, m.exponent().getVal(i));
    return (int) d;
  }

  /** The total degree (0 for zero). */
  public int totalDegree() { return p.isZERO() ? 0 : (int) p.degree(); }

  /** The partial derivative with respect to variable i. */
  public Poly derivative(int i) {
    GenPolynomial<BigRational> acc = ring(n).getZERO();
    for (Monomial<BigRational> m : p) {
      long[] e = m.exponent().getVal().clone();
      if (e[i] == 0) continue;
      BigRational c = m.coefficient().multiply(new BigRational(e[i]));
      e[i]--;
      acc = acc.sum(c, ExpVector.create(e));
    }
    return new Poly(acc, n);
  }

  /** The coefficients of the powers of variable i: element j is the coefficient polynomial of x_i^j. */
  public List<Poly> coefficientsIn(int i) {
    int d = degreeIn(i);
    List<GenPolynomial<BigRational>> parts = new ArrayList<>();
    for (int j = 0; j <= d; j++) parts.add(ring(n).getZERO());
    for (Monomial<BigRational> m : p) {
      long[] e = m.exponent().getVal().clone();
      int j = (int) e[i];
      e[i] = 0;
      parts.set(j, parts.get(j).sum(m.coefficient(), ExpVector.create(e)));
    }
    List<Poly> out = new ArrayList<>();
    for (GenPolynomial<BigRational> g : parts) out.add(new Poly(g, n));
    return out;
  }

  /**
   * Substitutes x_i = -b/a and clears the denominator: returns sum_j P_j (-b)^j a^(d-j) where P = sum_j P_j
   * x_i^j and d is P's degree in x_i. Where a is nonzero, P vanishes on {a x_i + b = 0} exactly when the
   * result is the zero polynomial.
   */
  public Poly substituteLinear(int i, Poly a, Poly b) {
    List<Poly> parts = coefficientsIn(i);
    int d = parts.size() - 1;
    Poly acc = zero(n);
    Poly minusB = b.negate();
    for (int j = 0; j <= d; j++) {
      if (parts.get(j).isZero()) continue;
      acc = acc.add(parts.get(j).mul(minusB.pow(j)).mul(a.pow(d - j)));
    }
    return acc;
  }

  /** A Groebner basis (JAS, Buchberger) of the ideal the polynomials generate; all must share one arity. */
  public static List<Poly> groebner(List<Poly> generators) {
    if (generators.isEmpty()) return List.of();
    int n = generators.get(0).n;
    List<GenPolynomial<BigRational>> in = new ArrayList<>();
    for (Poly g : generators) in.add(g.p);
    List<Poly> out = new ArrayList<>();
    for (GenPolynomial<BigRational> g : new edu.jas.gb.GroebnerBaseSeq<BigRational>().GB(in)) out.add(new Poly(g, n));
    return out;
  }

  /**
   * The normal form of this polynomial modulo a Groebner basis: zero exactly when it lies in the ideal, which
   * proves that it vanishes wherever every generator does.
   */
  public Poly normalForm(List<Poly> groebnerBasis) {
    if (groebnerBasis.isEmpty()) return this;
    List<GenPolynomial<BigRational>> gb = new ArrayList<>();
    for (Poly g : groebnerBasis) gb.add(g.p);
    return new Poly(new edu.jas.gb.ReductionSeq<BigRational>().normalform(gb, p), n);
  }

  /** The terms, each as exponent vector and coefficient, in the ring's order. */
  public Map<List<Integer>, BigFraction> termMap() {
    Map<List<Integer>, BigFraction> out = new LinkedHashMap<>();
    for (Monomial<BigRational> m : p) {
      long[] e = m.exponent().getVal();
      List<Integer> key = new ArrayList<>(n);
      for (long v : e) key.add((int) v);
      out.put(key, frac(m.coefficient()));
    }
    return out;
  }

  /** The polynomial as an expression over the given variable names, terms in the ring's order. */
  public Expr toExpr(List<String> names) {
    List<Map.Entry<List<Integer>, BigFraction>> terms = new ArrayList<>(termMap().entrySet());
    return sum(terms, names);
  }

  /** A sum of terms c * x^e written with the fewest operators: {@code 6*x^2*y - y^3}. */
  public static Expr sum(List<Map.Entry<List<Integer>, BigFraction>> terms, List<String> names) {
    Expr acc = null;
    for (Map.Entry<List<Integer>, BigFraction> t : terms) {
      BigFraction c = t.getValue();
      BigFraction a = c.abs();
      Expr term = a.equals(BigFraction.ONE) ? null : Expr.num(a);
      for (int i = 0; i < t.getKey().size(); i++) {
        int k = t.getKey().get(i);
        if (k == 0) continue;
        Expr f = k == 1 ? Expr.sym(names.get(i)) : new Expr.Bin('^', Expr.sym(names.get(i)), Expr.num(k));
        term = term == null ? f : new Expr.Bin('*', term, f);
      }
      if (term == null) term = Expr.num(a);
      if (acc == null) acc = c.signum() < 0 ? new Expr.Neg(term) : term;
      else acc = new Expr.Bin(c.signum() < 0 ? '-' : '+', acc, term);
    }
    return acc == null ? Expr.num(0) : acc;
  }

  /**
   * The polynomial with its common monomial factor pulled out, {@code x*y + x*z} as {@code x*(y + z)}, or the
   * expanded form when there is no such factor.
   */
  public Expr toFactoredExpr(List<String> names) {
    Map<List<Integer>, BigFraction> tm = termMap();
    if (tm.size() < 2) return toExpr(names);
    int[] common = null;
    for (List<Integer> k : tm.keySet()) {
      if (common == null) { common = k.stream().mapToInt(Integer::intValue).toArray(); continue; }
      for (int i = 0; i < n; i++) common[i] = Math.min(common[i], k.get(i));
    }
    boolean any = false;
    for (int c : common) any |= c > 0;
    if (!any) return toExpr(names);
    Map<List<Integer>, BigFraction> rest = new LinkedHashMap<>();
    for (Map.Entry<List<Integer>, BigFraction> t : tm.entrySet()) {
      List<Integer> k = new ArrayList<>(t.getKey());
      for (int i = 0; i < n; i++) k.set(i, k.get(i) - common[i]);
      rest.put(k, t.getValue());
    }
    long[] ce = new long[n];
    for (int i = 0; i < n; i++) ce[i] = common[i];
    return new Expr.Bin('*', monomial(n, BigFraction.ONE, ce).toExpr(names), of(n, rest).toExpr(names));
  }

  @Override public boolean equals(Object o) { return o instanceof Poly q && q.n == n && q.p.equals(p); }
  @Override public int hashCode() { return p.hashCode(); }
  @Override public String toString() { return p.toString(); }
}
