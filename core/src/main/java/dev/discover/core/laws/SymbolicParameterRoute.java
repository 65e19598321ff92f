package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.ConservationLaw;
import dev.discover.core.DynamicalSystem;
import dev.discover.io.InputException;
import dev.discover.core.LawOptions;
import dev.discover.core.LawSearchResult;
import dev.discover.core.Manifold;
import dev.discover.core.ParameterReport;
import dev.discover.core.SystemSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The route for symbolic parameters. They become constant variables (p' = 0) and the basis is multiplied by
 * monomials in them, so the exact search returns laws whose coefficients are polynomials in the parameters (a
 * null vector over the field of rational functions, denominators cleared): they hold for every parameter value.
 * The number of laws at random parameter values tells how many to expect; the parameter degree grows until they
 * are all found.
 */
final class SymbolicParameterRoute implements LawRoute {
  private static final int MAX_PARAMETER_DEGREE = 3;

  @Override public boolean accepts(LawProblem p) { return !p.symbolicParameters().isEmpty(); }

  @Override public LawSearchResult find(LawProblem problem, LawOptions opt) {
    SystemSpec spec = problem.spec();
    List<String> symbols = problem.symbolicParameters();
    List<String> numeric = new ArrayList<>(spec.parameters().keySet());
    numeric.removeAll(symbols);
    SystemSpec ext = ParameterSystems.extended(spec, symbols);
    DynamicalSystem sys = DynamicalSystem.of(ext);
    Basis base = Basis.build(spec.basis(), ext.variables(), spec.source());
    LawProblem extended = LawProblem.of(sys, base, spec.variables().size());
    if (!base.isPolynomial() || !extended.isRational() || !Manifold.of(sys).isExplicit()) {
      throw InputException.at(spec.source(), "parameters." + symbols.get(0), "symbolic parameters need rational"
          + " right-hand sides, a polynomial basis and constraints solvable for a variable; give numeric values");
    }
    int generic = ParameterSystems.lawCount(ParameterSystems.specialized(spec, new Random(opt.seed() * 31 + 7)), opt);
    int state = spec.variables().size();
    LawSearchResult r = ExactSearch.find(LawProblem.of(sys, base.timesMonomials(state, 1), state), opt);
    for (int d = 2; d <= MAX_PARAMETER_DEGREE && r.independentCount() < generic; d++) {
      r = ExactSearch.find(LawProblem.of(sys, base.timesMonomials(state, d), state), opt);
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
}
