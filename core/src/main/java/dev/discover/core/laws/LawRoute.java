package dev.discover.core.laws;

import dev.discover.core.LawOptions;
import dev.discover.core.LawSearchResult;

/**
 * One way of finding the laws of a system: exact rational elimination, floating point, symbolic parameters, and
 * whatever comes next. {@link LawRoutes} asks the routes in order and the first that accepts a problem solves it.
 */
public interface LawRoute {
  /** Whether this route can solve the problem. */
  boolean accepts(LawProblem problem);

  /** The laws of the problem; only called after {@link #accepts} returned true. */
  LawSearchResult find(LawProblem problem, LawOptions options);
}
