package dev.discover.core.laws;

import dev.discover.core.ConservationLaw;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.LawOptions;
import dev.discover.core.LawSearchResult;
import dev.discover.core.Manifold;
import dev.discover.core.ParameterReport;
import dev.discover.core.SystemSpec;
import dev.discover.symbolic.RationalFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The stage after a route for systems with numeric parameters: each law found is checked again with the
 * parameters as symbols (constant variables): it either holds for every value with the same coefficients, or
 * needs the values given. The number of laws at random parameter values is counted too.
 */
final class ParameterClassification {
  private ParameterClassification() {}

  /** True for a rational system with numeric parameters and none symbolic. */
  static boolean applies(LawProblem p) {
    return !p.spec().parameters().isEmpty() && p.symbolicParameters().isEmpty() && p.isRational();
  }

  /** The result with every law's parameter scope decided and the parameter report filled in. */
  static LawSearchResult classify(LawProblem problem, LawSearchResult r, LawOptions opt) {
    SystemSpec spec = problem.spec();
    List<String> params = new ArrayList<>(spec.parameters().keySet());
    SystemSpec ext = ParameterSystems.extended(spec, params);
    DynamicalSystem sys = DynamicalSystem.of(ext);
    Manifold manifold = Manifold.of(sys);
    if (!sys.isRational() || !manifold.isExplicit()) return r;
    List<ConservationLaw> laws = new ArrayList<>();
    int genericLaws = 0;
    for (ConservationLaw l : r.laws()) {
      boolean g;
      try {
        RationalFunction h = RationalFunction.of(l.function(), ext.variables(), Map.of());
        g = Verifier.conserved(sys, manifold, h, opt.symbolicTermLimit()) == Verifier.Identity.HOLDS;
      } catch (RuntimeException e) {
        g = false;
      }
      if (g) genericLaws++;
      laws.add(l.withGeneric(g));
    }
    int generic = ParameterSystems.lawCount(ParameterSystems.atRandomValues(spec, new Random(opt.seed() * 13 + 5)), opt);
    String note = genericLaws + " of " + laws.size() + " laws hold for every value of the parameters with the same"
        + " coefficients; the others hold for the values given (their coefficients depend on the parameters, written as"
        + " polynomials in them where found). At random parameter values there are " + generic + " laws.";
    if (genericLaws == laws.size()) note = "every law holds for every value of the parameters (" + generic + " laws at random values)";
    return r.with(ParametricForms.attach(spec, laws, opt), new ParameterReport(List.of(), params, generic, note));
  }
}
