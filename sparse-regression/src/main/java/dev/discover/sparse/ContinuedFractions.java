package dev.discover.sparse;

/**
 * Best rational approximations by continued fractions: the fraction p/q closest to x among those with
 * q &lt;= a bound (convergents and semiconvergents), used to snap fitted coefficients to small exact
 * rationals.
 */
public final class ContinuedFractions {
  private ContinuedFractions() {}

  /**
   * The closest fraction to x with denominator at most {@code maxDenominator}, as {p, q} with q &gt; 0 and
   * p/q in lowest terms.
   */
  public static long[] approximate(double x, long maxDenominator) {
    if (!Double.isFinite(x)) throw new IllegalArgumentException("x must be finite, got " + x);
    if (maxDenominator < 1) throw new IllegalArgumentException("maxDenominator must be >= 1, got " + maxDenominator);
    if (Math.abs(x) > 1e15) throw new IllegalArgumentException("|x| too large to approximate: " + x);
    long sign = x < 0 ? -1 : 1;
    double v = Math.abs(x);
    long p0 = 0, q0 = 1, p1 = 1, q1 = 0; // convergents h(-2)/k(-2), h(-1)/k(-1)
    double r = v;
    for (int it = 0; it < 64; it++) {
      long a = (long) Math.floor(r);
      long p2 = a * p1 + p0, q2 = a * q1 + q0;
      if (q2 > maxDenominator) {
        // best semiconvergent with the largest allowed multiplier
        long t = (maxDenominator - q0) / q1;
        long ps = t * p1 + p0, qs = t * q1 + q0;
        boolean semi = t > 0 && Math.abs(v - (double) ps / qs) < Math.abs(v - (double) p1 / q1);
        return semi ? new long[] {sign * ps, qs} : new long[] {sign * p1, q1};
      }
      p0 = p1; q0 = q1; p1 = p2; q1 = q2;
      double frac = r - a;
      if (frac < 1e-15 || Math.abs(v - (double) p1 / q1) <= 1e-16 * Math.max(1, v)) break;
      r = 1 / frac;
    }
    return new long[] {sign * p1, q1};
  }
}
