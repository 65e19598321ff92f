package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import java.util.List;

/**
 * An expression with named free constants, their starting values and their kinds, ready for fitting.
 *
 * @param expr the expression; free constants are the names in {@code params}
 * @param params names of the free constants
 * @param start starting values, one per name
 * @param kinds how each constant may be snapped
 * @param origin which search stage made it, for diagnostics
 */
public record Template(Expr expr, List<String> params, double[] start, List<Kind> kinds, String origin) {
  /** How a constant may be snapped to a simple value. */
  public enum Kind {
    /** A multiplicative constant: rationals times powers of pi. */
    SCALE,
    /** An additive constant: zero first, then as a scale. */
    OFFSET,
    /** An exponent: small rationals, zero drops the factor. */
    EXPONENT
  }

  /** Copies the arrays and lists. */
  public Template {
    params = List.copyOf(params);
    kinds = List.copyOf(kinds);
    start = start.clone();
    if (params.size() != start.length || params.size() != kinds.size()) {
      throw new IllegalArgumentException("template has " + params.size() + " names, " + start.length
          + " values and " + kinds.size() + " kinds");
    }
  }

  /** A copy of the starting values. */
  @Override public double[] start() { return start.clone(); }
}
