package dev.discover.core.classify;

import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Latex;
import dev.discover.symbolic.Poly;
import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.poly.PolyUtil;
import edu.jas.poly.TermOrder;
import edu.jas.ufd.FactorAbstract;
import edu.jas.ufd.FactorFactory;
import edu.jas.ufd.GCDFactory;
import edu.jas.ufd.GreatestCommonDivisorAbstract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.fraction.BigFraction;

/**
 * The ring Q[a_1..a_m] of the symbolic parameters, as JAS polynomials, with factorisation, gcds and printing
 * in system-file syntax. JAS stores exponent index 0 for the last name, so parameter i of the file lives at
 * index m-1-i; the graded orders then rank later parameters higher, and a Groebner basis solves for them
 * first ("D = -C/6", "B = 16*A").
 */
final class ParamRing {
  private final List<String> names;
  private final int m;
  private final GenPolynomialRing<BigRational> ring;
  private final FactorAbstract<BigRational> factor = FactorFactory.getImplementation(BigRational.ONE);
  /** Gcds over Z with the modular algorithm: much faster than the primitive remainder sequence over Q. */
  private final GreatestCommonDivisorAbstract<edu.jas.arith.BigInteger> gcd =
      GCDFactory.getImplementation(edu.jas.arith.BigInteger.ONE);
  private final GenPolynomialRing<edu.jas.arith.BigInteger> intRing;
  private final Map<GenPolynomial<BigRational>, List<GenPolynomial<BigRational>>> factors = new ConcurrentHashMap<>();

  ParamRing(List<String> names) {
    this.names = List.copyOf(names);
    this.m = names.size();
    this.ring = new GenPolynomialRing<>(BigRational.ONE, m, new TermOrder(TermOrder.IGRLEX), names.toArray(new String[0]));
    this.intRing = new GenPolynomialRing<>(edu.jas.arith.BigInteger.ONE, ring);
  }

  List<String> names() { return names; }
  int size() { return m; }
  GenPolynomialRing<BigRational> ring() { return ring; }
  GenPolynomial<BigRational> zero() { return ring.getZERO(); }
  GenPolynomial<BigRational> one() { return ring.getONE(); }

  /** c * a^e with {@code e} indexed like the parameter names. */
  GenPolynomial<BigRational> monomial(BigFraction c, int[] e) {
    long[] x = new long[m];
    for (int i = 0; i < m; i++) x[m - 1 - i] = e[i];
    return new GenPolynomial<>(ring, rat(c), ExpVector.create(x));
  }

  /** Parameter i. */
  GenPolynomial<BigRational> variable(int i) {
    int[] e = new int[m];
    e[i] = 1;
    return monomial(BigFraction.ONE, e);
  }

  /** The exponent of parameter i in an exponent vector. */
  long exponent(ExpVector e, int i) { return e.getVal(m - 1 - i); }

  static BigRational rat(BigFraction c) {
    return new BigRational(new edu.jas.arith.BigInteger(c.getNumerator()), new edu.jas.arith.BigInteger(c.getDenominator()));
  }

  static BigFraction frac(BigRational r) { return new BigFraction(r.numerator(), r.denominator()); }

  /** The distinct monic irreducible non-constant factors (cached: factoring does not depend on the case). */
  List<GenPolynomial<BigRational>> irreducibleFactors(GenPolynomial<BigRational> p) {
    if (p.isZERO() || p.isConstant()) return List.of();
    return factors.computeIfAbsent(p.monic(), q -> {
      List<GenPolynomial<BigRational>> out = new ArrayList<>();
      for (GenPolynomial<BigRational> f : factor.factors(q).keySet()) if (!f.isConstant()) out.add(f.monic());
      return List.copyOf(out);
    });
  }

  /** The monic gcd (zero only when both are zero). */
  GenPolynomial<BigRational> gcd(GenPolynomial<BigRational> a, GenPolynomial<BigRational> b) {
    if (a.isZERO()) return b.monic();
    if (b.isZERO()) return a.monic();
    if (a.isConstant() || b.isConstant()) return ring.getONE();
    GenPolynomial<edu.jas.arith.BigInteger> g = gcd.gcd(PolyUtil.integerFromRationalCoefficients(intRing, a),
        PolyUtil.integerFromRationalCoefficients(intRing, b));
    return PolyUtil.<BigRational>fromIntegerCoefficients(ring, g).monic();
  }

  /** p with parameter i set to the value v. */
  GenPolynomial<BigRational> substitute(GenPolynomial<BigRational> p, int i, BigFraction v) {
    GenPolynomial<BigRational> acc = ring.getZERO();
    BigRational rv = rat(v);
    for (Monomial<BigRational> t : p) {
      long[] e = t.exponent().getVal().clone();
      int k = (int) e[m - 1 - i];
      e[m - 1 - i] = 0;
      acc = acc.sum(t.coefficient().multiply(rv.power(k)), ExpVector.create(e));
    }
    return acc;
  }

  /** The terms of p as (exponents indexed like the names, coefficient). */
  Map<List<Integer>, BigFraction> terms(GenPolynomial<BigRational> p) {
    Map<List<Integer>, BigFraction> out = new HashMap<>();
    for (Monomial<BigRational> t : p) {
      List<Integer> e = new ArrayList<>(m);
      for (int i = 0; i < m; i++) e.add((int) exponent(t.exponent(), i));
      out.put(e, frac(t.coefficient()));
    }
    return out;
  }

  /** p in system-file syntax over the parameter names. */
  String print(GenPolynomial<BigRational> p) { return Exprs.print(Poly.of(m, terms(p)).toExpr(names)); }

  /** p in LaTeX. */
  String latex(GenPolynomial<BigRational> p) { return Latex.of(Poly.of(m, terms(p)).toExpr(names)); }

  /**
   * An equation g = 0 in solved form when g is linear in some parameter with a constant coefficient (the
   * latest such parameter): "D = -C/6"; otherwise "g = 0". Returned as {left, right} polynomials.
   */
  List<GenPolynomial<BigRational>> solved(GenPolynomial<BigRational> g) {
    for (int i = m - 1; i >= 0; i--) {
      GenPolynomial<BigRational> coeff = ring.getZERO();
      GenPolynomial<BigRational> rest = ring.getZERO();
      boolean linear = true;
      for (Monomial<BigRational> t : g) {
        long k = exponent(t.exponent(), i);
        if (k > 1) { linear = false; break; }
        long[] e = t.exponent().getVal().clone();
        if (k == 1) {
          e[m - 1 - i] = 0;
          coeff = coeff.sum(t.coefficient(), ExpVector.create(e));
        } else {
          rest = rest.sum(t.coefficient(), ExpVector.create(e));
        }
      }
      if (!linear || coeff.isZERO() || !coeff.isConstant()) continue;
      return List.of(variable(i), rest.negate().divide(coeff.leadingBaseCoefficient()));
    }
    return List.of(g, ring.getZERO());
  }
}
