package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.Coefficient;
import dev.discover.core.ConservationLaw;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.Manifold;
import dev.discover.core.ParameterScope;
import dev.discover.core.Verification;
import dev.discover.sparse.IntegerScaling;
import dev.discover.sparse.RationalSnap;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Latex;
import dev.discover.symbolic.RationalFunction;
import dev.discover.symbolic.Symja;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/**
 * A floating-point law of the numeric route, verified as far as it can be: {@code exact} only when its snapped
 * rational coefficients make dH/dt a polynomial identity (modulo the constraints) or Symja simplifies dH/dt to 0;
 * otherwise {@code numeric} with its residual on fresh points.
 */
final class NumericLaw {
  private static final long SYMJA_TIMEOUT_MS = 20_000;

  private final DynamicalSystem sys;
  private final Basis basis;
  private final Manifold manifold;
  private final int termLimit;

  NumericLaw(DynamicalSystem sys, Basis basis, Manifold manifold, int termLimit) {
    this.sys = sys;
    this.basis = basis;
    this.manifold = manifold;
    this.termLimit = termLimit;
  }

  ConservationLaw of(double[] v, List<NumericSampler.Sample> heldOut) {
    int nb = v.length;
    List<String> vars = sys.variables();
    Map<String, Coefficient> coef = new LinkedHashMap<>();
    Set<String> used = new LinkedHashSet<>();
    int terms = 0;
    int degree = 0;
    boolean rational = true;
    BigFraction[] exact = new BigFraction[nb];
    for (int j = 0; j < nb; j++) {
      if (v[j] == 0) continue;
      Optional<BigFraction> q = RationalSnap.snap(v[j], NumericSearch.MAX_DENOMINATOR, 1e-12 * Math.max(1, Math.abs(v[j])));
      exact[j] = q.orElse(BigFraction.ZERO);
      rational &= q.isPresent();
    }
    if (rational) exact = IntegerScaling.primitive(exact);
    List<Map.Entry<BigFraction, Expr>> all = new ArrayList<>();
    for (int j = 0; j < nb; j++) {
      if (v[j] == 0) continue;
      Basis.Term t = basis.term(j);
      terms++;
      degree = Math.max(degree, t.degree());
      used.addAll(Exprs.names(t.expression()));
      BigFraction q = rational ? exact[j] : new BigFraction(v[j], 1e-15, 100);
      coef.put(t.name(), rational ? new Coefficient.Exact(exact[j]) : new Coefficient.Approximate(v[j]));
      all.add(Map.entry(q, t.expression()));
    }
    Expr h = Exprs.linearCombination(all);
    double[] coeffs = new double[nb];
    for (int j = 0; j < nb; j++) coeffs[j] = v[j] == 0 ? 0 : (rational ? exact[j].doubleValue() : v[j]);
    double res = NumericSampler.residual(coeffs, heldOut);
    Verification ver = Verification.NUMERIC;
    String method = "residual " + String.format("%.1e", res) + " at " + heldOut.size() + " fresh sample points";
    if (rational && sys.isRational() && Exprs.isRational(h) && polynomialIdentity(h)) {
      ver = Verification.EXACT;
      method = manifold.isConstrained() ? "polynomial identity modulo the constraints (Groebner basis)" : "polynomial identity";
      res = 0;
    } else if (rational && !manifold.isConstrained() && symbolicallyConserved(h)) {
      ver = Verification.EXACT;
      method = "symbolic identity (Symja simplifies dH/dt to 0)";
      res = 0;
    }
    String description = LawPrinter.describe(vars, used, degree, Exprs.functions(h));
    String latex = Latex.of(h);
    if (!Exprs.functions(h).isEmpty()) {
      try {
        latex = Symja.latex(h, SYMJA_TIMEOUT_MS);
      } catch (ExprException e) {
        // keep our own rendering
      }
    }
    return new ConservationLaw(Exprs.print(h), latex, terms, degree, coef, ver, method, res, description, h,
        new Compiler(vars).compile(h), ParameterScope.NONE);
  }

  /** Exact check for rational laws of rational systems, modulo the constraints. */
  private boolean polynomialIdentity(Expr h) {
    try {
      RationalFunction f = RationalFunction.of(h, sys.variables(), Map.of());
      return Verifier.conserved(sys, manifold, f, termLimit) == Verifier.Identity.HOLDS;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** True when Symja simplifies sum_i dH/dx_i f_i (definitions inlined) to 0. */
  private boolean symbolicallyConserved(Expr h) {
    try {
      Expr total = null;
      for (int i = 0; i < sys.dimension(); i++) {
        String x = sys.variables().get(i);
        if (!Exprs.names(h).contains(x)) continue;
        Expr d = Symja.derivative(h, x, SYMJA_TIMEOUT_MS);
        Expr term = new Expr.Bin('*', d, sys.inline(sys.equations().get(i)));
        total = total == null ? term : new Expr.Bin('+', total, term);
      }
      if (total == null) return true;
      Expr s = Symja.apply("Simplify", Symja.apply("Together", total, SYMJA_TIMEOUT_MS), SYMJA_TIMEOUT_MS);
      return Exprs.constantValue(s).filter(v -> v.getNumerator().equals(BigInteger.ZERO)).isPresent();
    } catch (ExprException e) {
      return false;
    }
  }
}
