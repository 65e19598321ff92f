package dev.discover.testing;

import java.util.Locale;

/**
 * How far a law may drift from its value at the first sample: a sample passes when
 * {@code |H(x_i) - H(x_0)| <= absolute + relative * |H(x_0)|}, the mixed test of ODE integrators. A purely
 * relative tolerance allows no drift at all for a law whose first value is 0 (angular momentum of a planar
 * start, say): give such laws an absolute part.
 *
 * @param absolute the allowed drift in the law's own units, {@code >= 0}
 * @param relative the allowed drift as a fraction of {@code |H(x_0)|}, {@code >= 0}
 */
public record Tolerance(double absolute, double relative) {
  /** Checks that both parts are finite and non-negative, and that one is positive. */
  public Tolerance {
    if (!(absolute >= 0) || !Double.isFinite(absolute)) throw new IllegalArgumentException("absolute tolerance must be finite and >= 0, got " + absolute);
    if (!(relative >= 0) || !Double.isFinite(relative)) throw new IllegalArgumentException("relative tolerance must be finite and >= 0, got " + relative);
    if (absolute == 0 && relative == 0) throw new IllegalArgumentException("a tolerance of 0 fails on rounding error alone; give a positive absolute or relative part");
  }

  /** Drift up to {@code fraction * |H(x_0)|}. */
  public static Tolerance relative(double fraction) { return new Tolerance(0, fraction); }

  /** Drift up to {@code amount}, whatever the law's size. */
  public static Tolerance absolute(double amount) { return new Tolerance(amount, 0); }

  /** Drift up to {@code absolute + relative * |H(x_0)|}. */
  public static Tolerance of(double absolute, double relative) { return new Tolerance(absolute, relative); }

  /** The largest drift allowed for a law whose first value is {@code initial}. */
  public double bound(double initial) { return absolute + relative * Math.abs(initial); }

  /** "relative 1e-08", "absolute 1e-10" or "absolute 1e-10 + relative 1e-08". */
  @Override public String toString() {
    String a = String.format(Locale.ROOT, "absolute %.3g", absolute);
    String r = String.format(Locale.ROOT, "relative %.3g", relative);
    return relative == 0 ? a : absolute == 0 ? r : a + " + " + r;
  }
}
