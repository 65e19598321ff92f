package dev.discover.sparse;

import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;

/** Rational coefficient vectors scaled to integers: the common denominator, the integer vector, and its gcd. */
public final class IntegerScaling {
  private IntegerScaling() {}

  /** The least common multiple of the denominators. */
  public static BigInteger commonDenominator(BigFraction[] c) {
    BigInteger lcm = BigInteger.ONE;
    for (BigFraction x : c) {
      if (x == null || x.getNumerator().signum() == 0) continue;
      BigInteger d = x.getDenominator();
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    return lcm;
  }

  /** The vector times its common denominator: integers, not yet divided by their gcd ({@code null} entries: 0). */
  public static BigInteger[] integers(BigFraction[] c) {
    BigInteger lcm = commonDenominator(c);
    BigInteger[] out = new BigInteger[c.length];
    for (int j = 0; j < c.length; j++) {
      out[j] = c[j] == null ? BigInteger.ZERO : c[j].getNumerator().multiply(lcm.divide(c[j].getDenominator()));
    }
    return out;
  }

  /** The gcd of the entries (0 for the zero vector). */
  public static BigInteger gcd(BigInteger[] v) {
    BigInteger g = BigInteger.ZERO;
    for (BigInteger x : v) g = g.gcd(x);
    return g;
  }

  /**
   * Scaled to integer coefficients with gcd 1, signed so that most coefficients are positive (ties: the first
   * nonzero one positive).
   */
  public static BigFraction[] primitive(BigFraction[] c) {
    BigInteger[] ints = integers(c);
    BigInteger g = gcd(ints);
    int balance = 0;
    int first = 0;
    for (BigInteger x : ints) {
      balance += x.signum();
      if (first == 0) first = x.signum();
    }
    boolean flip = balance < 0 || balance == 0 && first < 0;
    BigFraction[] out = new BigFraction[c.length];
    for (int j = 0; j < c.length; j++) {
      BigInteger v = g.signum() == 0 ? ints[j] : ints[j].divide(g);
      out[j] = new BigFraction(flip ? v.negate() : v);
    }
    return out;
  }
}
