package dev.discover.symbolic;

import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;

/**
 * The arithmetic an exact evaluation needs. Two implementations: the rationals ({@link #RATIONALS}) and
 * the integers modulo a word-size prime ({@link #modulo(long)}). Division by zero throws
 * {@link ArithmeticException}, which callers treat as "this sample point is singular".
 *
 * @param <T> the element type
 */
public interface Field<T> {
  /** a + b. */
  T add(T a, T b);
  /** a - b. */
  T sub(T a, T b);
  /** a * b. */
  T mul(T a, T b);
  /** a / b; throws ArithmeticException when b is zero. */
  T div(T a, T b);
  /** -a. */
  T neg(T a);
  /** The image of a rational number; throws ArithmeticException when its denominator vanishes. */
  T of(BigFraction q);
  /** True for zero. */
  boolean isZero(T a);

  /** a^k for any integer k (negative powers invert). */
  default T pow(T a, int k) {
    if (k < 0) return div(of(BigFraction.ONE), pow(a, -k));
    T r = of(BigFraction.ONE);
    T b = a;
    while (k > 0) {
      if ((k & 1) != 0) r = mul(r, b);
      b = mul(b, b);
      k >>= 1;
    }
    return r;
  }

  /** Exact rational arithmetic. */
  Field<BigFraction> RATIONALS = new Field<>() {
    public BigFraction add(BigFraction a, BigFraction b) { return a.add(b); }
    public BigFraction sub(BigFraction a, BigFraction b) { return a.subtract(b); }
    public BigFraction mul(BigFraction a, BigFraction b) { return a.multiply(b); }
    public BigFraction div(BigFraction a, BigFraction b) {
      if (b.getNumerator().signum() == 0) throw new ArithmeticException("division by zero");
      return a.divide(b);
    }
    public BigFraction neg(BigFraction a) { return a.negate(); }
    public BigFraction of(BigFraction q) { return q; }
    public boolean isZero(BigFraction a) { return a.getNumerator().signum() == 0; }
  };

  /** Arithmetic modulo a prime below 2^31, on values in [0, p). */
  static Field<Long> modulo(long p) {
    if (p <= 2 || p >= (1L << 31)) throw new IllegalArgumentException("prime must be in (2, 2^31), got " + p);
    BigInteger bp = BigInteger.valueOf(p);
    return new Field<>() {
      public Long add(Long a, Long b) { long s = a + b; return s >= p ? s - p : s; }
      public Long sub(Long a, Long b) { long s = a - b; return s < 0 ? s + p : s; }
      public Long mul(Long a, Long b) { return a * b % p; }
      public Long div(Long a, Long b) {
        if (b == 0) throw new ArithmeticException("division by zero modulo " + p);
        // Extended Euclid on longs: BigInteger.modInverse would allocate on every division.
        long t = 0, newT = 1, r = p, newR = b;
        while (newR != 0) {
          long q = r / newR;
          long tmp = t - q * newT; t = newT; newT = tmp;
          tmp = r - q * newR; r = newR; newR = tmp;
        }
        return a * (t < 0 ? t + p : t) % p;
      }
      public Long neg(Long a) { return a == 0 ? 0L : p - a; }
      public Long of(BigFraction q) {
        long num = q.getNumerator().mod(bp).longValue();
        BigInteger den = q.getDenominator().mod(bp);
        if (den.signum() == 0) throw new ArithmeticException("denominator vanishes modulo " + p);
        return num * den.modInverse(bp).longValue() % p;
      }
      public boolean isZero(Long a) { return a == 0; }
    };
  }
}
