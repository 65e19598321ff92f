package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.Coefficient;
import dev.discover.core.ConservationLaw;
import dev.discover.core.Manifold;
import dev.discover.core.ParameterScope;
import dev.discover.core.Verification;
import dev.discover.sparse.IntegerScaling;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Latex;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import dev.discover.symbolic.Symja;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/**
 * An exact coefficient vector turned into a law: scaled to coprime integers, checked by the {@link Verifier},
 * and printed (polynomial laws directly, factored when shorter; laws with other functions through Symja).
 */
final class ExactLaw {
  private static final long SYMJA_TIMEOUT_MS = 10_000;

  private final List<String> vars;
  private final Basis basis;
  private final Manifold manifold;
  private final Verifier verifier;
  private final int stateVariables;

  ExactLaw(List<String> vars, Basis basis, Manifold manifold, Verifier verifier, int stateVariables) {
    this.vars = vars;
    this.basis = basis;
    this.manifold = manifold;
    this.verifier = verifier;
    this.stateVariables = stateVariables;
  }

  ConservationLaw of(BigFraction[] coefficients) {
    BigFraction[] c = IntegerScaling.primitive(coefficients);
    int n = vars.size();
    Map<String, Coefficient> coef = new LinkedHashMap<>();
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
      coef.put(t.name(), new Coefficient.Exact(c[j]));
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
    Expr polyExpr = stateVariables < n ? LawPrinter.groupedByState(ordered, vars, stateVariables) : Poly.sum(ordered, vars);
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
        latex = Symja.latex(shown, SYMJA_TIMEOUT_MS);
      } catch (ExprException e) {
        latex = Latex.of(shown);
      }
    }
    RationalFunction h = RationalFunction.of(poly);
    if (other != null) h = h.add(RationalFunction.of(other, vars, Map.of()));
    boolean exact = verifier.conserved(h);
    Verification ver = exact ? Verification.EXACT : Verification.UNVERIFIED;
    String method = !exact ? "failed the exact check"
        : manifold.isConstrained() ? "polynomial identity on the constraint manifold" : "polynomial identity";
    String description = LawPrinter.describe(vars.subList(0, stateVariables), used, degree, Set.of());
    return new ConservationLaw(Exprs.print(shown), latex, terms, degree, coef, ver, method, exact ? 0 : 1, description,
        expanded, new Compiler(vars).compile(expanded), ParameterScope.NONE);
  }
}
