package dev.discover.core;

import dev.discover.sparse.Modular;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Latex;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import dev.discover.symbolic.Symja;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/**
 * Turns exact coefficient vectors into printed, verified laws. The check is exact: dH/dt = sum_i dH/dx_i f_i
 * is computed as a rational function, and its numerator, after substituting the solved constraints, must be the
 * zero polynomial. Where that polynomial would be too large, the same numerator is evaluated at random points
 * modulo several 31-bit primes (Schwartz-Zippel: a nonzero polynomial of degree D vanishes at a random point
 * with probability at most D/p).
 */
final class Verifier {
  private static final long SYMJA_TIMEOUT_MS = 10_000;
  private static final int SZ_POINTS = 8;

  private final DynamicalSystem sys;
  private final Basis basis;
  private final Manifold manifold;
  private final LieRows lie;
  private final LawOptions opt;

  Verifier(DynamicalSystem sys, Basis basis, Manifold manifold, LieRows lie, LawOptions opt) {
    this.sys = sys;
    this.basis = basis;
    this.manifold = manifold;
    this.lie = lie;
    this.opt = opt;
  }

  ConservationLaw law(BigFraction[] coefficients) {
    BigFraction[] c = integerScaled(coefficients);
    List<String> vars = sys.variables();
    int n = vars.size();
    Map<String, String> coef = new LinkedHashMap<>();
    Map<List<Integer>, BigFraction> polyTerms = new LinkedHashMap<>();
    Expr other = null;
    int terms = 0;
    int degree = 0;
    Set<String> used = new LinkedHashSet<>();
    for (int j = 0; j < c.length; j++) {
      if (c[j].getNumerator().signum() == 0) continue;
      Basis.Term t = basis.term(j);
      terms++;
      degree = Math.max(degree, t.degree());
      coef.put(t.name(), Exprs.formatNumber(c[j]));
      used.addAll(Exprs.names(t.expression()));
      if (t.isMonomial()) {
        List<Integer> key = new ArrayList<>();
        for (int x : t.exponents()) key.add(x);
        polyTerms.merge(key, c[j], BigFraction::add);
      } else {
        Expr term = new Expr.Bin('*', Expr.num(c[j]), t.expression());
        other = other == null ? term : new Expr.Bin('+', other, term);
      }
    }
    Poly poly = Poly.of(n, polyTerms);
    List<Map.Entry<List<Integer>, BigFraction>> ordered = new ArrayList<>(polyTerms.entrySet());
    Expr polyExpr = Poly.sum(ordered, vars);
    Expr expanded = poly.isZero() ? other : (other == null ? polyExpr : new Expr.Bin('+', polyExpr, other));
    Expr shown;
    String latex;
    if (other == null) {
      // Polynomial laws are printed directly: Symja's start-up alone (about a second) would exceed the whole
      // search for small systems.
      Expr factored = poly.toFactoredExpr(vars);
      shown = Exprs.print(factored).length() < Exprs.print(expanded).length() ? factored : expanded;
      latex = Latex.of(shown);
    } else {
      shown = shortest(expanded);
      try {
        latex = Symja.latex(shown, SYMJA_TIMEOUT_MS);
      } catch (ExprException e) {
        latex = Latex.of(shown);
      }
    }
    RationalFunction h = RationalFunction.of(poly);
    if (other != null) h = h.add(RationalFunction.of(other, vars, Map.of()));
    String method;
    Verification ver;
    if (identity(h)) {
      ver = Verification.EXACT;
      method = manifold.isConstrained() ? "polynomial identity on the constraint manifold" : "polynomial identity";
    } else {
      ver = Verification.UNVERIFIED;
      method = "failed the exact check";
    }
    String description = describe(used, degree);
    return new ConservationLaw(Exprs.print(shown), latex, terms, degree, coef, ver, method,
        ver == Verification.EXACT ? 0 : 1, description, new Compiler(vars).compile(expanded));
  }

