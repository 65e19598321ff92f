package dev.discover.sparse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/** Arithmetic modulo word-size primes: the primes we use, inverses and residues (lifting back: {@link RationalLift}). */
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
   * The value modulo p of a polynomial given as exponent vectors to rational coefficients, at the point x (residues);
   * throws ArithmeticException when p divides a denominator.
   */
  public static long polynomialValue(Map<List<Integer>, BigFraction> terms, long[] x, long p) {
    long acc = 0;
    for (Map.Entry<List<Integer>, BigFraction> t : terms.entrySet()) {
      long v = residue(t.getValue().getNumerator(), t.getValue().getDenominator(), p);
      for (int i = 0; i < x.length; i++) {
        int k = t.getKey().get(i);
        for (int r = 0; r < k; r++) v = v * x[i] % p;
      }
      acc = (acc + v) % p;
    }
    return acc;
  }
}
