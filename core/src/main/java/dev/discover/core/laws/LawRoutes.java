package dev.discover.core.laws;

import dev.discover.core.LawOptions;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemSpec;
import java.util.List;

/**
 * The one place where the route of a law search is chosen: the first route, in this order, that accepts the
 * problem. A new route is one more entry here. After the route, laws of a rational system found with numeric
 * parameter values are classified by {@link ParameterClassification}.
 */
public final class LawRoutes {
  private static final List<LawRoute> ROUTES = List.of(new SymbolicParameterRoute(), new ExactRoute(), new NumericRoute());

  private LawRoutes() {}

  /** The route that solves the problem. */
  public static LawRoute choose(LawProblem problem) {
    for (LawRoute r : ROUTES) if (r.accepts(problem)) return r;
    throw new IllegalStateException("no law route accepts " + problem.spec().name());
  }

  /** The laws of a system file, with the parameter classification where it applies. */
  public static LawSearchResult find(SystemSpec spec, LawOptions options) {
    LawProblem problem = LawProblem.of(spec);
    LawSearchResult r = search(problem, options);
    return ParameterClassification.applies(problem) ? ParameterClassification.classify(problem, r, options) : r;
  }

  /**
   * The laws at the parameter values the system gives, by its route alone: no classification of each law's
   * parameter scope and no second search at random values (what a parameter sweep needs at each point).
   */
  public static LawSearchResult findAtGivenValues(SystemSpec spec, LawOptions options) {
    return search(LawProblem.of(spec), options);
  }

  /** The laws of a problem by its route, without the parameter classification. */
  static LawSearchResult search(LawProblem problem, LawOptions options) {
    return choose(problem).find(problem, options);
  }
}
