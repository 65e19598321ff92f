package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;

/** Small builders of {@link Expr} trees that fold the trivial cases (times one, plus zero, power one). */
public final class E {
  private E() {}

  /** The name used for the constant pi inside trees; printed as a decimal or as {@code pi}. */
  public static final String PI = "pi";

  /** A name. */
  public static Expr v(String name) { return new Expr.Sym(name); }

  /** A rational constant. */
  public static Expr q(BigFraction f) { return new Expr.Num(f); }

  /** An integer constant. */
  public static Expr n(long k) { return new Expr.Num(new BigFraction(k)); }

  /** True when {@code e} is the number {@code k}. */
  public static boolean is(Expr e, long k) {
    return e instanceof Expr.Num num && num.value().equals(new BigFraction(k));
  }

  /** a + b. */
  public static Expr add(Expr a, Expr b) {
    if (is(a, 0)) return b;
    if (is(b, 0)) return a;
    if (b instanceof Expr.Neg ng) return new Expr.Bin('-', a, ng.arg());
    if (b instanceof Expr.Num nb && nb.value().signum() < 0) return new Expr.Bin('-', a, new Expr.Num(nb.value().negate()));
    return new Expr.Bin('+', a, b);
  }

  /** a - b. */
  public static Expr sub(Expr a, Expr b) {
    if (is(b, 0)) return a;
    if (is(a, 0)) return neg(b);
    return new Expr.Bin('-', a, b);
  }

  /** a * b. */
  public static Expr mul(Expr a, Expr b) {
    if (is(a, 1)) return b;
    if (is(b, 1)) return a;
    if (is(a, 0) || is(b, 0)) return n(0);
    if (is(a, -1)) return neg(b);
    if (is(b, -1)) return neg(a);
    return new Expr.Bin('*', a, b);
  }

  /** a / b. */
  public static Expr div(Expr a, Expr b) {
    if (is(b, 1)) return a;
    return new Expr.Bin('/', a, b);
  }

  /** -a. */
  public static Expr neg(Expr a) {
    if (a instanceof Expr.Num num) return new Expr.Num(num.value().negate());
    if (a instanceof Expr.Neg ng) return ng.arg();
    return new Expr.Neg(a);
  }

  /** a ^ p for a rational p, using sqrt and division where they read better. */
  public static Expr pow(Expr a, BigFraction p) {
    if (p.signum() == 0) return n(1);
    if (p.equals(BigFraction.ONE)) return a;
    if (p.signum() < 0) return div(n(1), pow(a, p.negate()));
    if (p.equals(new BigFraction(1, 2))) return call("sqrt", a);
    if (p.getDenominator().equals(BigInteger.TWO)) {
      return new Expr.Bin('^', call("sqrt", a), q(new BigFraction(p.getNumerator())));
    }
    return new Expr.Bin('^', a, q(p));
  }

  /** a ^ b for an expression exponent. */
  public static Expr pow(Expr a, Expr b) { return new Expr.Bin('^', a, b); }

  /** f(a). */
  public static Expr call(String f, Expr a) { return new Expr.Call(f, a); }

  /** Number of nodes of the tree: the complexity we report. */
  public static int size(Expr e) {
    if (e instanceof Expr.Neg ng) return 1 + size(ng.arg());
    if (e instanceof Expr.Bin b) return 1 + size(b.left()) + size(b.right());
    if (e instanceof Expr.Call c) return 1 + size(c.arg());
    return 1;
  }
}
