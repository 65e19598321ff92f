package dev.discover.neural.units;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * The exponents of the base units in a quantity's unit, exact rationals. Immutable; the base names live in
 * the {@link Units} table that made it.
 */
public final class Dimension {
  private final BigFraction[] exponents;

  private Dimension(BigFraction[] exponents) { this.exponents = exponents; }

  /** A dimension with these exponents (copied). */
  public static Dimension of(BigFraction... exponents) {
    BigFraction[] c = exponents.clone();
    for (int i = 0; i < c.length; i++) java.util.Objects.requireNonNull(c[i], "exponent " + i);
    return new Dimension(c);
  }

  /** A dimension with these integer exponents. */
  public static Dimension ofInts(int... exponents) {
    BigFraction[] c = new BigFraction[exponents.length];
    for (int i = 0; i < c.length; i++) c[i] = new BigFraction(exponents[i]);
    return new Dimension(c);
  }

  /** The dimensionless quantity over {@code bases} base units. */
  public static Dimension none(int bases) {
    BigFraction[] c = new BigFraction[bases];
    Arrays.fill(c, BigFraction.ZERO);
    return new Dimension(c);
  }

  /** Number of base units. */
  public int size() { return exponents.length; }

  /** The exponent of base unit {@code i}. */
  public BigFraction exponent(int i) { return exponents[i]; }

  /** True when every exponent is zero. */
  public boolean dimensionless() {
    for (BigFraction e : exponents) if (e.signum() != 0) return false;
    return true;
  }

  /** The unit of a product. */
  public Dimension times(Dimension o) {
    check(o);
    BigFraction[] c = new BigFraction[exponents.length];
    for (int i = 0; i < c.length; i++) c[i] = exponents[i].add(o.exponents[i]);
    return new Dimension(c);
  }

  /** The unit of a quotient. */
  public Dimension over(Dimension o) { return times(o.pow(BigFraction.MINUS_ONE)); }

  /** The unit of a power. */
  public Dimension pow(BigFraction p) {
    BigFraction[] c = new BigFraction[exponents.length];
    for (int i = 0; i < c.length; i++) c[i] = exponents[i].multiply(p);
    return new Dimension(c);
  }

  private void check(Dimension o) {
    if (o.exponents.length != exponents.length) {
      throw new IllegalArgumentException("dimensions over " + exponents.length + " and " + o.exponents.length + " base units");
    }
  }

  /** Written with base names, for example {@code m^2 s^-2 kg}; {@code 1} when dimensionless. */
  public String format(List<String> bases) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < exponents.length; i++) {
      if (exponents[i].signum() == 0) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(i < bases.size() ? bases.get(i) : "u" + i);
      if (!exponents[i].equals(BigFraction.ONE)) sb.append('^').append(Units.formatFraction(exponents[i]));
    }
    return sb.length() == 0 ? "1" : sb.toString();
  }

  @Override public boolean equals(Object o) { return o instanceof Dimension d && Arrays.equals(exponents, d.exponents); }

  @Override public int hashCode() { return Arrays.hashCode(exponents); }

  @Override public String toString() { return Arrays.toString(exponents); }
}
