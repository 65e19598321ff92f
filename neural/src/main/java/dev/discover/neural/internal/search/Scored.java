package dev.discover.neural.internal.search;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;

/** A formula with its relative error on the rows it was fitted to, and its rank in the search. */
public record Scored(Expr expr, double relErr, double score) {
  /** log10(relative error, floored at 1e-10) + 0.04 per node: the ranking used throughout the search. */
  public static double score(double relErr, Expr e) { return Math.log10(Math.max(relErr, 1e-10)) + 0.04 * Exprs.size(e); }

  /** The formula, scored. */
  public static Scored of(Expr e, double relErr) { return new Scored(e, relErr, score(relErr, e)); }
}
