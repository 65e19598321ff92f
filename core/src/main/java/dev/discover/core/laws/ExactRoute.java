package dev.discover.core.laws;

import dev.discover.core.LawOptions;
import dev.discover.core.LawSearchResult;

/** The exact route: rational systems and bases on a manifold given by constraints solvable for a variable. */
final class ExactRoute implements LawRoute {
  @Override public boolean accepts(LawProblem p) {
    return p.symbolicParameters().isEmpty() && p.isRational() && p.manifold().isExplicit();
  }

  @Override public LawSearchResult find(LawProblem p, LawOptions options) { return ExactSearch.find(p, options); }
}
