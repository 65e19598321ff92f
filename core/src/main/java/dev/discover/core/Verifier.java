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
  private static final long SYMJA_START_MS = 120_000;
  private static final int SZ_POINTS = 8;

  private final DynamicalSystem sys;
  private final Basis basis;
  private final Manifold manifold;
  private final LieRows lie;
  private final LawOptions opt;
  private final int stateVariables;

  Verifier(DynamicalSystem sys, Basis basis, Manifold manifold, LieRows lie, LawOptions opt, int stateVariables) {
    this.stateVariables = stateVariables;
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
    List<Map.Entry<BigFraction, Expr>> all = new ArrayList<>();
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
      all.add(Map.entry(c[j], t.expression()));
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
    Expr polyExpr = stateVariables < n ? groupedByState(ordered, vars) : Poly.sum(ordered, vars);
    Expr expanded = other == null ? polyExpr : Exprs.linearCombination(all);
    Expr shown;
    String latex;
    if (other == null && stateVariables < n) {
      shown = expanded;
      latex = Latex.of(shown);
    } else if (other == null) {
      // Polynomial laws are printed directly: Symja's start-up alone (about a second) would exceed the whole
      // search for small systems.
      Expr factored = poly.toFactoredExpr(vars);
      shown = Exprs.print(factored).length() < Exprs.print(expanded).length() ? factored : expanded;
      latex = Latex.of(shown);
    } else {
      shown = expanded;
      try {
        // Symja's start-up (seconds on a loaded machine) is awaited apart, so the timeout measures the printing.
        Symja.awaitStart(SYMJA_START_MS);
        latex = Symja.latex(shown, SYMJA_TIMEOUT_MS);
      } catch (ExprException e) {
        latex = Latex.of(shown);
      }
    }
    String method;
    Verification ver;
    if (identity(c, poly, other)) {
      ver = Verification.EXACT;
      method = manifold.isConstrained() ? "polynomial identity on the constraint manifold" : "polynomial identity";
    } else {
      ver = Verification.UNVERIFIED;
      method = "failed the exact check";
    }
    String description = describe(used, degree);
    return new ConservationLaw(Exprs.print(shown), latex, terms, degree, coef, ver, method,
        ver == Verification.EXACT ? 0 : 1, description, new Compiler(vars).compile(expanded), null);
  }

  /**
   * Terms grouped by their monomial in the state variables, each with a polynomial coefficient in the
   * parameters (the trailing variables): {@code (k4 + k5)*CO - k4*HO2}.
   */
  private Expr groupedByState(List<Map.Entry<List<Integer>, BigFraction>> terms, List<String> vars) {
    int n = vars.size();
    Map<List<Integer>, Map<List<Integer>, BigFraction>> groups = new LinkedHashMap<>();
    for (Map.Entry<List<Integer>, BigFraction> t : terms) {
      List<Integer> state = new ArrayList<>(t.getKey().subList(0, stateVariables));
      for (int i = stateVariables; i < n; i++) state.add(0);
      List<Integer> param = new ArrayList<>();
      for (int i = 0; i < n; i++) param.add(i < stateVariables ? 0 : t.getKey().get(i));
      groups.computeIfAbsent(state, k -> new LinkedHashMap<>()).merge(param, t.getValue(), BigFraction::add);
    }
    Expr acc = null;
    for (Map.Entry<List<Integer>, Map<List<Integer>, BigFraction>> g : groups.entrySet()) {
      Expr coefficient = Poly.sum(new ArrayList<>(g.getValue().entrySet()), vars);
      Expr mono = Poly.sum(List.of(Map.entry(g.getKey(), BigFraction.ONE)), vars);
      boolean negative = false;
      if (coefficient instanceof Expr.Neg neg && g.getValue().size() == 1) {
        negative = true;
        coefficient = neg.arg();
      }
      BigFraction c = Exprs.constantValue(coefficient);
      Expr term = c != null && c.equals(BigFraction.ONE) ? mono : new Expr.Bin('*', coefficient, mono);
      if (acc == null) acc = negative ? new Expr.Neg(term) : term;
      else acc = new Expr.Bin(negative ? '-' : '+', acc, term);
    }
    return acc == null ? Expr.num(0) : acc;
  }

  /**
   * True when dH/dt vanishes identically (modulo the constraints). When the law's terms have so many different
   * denominators that their sum as one quotient would be too large to form (no gcds are taken, so the
   * denominators multiply), dH/dt is evaluated exactly at random points from the Lie derivatives of the law's
   * own basis functions instead: a cost proportional to the law, not to its common denominator.
   */
  private boolean identity(BigFraction[] c, Poly poly, Expr other) {
    if (other != null && LieIdentity.commonDenominatorTerms(basis, c, sys.variables()) > DENOMINATOR_TERMS) {
      return LieIdentity.vanishesAtRandomPoints(lie, c, SZ_POINTS, opt.seed());
    }
    RationalFunction h = RationalFunction.of(poly);
    if (other != null) h = h.add(RationalFunction.of(other, sys.variables(), Map.of()));
    Boolean r = conservedExactly(sys, manifold, h, opt.symbolicTermLimit());
    return r == null ? schwartzZippel(h) : r;
  }

  /** Above this many terms in the product of a law's distinct denominators, {@link LieIdentity} checks it. */
  private static final long DENOMINATOR_TERMS = 200;

  /**
   * Whether dH/dt = sum_i dH/dx_i f_i is the zero rational function on the manifold; null when the
   * computation would exceed {@code termLimit} terms.
   */
  static Boolean conservedExactly(DynamicalSystem sys, Manifold manifold, RationalFunction h, int termLimit) {
    List<RationalFunction> f = sys.rationalRhs();
    int n = sys.dimension();
    long size = 0;
    for (int i = 0; i < n; i++) size += (long) (h.num().terms() + h.den().terms()) * (f.get(i).num().terms() + f.get(i).den().terms());
    if (size > termLimit / 4) return null;
    RationalFunction dh = null;
    for (int i = 0; i < n; i++) {
      RationalFunction d = h.derivative(i);
      if (d.num().isZero()) continue;
      RationalFunction term = d.mul(f.get(i));
      dh = dh == null ? term : dh.add(term);
      if (dh.num().terms() > termLimit) return null;
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
    return describe(sys.variables().subList(0, stateVariables), used, degree, Set.of());
  }

  /**
   * One line on what a law depends on: its degree in words, the variables it uses (all, a list, or a count),
   * and the functions it contains: "quadratic in x, y, px, py", "cubic in all 6 variables, with exp".
   */
  static String describe(List<String> stateVariables, Set<String> used, int degree, Set<String> functions) {
    String deg = switch (degree) {
      case 1 -> "linear";
      case 2 -> "quadratic";
      case 3 -> "cubic";
      case 4 -> "quartic";
      default -> "degree " + degree;
    };
    List<String> vs = new ArrayList<>();
    for (String v : stateVariables) if (used.contains(v)) vs.add(v);
    int n = stateVariables.size();
    String on = vs.size() == n ? "all " + n + " variables"
        : vs.size() <= 8 ? String.join(", ", vs) : vs.size() + " of " + n + " variables";
    return deg + " in " + on + (functions.isEmpty() ? "" : ", with " + String.join(", ", functions));
  }
}
