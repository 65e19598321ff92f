package dev.discover.neural;

import dev.discover.symbolic.Expr;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;

/**
 * Replaces the decimal constants of a formula by the simplest exact constants that agree with them to 4
 * significant digits, so that a computer-algebra system can compare the formula with an exact one.
 *
 * <p>The candidates for a decimal v are {@code r * pi^k} and {@code sqrt(r) * pi^k} with r = p/q in lowest
 * terms, 1 <= p <= 1000, 1 <= q <= 100, and k in {-2, -3/2, ..., 2}; a candidate agrees when it is within a
 * relative 5e-5 of |v|. Among those, the simplest is the one that takes the fewest digits to write down
 * together with its remaining error: the decimal digits of p and q (q = 1 counts none), plus 1 for an
 * integer power of pi, 2 for a half power and 1 for a square root, plus log10(relative error) + n where the
 * decimal has n significant digits (nothing when the error is below the decimal's own precision). Without
 * the error term, coincidences win: 8*pi/63 agrees with 0.39894228 to a relative 2.5e-5 and is shorter to
 * write than 1/sqrt(2*pi), which agrees to 1e-9. A decimal no candidate matches stays as it is, exactly.
 * A quotient of two integers counts as one constant, with the digits of the shorter of its decimal and its
 * reciprocal's. The name {@code pi} stands for the constant, as in {@link FeynmanData#truth}.
 */
final class ExactConstants {
  /** Relative agreement required: 4 significant digits. */
  static final double REL_TOL = 5e-5;
  private static final int MAX_P = 1000;
  private static final int MAX_Q = 100;
  private static final double[] PI_POWERS = {0, 1, -1, 2, -2, 0.5, -0.5, 1.5, -1.5};

  private ExactConstants() {}

  /**
   * The formula with every decimal constant (a number that is not an integer) replaced by its simplest exact
   * match; integers and names stay.
   */
  static Expr replaceDecimals(Expr e) {
    if (e instanceof Expr.Num n) {
      return n.value().getDenominator().equals(BigInteger.ONE) ? e : simplest(n.value(), e);
    }
    if (e instanceof Expr.Neg n) return new Expr.Neg(replaceDecimals(n.arg()));
    // p/q of two integers is one constant, as the engine prints a fraction whose decimal does not end (the
    // reciprocal of a fitted decimal, 1000000/20943951 for 1/20.943951): its digits are the shorter of the two
    // decimals, itself and its reciprocal
    if (e instanceof Expr.Bin b && b.op() == '/' && b.left() instanceof Expr.Num p && b.right() instanceof Expr.Num q
        && p.value().getDenominator().equals(BigInteger.ONE) && q.value().getDenominator().equals(BigInteger.ONE)
        && q.value().signum() != 0 && !q.value().equals(BigFraction.ONE)) {
      BigFraction v = p.value().divide(q.value());
      return simplest(v, e, Math.min(significantDigits(v), significantDigits(v.reciprocal())));
    }
    if (e instanceof Expr.Bin b) return new Expr.Bin(b.op(), replaceDecimals(b.left()), replaceDecimals(b.right()));
    if (e instanceof Expr.Call c) return new Expr.Call(c.function(), replaceDecimals(c.arg()));
    return e;
  }

  /** The simplest exact constant within {@link #REL_TOL} of v, or {@code fallback} when there is none. */
  static Expr simplest(BigFraction value, Expr fallback) { return simplest(value, fallback, significantDigits(value)); }

  private static Expr simplest(BigFraction value, Expr fallback, int digits) {
    double v = value.doubleValue();
    if (v == 0 || !Double.isFinite(v)) return fallback;
    double a = Math.abs(v);
    Expr best = null;
    double bestCost = Double.POSITIVE_INFINITY, bestErr = 0;
    for (double k : PI_POWERS) {
      double w = a / Math.pow(Math.PI, k);
      for (boolean root : new boolean[] {false, true}) {
        double target = root ? w * w : w;
        for (int q = 1; q <= MAX_Q; q++) {
          long p = Math.round(target * q);
          if (p < 1 || p > MAX_P || BigInteger.valueOf(p).gcd(BigInteger.valueOf(q)).intValue() != 1) continue;
          if (root && isSquare(p) && isSquare(q)) continue;
          double candidate = root ? Math.sqrt(p / (double) q) : p / (double) q;
          double err = Math.abs(candidate - w) / w;
          if (err > REL_TOL) continue;
          double cost = digits(p) + (q == 1 ? 0 : digits(q)) + (k == 0 ? 0 : (k == Math.rint(k) ? 1 : 2))
              + (root ? 1 : 0) + Math.max(0, Math.log10(err) + digits);
          if (cost < bestCost || (cost == bestCost && err < bestErr)) {
            best = build(new BigFraction(p, q), root, k);
            bestCost = cost;
            bestErr = err;
          }
        }
      }
    }
    if (best == null) return fallback;
    return v < 0 ? new Expr.Neg(best) : best;
  }

  private static Expr build(BigFraction r, boolean root, double k) {
    Expr c = root ? new Expr.Call("sqrt", Expr.num(r)) : Expr.num(r);
    if (k == 0) return c;
    boolean one = !root && r.equals(BigFraction.ONE);
    Expr pi = Expr.sym("pi");
    Expr power = k == 1 ? pi : new Expr.Bin('^', pi, Expr.num(new BigFraction((long) Math.rint(2 * k), 2)));
    return one ? power : new Expr.Bin('*', c, power);
  }

  /** Significant digits of a decimal; 17 (a double's) when the value has no finite decimal expansion. */
  static int significantDigits(BigFraction v) {
    try {
      BigDecimal d = new BigDecimal(v.getNumerator()).divide(new BigDecimal(v.getDenominator()));
      return d.stripTrailingZeros().precision();
    } catch (ArithmeticException nonTerminating) {
      return 17;
    }
  }

  private static boolean isSquare(long n) {
    long r = Math.round(Math.sqrt(n));
    return r * r == n;
  }

  private static int digits(long n) { return Long.toString(n).length(); }
}
