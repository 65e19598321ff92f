package dev.discover.neural.units;

import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Expr;
import java.math.BigInteger;
import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * A product of powers of named inputs with exact rational exponents, {@code prod_j x_j^p_j}: a dimensionless
 * group or the prefactor that carries the target's unit.
 *
 * @param names the input names, one per exponent
 * @param exponents the exponent of each input; copied, zero for inputs not in the product
 */
public record Monomial(List<String> names, BigFraction[] exponents) {
  /** Copies and checks the shapes. */
  public Monomial {
    names = List.copyOf(names);
    exponents = exponents.clone();
    if (names.size() != exponents.length) {
      throw new IllegalArgumentException(names.size() + " names but " + exponents.length + " exponents");
    }
  }

  /** A copy of the exponents. */
  @Override public BigFraction[] exponents() { return exponents.clone(); }

  /** The exponent of input {@code j}. */
  public BigFraction exponent(int j) { return exponents[j]; }

  /** True when every exponent is zero (the monomial is 1). */
  public boolean isOne() {
    for (BigFraction p : exponents) if (p.signum() != 0) return false;
    return true;
  }

  /** The indices of the inputs with a non-zero exponent. */
  public int[] support() {
    return java.util.stream.IntStream.range(0, exponents.length).filter(j -> exponents[j].signum() != 0).toArray();
  }

  /** Sum of the absolute exponents: the size used to prefer simple groups. */
  public BigFraction l1() {
    BigFraction s = BigFraction.ZERO;
    for (BigFraction p : exponents) s = s.add(p.abs());
    return s;
  }

  /** Number of exponents that are not integers. */
  public int fractional() {
    int c = 0;
    for (BigFraction p : exponents) if (!p.getDenominator().equals(BigInteger.ONE)) c++;
    return c;
  }

  /** The product as an expression: numerator factors over denominator factors, {@code 1} when empty. */
  public Expr expr() {
    Expr num = Expr.num(1), den = Expr.num(1);
    for (int j = 0; j < exponents.length; j++) {
      BigFraction p = exponents[j];
      if (p.signum() > 0) num = Exprs.mul(num, Exprs.pow(Expr.sym(names.get(j)), p));
      else if (p.signum() < 0) den = Exprs.mul(den, Exprs.pow(Expr.sym(names.get(j)), p.negate()));
    }
    return Exprs.div(num, den);
  }

  /** The value on one row of inputs (in {@code names} order); NaN or infinite where a power is undefined. */
  public double value(double[] row) {
    double v = 1;
    for (int j = 0; j < exponents.length; j++) {
      BigFraction p = exponents[j];
      if (p.signum() == 0) continue;
      double x = row[j];
      if (p.getDenominator().equals(BigInteger.ONE) && p.getNumerator().bitLength() < 31) {
        int k = p.getNumerator().intValue();
        double f = 1;
        for (int i = 0; i < Math.abs(k); i++) f *= x;
        v *= k > 0 ? f : 1 / f;
      } else if (p.equals(BigFraction.ONE_HALF)) {
        v *= Math.sqrt(x);
      } else {
        v *= x < 0 ? Double.NaN : Math.pow(x, p.doubleValue());
      }
    }
    return v;
  }

  /** The dimension of this product given the inputs' dimensions (in {@code names} order). */
  public Dimension dimension(List<Dimension> dims, int bases) {
    Dimension d = Dimension.none(bases);
    for (int j = 0; j < exponents.length; j++) if (exponents[j].signum() != 0) d = d.times(dims.get(j).pow(exponents[j]));
    return d;
  }

  @Override public boolean equals(Object o) {
    return o instanceof Monomial m && names.equals(m.names) && java.util.Arrays.equals(exponents, m.exponents);
  }

  @Override public int hashCode() { return 31 * names.hashCode() + java.util.Arrays.hashCode(exponents); }

  @Override public String toString() { return dev.discover.symbolic.Exprs.print(expr()); }
}