  /** Factored form when Symja's Factor prints shorter, else the expanded sum. */
  private static Expr shortest(Expr expanded) {
    try {
      Expr f = Symja.apply("Factor", expanded, SYMJA_TIMEOUT_MS);
      if (Exprs.print(f).length() < Exprs.print(expanded).length()) return f;
    } catch (ExprException e) {
      // keep the expanded form
    }
    return expanded;
  }

  /** True when dH/dt vanishes identically (modulo the constraints). */
  private boolean identity(RationalFunction h) {
    List<RationalFunction> f = sys.rationalRhs();
    int n = sys.dimension();
    long size = 0;
    for (int i = 0; i < n; i++) size += (long) (h.num().terms() + h.den().terms()) * (f.get(i).num().terms() + f.get(i).den().terms());
    if (size > opt.symbolicTermLimit() / 4) return schwartzZippel(h);
    RationalFunction dh = null;
    for (int i = 0; i < n; i++) {
      RationalFunction d = h.derivative(i);
      if (d.num().isZero()) continue;
      RationalFunction term = d.mul(f.get(i));
      dh = dh == null ? term : dh.add(term);
      if (dh.num().terms() > opt.symbolicTermLimit()) return schwartzZippel(h);
    }
    if (dh == null) return true;
    return manifold.reduce(dh.num()).isZero();
  }

  /** dH/dt at random manifold points modulo several primes, every one zero. */
  private boolean schwartzZippel(RationalFunction h) {
    List<String> vars = sys.variables();
    for (int k = 0; k < SZ_POINTS; k++) {
      long p = Modular.PRIMES.get(1 + k);
      LieRows.ModPoint pt = lie.modPoint(p, new Random(opt.seed() * 7919L + k));
      dev.discover.symbolic.Field<Long> field = dev.discover.symbolic.Field.modulo(p);
      dev.discover.symbolic.ExactEvaluator<Long> ev = new dev.discover.symbolic.ExactEvaluator<>(field, vars);
      Long[] xs = new Long[vars.size()];
      for (int i = 0; i < xs.length; i++) xs[i] = pt.x()[i];
      long acc = 0;
      for (int i = 0; i < vars.size(); i++) {
        RationalFunction d = h.derivative(i);
        if (d.num().isZero()) continue;
        long dv = ev.eval(new Expr.Bin('/', d.num().toExpr(vars), d.den().toExpr(vars)), xs);
        acc = (acc + dv * pt.f()[i]) % p;
      }
      if (acc != 0) return false;
    }
    return true;
  }

  /**
   * Scales to integer coefficients with gcd 1, signed so that most coefficients are positive (ties: the first,
   * simplest, one positive).
   */
  static BigFraction[] integerScaled(BigFraction[] c) {
    BigInteger lcm = BigInteger.ONE;
    for (BigFraction x : c) {
      if (x.getNumerator().signum() == 0) continue;
      BigInteger d = x.getDenominator();
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    BigInteger g = BigInteger.ZERO;
    BigInteger[] ints = new BigInteger[c.length];
    int balance = 0;
    int first = 0;
    for (int j = 0; j < c.length; j++) {
      ints[j] = c[j].getNumerator().multiply(lcm.divide(c[j].getDenominator()));
      g = g.gcd(ints[j]);
      balance += ints[j].signum();
      if (first == 0) first = ints[j].signum();
    }
    boolean flip = balance < 0 || balance == 0 && first < 0;
    BigFraction[] out = new BigFraction[c.length];
    for (int j = 0; j < c.length; j++) {
      BigInteger v = g.signum() == 0 ? ints[j] : ints[j].divide(g);
      out[j] = new BigFraction(flip ? v.negate() : v);
    }
    return out;
  }

  private String describe(Set<String> used, int degree) {
    String deg = switch (degree) {
      case 1 -> "linear";
      case 2 -> "quadratic";
      case 3 -> "cubic";
      case 4 -> "quartic";
      default -> "degree " + degree;
    };
    List<String> vs = new ArrayList<>(used);
    String on = vs.size() == sys.dimension() ? "all " + vs.size() + " variables"
        : vs.size() <= 8 ? String.join(", ", vs) : vs.size() + " of " + sys.dimension() + " variables";
    return deg + " in " + on;
  }
}
