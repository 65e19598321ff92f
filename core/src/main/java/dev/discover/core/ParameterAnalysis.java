package dev.discover.core;

import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.RationalFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Laws and parameters. Symbolic parameters become constant variables (p' = 0) and the basis is multiplied by
 * monomials in them, so the exact search returns laws whose coefficients are polynomials in the parameters
 * (a null vector over the field of rational functions, denominators cleared): they hold for every parameter
 * value. The number of laws at random parameter values tells how many to expect; the parameter degree grows
 * until they are all found. For numeric parameters, each law found is checked again with the parameters as
 * symbols: it either holds for all values, or needs the values given.
 */
final class ParameterAnalysis {
  private static final int MAX_PARAMETER_DEGREE = 3;

  private ParameterAnalysis() {}

  static List<String> symbolic(SystemSpec s) {
    List<String> out = new ArrayList<>();
    s.parameters().forEach((k, v) -> { if (v == null) out.add(k); });
    return out;
  }

  /** The system with the named parameters turned into variables with zero derivative (after the state). */
  static SystemSpec extended(SystemSpec s, List<String> asSymbols) {
    List<String> vars = new ArrayList<>(s.variables());
    vars.addAll(asSymbols);
    Map<String, String> params = new LinkedHashMap<>(s.parameters());
    Map<String, String> eqs = new LinkedHashMap<>(s.equations());
    for (String p : asSymbols) {
      params.remove(p);
      eqs.put(p, "0");
    }
    return new SystemSpec(s.source(), s.name(), s.description(), vars, params, s.definitions(), eqs, s.constraints(),
        s.basis(), s.sampling(), s.expectedIndependent(), s.expectedLaws());
  }

  /** The system with its symbolic parameters replaced by random rationals. */
  static SystemSpec specialized(SystemSpec s, Random rnd) {
    Map<String, String> params = new LinkedHashMap<>();
    s.parameters().forEach((k, v) -> params.put(k, v == null ? (2 + rnd.nextInt(9973)) + "/" + (1 + rnd.nextInt(997)) : v));
    return new SystemSpec(s.source(), s.name(), s.description(), s.variables(), params, s.definitions(), s.equations(),
        s.constraints(), s.basis(), s.sampling(), s.expectedIndependent(), s.expectedLaws());
  }

  /** Finds the laws of a system with symbolic parameters, coefficients polynomial in them. */
  static LawSearchResult findSymbolic(SystemSpec spec, LawOptions opt) {
    List<String> symbols = symbolic(spec);
    List<String> numeric = new ArrayList<>(spec.parameters().keySet());
    numeric.removeAll(symbols);
    SystemSpec ext = extended(spec, symbols);
    DynamicalSystem sys = DynamicalSystem.of(ext);
    Basis base = Basis.build(spec.basis(), ext.variables(), spec.source());
    if (!base.isPolynomial() || !LawFinder.isRational(sys, base) || !Manifold.of(sys).isExplicit()) {
      throw InputException.at(spec.source(), "parameters." + symbols.get(0), "symbolic parameters need rational"
          + " right-hand sides, a polynomial basis and constraints solvable for a variable; give numeric values");
    }
    SystemSpec special = specialized(spec, new Random(opt.seed() * 31 + 7));
    int generic = LawFinder.find(DynamicalSystem.of(special), Basis.build(special.basis(), special.variables(),
        special.source()), opt).independentCount();
    int state = spec.variables().size();
    LawSearchResult r = null;
    for (int d = 1; d <= MAX_PARAMETER_DEGREE; d++) {
      Basis b = base.timesMonomials(state, d);
      r = LawFinder.find(sys, b, opt, state);
      if (r.independentCount() >= generic) break;
    }
    List<ConservationLaw> laws = new ArrayList<>();
    for (ConservationLaw l : r.laws()) laws.add(l.withGeneric(true));
    String note = laws.size() + " laws hold for every value of " + String.join(", ", symbols)
        + "; their coefficients are polynomials in the parameters (" + generic + " laws at random parameter values"
        + (laws.size() < generic ? "; the others need coefficients of higher degree in the parameters than "
            + MAX_PARAMETER_DEGREE : "") + ")";
    return new LawSearchResult(r.system(), spec.variables(), r.basisSize(), r.nullSpaceDimension(), r.trivialCount(),
        laws, r.dependentByDegree(), r.method() + "; symbolic parameters as constant variables", r.samplePoints(),
        r.timingsMs(), new ParameterReport(symbols, numeric, generic, note), r.spectrum());
  }

  /**
   * Marks each law found with numeric parameter values as generic (it holds, with the same coefficients, for
   * every parameter value) or not, and counts the laws at random parameter values.
   */
  static LawSearchResult classify(SystemSpec spec, LawSearchResult r, LawOptions opt) {
    List<String> params = new ArrayList<>(spec.parameters().keySet());
    SystemSpec ext = extended(spec, params);
    DynamicalSystem sys = DynamicalSystem.of(ext);
    Manifold manifold = Manifold.of(sys);
    if (!sys.isRational() || !manifold.isExplicit()) return r;
    List<ConservationLaw> laws = new ArrayList<>();
    int genericLaws = 0;
    for (ConservationLaw l : r.laws()) {
      boolean g;
      try {
        RationalFunction h = RationalFunction.of(ExprParser.parse(l.expression()), ext.variables(), Map.of());
        Boolean exact = Verifier.conservedExactly(sys, manifold, h, opt.symbolicTermLimit());
        g = exact != null && exact;
      } catch (RuntimeException e) {
        g = false;
      }
      if (g) genericLaws++;
      laws.add(l.withGeneric(g));
    }
    Map<String, String> randomized = new LinkedHashMap<>();
    spec.parameters().keySet().forEach(p -> randomized.put(p, null));
    SystemSpec atRandom = specialized(new SystemSpec(spec.source(), spec.name(), spec.description(), spec.variables(),
        randomized, spec.definitions(), spec.equations(), spec.constraints(), spec.basis(), spec.sampling(), -1,
        List.of()), new Random(opt.seed() * 13 + 5));
    int generic = LawFinder.find(DynamicalSystem.of(atRandom), Basis.build(atRandom.basis(), atRandom.variables(),
        atRandom.source()), opt).independentCount();
    String note = genericLaws + " of " + laws.size() + " laws hold for every value of the parameters with the same"
        + " coefficients; the others hold for the values given (their coefficients depend on the parameters; mark"
        + " parameters \"symbolic\" to see how). At random parameter values there are " + generic + " laws.";
    if (genericLaws == laws.size()) note = "every law holds for every value of the parameters (" + generic + " laws at random values)";
    return r.with(laws, new ParameterReport(List.of(), params, generic, note));
  }
}
