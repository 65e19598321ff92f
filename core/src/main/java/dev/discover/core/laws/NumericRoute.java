package dev.discover.core.laws;

import dev.discover.core.LawOptions;
import dev.discover.core.LawSearchResult;

/** The floating-point route: every system with numeric parameters (the last resort of {@link LawRoutes}). */
final class NumericRoute implements LawRoute {
  @Override public boolean accepts(LawProblem p) { return p.symbolicParameters().isEmpty(); }

  @Override public LawSearchResult find(LawProblem p, LawOptions options) { return NumericSearch.find(p, options); }
}
