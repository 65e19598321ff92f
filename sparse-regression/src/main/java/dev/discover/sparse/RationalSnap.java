package dev.discover.sparse;

import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * Snapping floating-point coefficients to nearby small rationals by continued fractions, for laws found
 * numerically: 0.49999999997 becomes 1/2. A snap is only a guess; the caller must re-check the snapped law.
 */
public final class RationalSnap {
  private RationalSnap() {}

  /**
   * The simplest rational p/q with q &lt;= maxDenominator within {@code tolerance} of x (absolute), or empty when
   * there is none.
   */
  public static Optional<BigFraction> snap(double x, long maxDenominator, double tolerance) {
    if (!Double.isFinite(x)) throw new IllegalArgumentException("cannot snap " + x);
    long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
    double r = x;
    for (int i = 0; i < 64; i++) {
      double a = Math.floor(r);
      if (Math.abs(a) > 1e15) return Optional.empty();
      long ai = (long) a;
      long h2 = ai * h1 + h0;
      long k2 = ai * k1 + k0;
      if (k2 > maxDenominator || k2 <= 0) return Optional.empty();
      if (Math.abs((double) h2 / k2 - x) <= tolerance) return Optional.of(new BigFraction(h2, k2));
      h0 = h1; h1 = h2; k0 = k1; k1 = k2;
      double frac = r - a;
      if (frac == 0) return Optional.empty();
      r = 1 / frac;
    }
    return Optional.empty();
  }
}
