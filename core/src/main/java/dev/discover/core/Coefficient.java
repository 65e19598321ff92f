package dev.discover.core;

import dev.discover.symbolic.Exprs;
import org.hipparchus.fraction.BigFraction;

/** The coefficient of one basis function in a law: an exact rational, or a floating-point number where none fits. */
public sealed interface Coefficient {
  /** The value, in system-file syntax ({@code -3/2}, {@code 0.7071067811865476}). */
  String text();

  /** -1, 0 or 1. */
  int signum();

  /** The value as a double. */
  double doubleValue();

  /** An exact rational coefficient. */
  record Exact(BigFraction value) implements Coefficient {
    @Override public String text() { return Exprs.formatNumber(value); }
    @Override public int signum() { return value.getNumerator().signum(); }
    @Override public double doubleValue() { return value.doubleValue(); }
  }

  /** A floating-point coefficient (the floating-point route, where no small rational fits). */
  record Approximate(double value) implements Coefficient {
    @Override public String text() { return Double.toString(value); }
    @Override public int signum() { return (int) Math.signum(value); }
    @Override public double doubleValue() { return value; }
  }
}
