package dev.discover.sparse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Arithmetic modulo word-size primes: the primes we use, inverses, and rational reconstruction. */
public final class Modular {
  /** Primes just below 2^31, largest first: products of two residues fit in a signed long. */
  public static final List<Long> PRIMES;

  static {
    List<Long> ps = new ArrayList<>();
    for (long c = (1L << 31) - 1; ps.size() < 64; c -= 2) {
      if (BigInteger.valueOf(c).isProbablePrime(50)) ps.add(c);
    }
    PRIMES = Collections.unmodifiableList(ps);
  }

  private Modular() {}

  /** a^-1 mod p for a in [1, p); throws ArithmeticException for a = 0. */
  public static long inverse(long a, long p) {
    if (a % p == 0) throw new ArithmeticException("0 has no inverse modulo " + p);
    long t = 0, newT = 1, r = p, newR = ((a % p) + p) % p;
    while (newR != 0) {
      long q = r / newR;
      long tmp = t - q * newT; t = newT; newT = tmp;
      tmp = r - q * newR; r = newR; newR = tmp;
    }
    return t < 0 ? t + p : t;
  }

  /** The residue of a rational number num/den modulo p; throws ArithmeticException when p divides den. */
  public static long residue(BigInteger num, BigInteger den, long p) {
    BigInteger bp = BigInteger.valueOf(p);
    long d = den.mod(bp).longValue();
    return num.mod(bp).longValue() * inverse(d, p) % p;
  }

  /**
   * Rational reconstruction (Wang): the unique n/d with |n|, d <= sqrt(m/2) and n = a d mod m, or null when
   * none exists. Returns {numerator, denominator}.
   */
  public static BigInteger[] reconstruct(BigInteger a, BigInteger m) {
    BigInteger bound = m.shiftRight(1).sqrt();
    BigInteger r0 = m, r1 = a.mod(m), t0 = BigInteger.ZERO, t1 = BigInteger.ONE;
    while (r1.compareTo(bound) > 0) {
      BigInteger[] qr = r0.divideAndRemainder(r1);
      BigInteger t2 = t0.subtract(qr[0].multiply(t1));
      r0 = r1; r1 = qr[1]; t0 = t1; t1 = t2;
    }
    if (t1.signum() == 0 || t1.abs().compareTo(bound) > 0) return null;
    if (!r1.gcd(t1).equals(BigInteger.ONE)) return null;
    if (t1.signum() < 0) { t1 = t1.negate(); r1 = r1.negate(); }
    return new BigInteger[] {r1, t1};
  }
}
