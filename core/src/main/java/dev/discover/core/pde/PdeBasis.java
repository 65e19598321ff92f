package dev.discover.core.pde;

import org.hipparchus.fraction.BigFraction;

/** Which candidate densities to try: one scaling weight, every weight up to a bound, or degree bounds. */
public sealed interface PdeBasis permits PdeBasis.Rank, PdeBasis.MaxRank, PdeBasis.Degree {
  /** Every density of scaling weight {@code rank}. */
  record Rank(BigFraction rank) implements PdeBasis {}

  /** Every density of scaling weight up to {@code maxRank}. */
  record MaxRank(BigFraction maxRank) implements PdeBasis {}

  /**
   * Every density of polynomial degree 1..{@code degree} in the fields and their derivatives, with no
   * derivative of order above {@code derivativeOrder}: for equations with no single scaling.
   */
  record Degree(int degree, int derivativeOrder) implements PdeBasis {
    /** Checks the bounds. */
    public Degree {
      if (degree < 1) throw new IllegalArgumentException("degree must be >= 1, got " + degree);
      if (derivativeOrder < 0) throw new IllegalArgumentException("derivative_order must be >= 0, got " + derivativeOrder);
    }
  }
}
