package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.ConservationLaw;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.LawOptions;
import dev.discover.core.Manifold;
import dev.discover.core.ParametricForm;
import dev.discover.core.SystemSpec;
import dev.discover.core.Verification;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Latex;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * For a law that holds only at the parameter values given: the same law with coefficients that are polynomials
 * in the parameters. As in the symbolic-parameter route, the parameters become constant variables and the law's
 * own basis functions (its support) are multiplied by monomials in them, degree by degree; a law the exact
 * search finds there that is, at the given values, a rational multiple of the law found is its parametric form.
 * The search proves that form for every parameter value (polynomial identity); the multiple is checked here in
 * exact arithmetic, so a form is attached only when both hold.
 */
final class ParametricForms {
  /** The highest degree in the parameters tried for the coefficients. */
  private static final int MAX_PARAMETER_DEGREE = 3;
  /** Bases larger than this (the law's functions times monomials in the parameters) are not tried. */
  private static final int MAX_BASIS = 3000;

  private ParametricForms() {}

  /** The laws, each law that needs the given values with its parametric form where one was found. */
  static List<ConservationLaw> attach(SystemSpec spec, List<ConservationLaw> laws, LawOptions opt) {
    List<ConservationLaw> out = new ArrayList<>();
    for (ConservationLaw l : laws) {
      Optional<ParametricForm> f = l.generic().orElse(true) ? Optional.empty() : of(spec, l, opt.withCrossCheck(false));
      out.add(f.map(l::withParametric).orElse(l));
    }
    return out;
  }

  /** The parametric form of one law, when the search finds one that matches it at the given values. */
  static Optional<ParametricForm> of(SystemSpec spec, ConservationLaw law, LawOptions opt) {
    List<String> params = new ArrayList<>(spec.parameters().keySet());
    int state = spec.variables().size();
    try {
      SystemSpec ext = ParameterSystems.extended(spec, params);
      DynamicalSystem sys = DynamicalSystem.of(ext);
      Basis support = Basis.build(spec.basis(), ext.variables(), spec.source()).restrictedTo(law.coefficients().keySet());
      if (!support.isPolynomial() || !sys.isRational() || !Manifold.of(sys).isExplicit()) return Optional.empty();
      Map<String, RationalFunction> values = values(spec);
      RationalFunction found = RationalFunction.of(law.function(), spec.variables(), values);
      for (int d = 1; d <= MAX_PARAMETER_DEGREE; d++) {
        Basis b = support.timesMonomials(state, d);
        if (b.size() > MAX_BASIS) break;
        for (ConservationLaw p : ExactSearch.find(LawProblem.of(sys, b, state), opt).laws()) {
          if (p.verification() != Verification.EXACT) continue;
          Optional<BigFraction> k = ratio(found, RationalFunction.of(p.function(), spec.variables(), values));
          if (k.isPresent()) return Optional.of(form(p, law, ext.variables(), state, k.get()));
        }
      }
    } catch (RuntimeException e) {
      // No form: a system the exact search refuses with its parameters as symbols, or a failure there.
    }
    return Optional.empty();
  }

  /** The parameters' exact values (decimals as exact rationals), each may use earlier ones. */
  private static Map<String, RationalFunction> values(SystemSpec spec) {
    Map<String, RationalFunction> v = new LinkedHashMap<>();
    spec.parameters().forEach((name, text) -> v.put(name, RationalFunction.of(ExprParser.parse(text), spec.variables(), v)));
    return v;
  }

  /** The rational k with a = k * b, when there is one (both polynomial, b not zero). */
  static Optional<BigFraction> ratio(RationalFunction a, RationalFunction b) {
    if (!a.den().isConstant() || !b.den().isConstant() || b.num().isZero()) return Optional.empty();
    Poly pa = a.num().scale(inverse(a.den())), pb = b.num().scale(inverse(b.den()));
    Map<List<Integer>, BigFraction> ta = pa.termMap(), tb = pb.termMap();
    if (!ta.keySet().equals(tb.keySet())) return Optional.empty();
    BigFraction k = null;
    for (Map.Entry<List<Integer>, BigFraction> e : ta.entrySet()) {
      BigFraction r = e.getValue().divide(tb.get(e.getKey()));
      if (k == null) k = r;
      else if (!k.equals(r)) return Optional.empty();
    }
    return Optional.ofNullable(k);
  }

  private static BigFraction inverse(Poly constant) {
    return constant.termMap().values().iterator().next().reciprocal();
  }

  /**
   * The form, printed like the law found: terms in its order, grouped by basis function with a polynomial
   * coefficient in the parameters, and with the sign that makes the factor positive.
   */
  private static ParametricForm form(ConservationLaw p, ConservationLaw law, List<String> vars, int state,
      BigFraction factor) {
    RationalFunction f = RationalFunction.of(p.function(), vars, Map.of());
    boolean flip = factor.signum() < 0;
    BigFraction scale = flip ? inverse(f.den()).negate() : inverse(f.den());
    List<String> order = new ArrayList<>(law.coefficients().keySet());
    List<Map.Entry<List<Integer>, BigFraction>> terms = new ArrayList<>();
    Map<List<Integer>, String> names = new LinkedHashMap<>();
    for (Map.Entry<List<Integer>, BigFraction> t : f.num().termMap().entrySet()) {
      terms.add(Map.entry(t.getKey(), t.getValue().multiply(scale)));
      List<Integer> mono = new ArrayList<>(t.getKey());
      for (int i = state; i < mono.size(); i++) mono.set(i, 0);
      names.put(t.getKey(), Exprs.print(Poly.sum(List.of(Map.entry(mono, BigFraction.ONE)), vars)));
    }
    terms.sort(Comparator.comparingInt(t -> {
      int i = order.indexOf(names.get(t.getKey()));
      return i < 0 ? order.size() : i;
    }));
    Map<String, List<Map.Entry<List<Integer>, BigFraction>>> groups = new LinkedHashMap<>();
    for (Map.Entry<List<Integer>, BigFraction> t : terms) {
      List<Integer> param = new ArrayList<>(t.getKey());
      for (int i = 0; i < state; i++) param.set(i, 0);
      groups.computeIfAbsent(names.get(t.getKey()), n -> new ArrayList<>()).add(Map.entry(param, t.getValue()));
    }
    Map<String, String> coefficients = new LinkedHashMap<>();
    groups.forEach((name, c) -> coefficients.put(name, Exprs.print(Poly.sum(c, vars))));
    Expr shown = LawPrinter.groupedByState(terms, vars, state);
    return new ParametricForm(Exprs.print(shown), Latex.of(shown), coefficients, Poly.sum(terms, vars),
        p.verification(), Exprs.formatNumber(flip ? factor.negate() : factor));
  }
}
