package dev.discover.symbolic;

import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * An exact quotient of two polynomials, num/den, den never zero. Not reduced to lowest terms (no gcds are
 * taken): equal denominators are kept as one, which is what Lie derivatives of systems with a shared
 * denominator need.
 *
 * @param num the numerator
 * @param den the denominator, not zero
 */
public record RationalFunction(Poly num, Poly den) {
  /** Checks that the denominator is not zero. */
  public RationalFunction {
    if (den.isZero()) throw new ArithmeticException("zero denominator");
  }

  /** A polynomial as a quotient with denominator one. */
  public static RationalFunction of(Poly p) { return new RationalFunction(p, Poly.constant(p.arity(), BigFraction.ONE)); }

  /** this + o. */
  public RationalFunction add(RationalFunction o) {
    if (o.num.isZero()) return this;
    if (num.isZero()) return o;
    if (den.equals(o.den)) return new RationalFunction(num.add(o.num), den);
    return new RationalFunction(num.mul(o.den).add(o.num.mul(den)), den.mul(o.den));
  }

  /** -this. */
  public RationalFunction negate() { return new RationalFunction(num.negate(), den); }

  /** this * o. */
  public RationalFunction mul(RationalFunction o) {
    if (num.isZero() || o.num.isZero()) return of(Poly.zero(num.arity()));
    if (o.den.equals(num)) return new RationalFunction(o.num, den);
    if (den.equals(o.num)) return new RationalFunction(num, o.den);
    return new RationalFunction(num.mul(o.num), den.mul(o.den));
  }

  /** this / o. */
  public RationalFunction div(RationalFunction o) {
    if (o.num.isZero()) throw new ArithmeticException("division by the zero polynomial");
    return mul(new RationalFunction(o.den, o.num));
  }

  /** The partial derivative with respect to variable i. */
  public RationalFunction derivative(int i) {
    Poly dn = num.derivative(i);
    Poly dd = den.derivative(i);
    if (dd.isZero()) return new RationalFunction(dn, den);
    return new RationalFunction(dn.mul(den).sub(num.mul(dd)), den.mul(den));
  }

  /**
   * Converts a rational expression. Names resolve to variables (by index in {@code variables}) or to already
   * converted sub-expressions in {@code named}.
   */
  public static RationalFunction of(Expr e, List<String> variables, Map<String, RationalFunction> named) {
    int n = variables.size();
    if (e instanceof Expr.Num c) return of(Poly.constant(n, c.value()));
    if (e instanceof Expr.Sym s) {
      RationalFunction r = named.get(s.name());
      if (r != null) return r;
      int i = variables.indexOf(s.name());
      if (i < 0) throw new ExprException("unknown name '" + s.name() + "'");
      return of(Poly.variable(n, i));
    }
    if (e instanceof Expr.Neg g) return of(g.arg(), variables, named).negate();
    if (e instanceof Expr.Call c) throw new ExprException(c.function() + "(...) is not a rational function");
    Expr.Bin b = (Expr.Bin) e;
    RationalFunction l = of(b.left(), variables, named);
    if (b.op() == '^') {
      java.util.OptionalInt ko = Exprs.integerExponent(b.right());
      if (ko.isEmpty()) throw new ExprException("a non-integer power is not a rational function");
      int k = ko.getAsInt();
      if (k < 0 && l.num.isZero()) throw new ArithmeticException("division by zero");
      Poly top = k >= 0 ? l.num : l.den;
      Poly bottom = k >= 0 ? l.den : l.num;
      int m = Math.abs(k);
      // nested powers multiply ((9^9999)^9999 is a constant of 10^8 digits): the exact result's size is checked
      // before it is computed, with the limits the parser applies to one number
      long bits = saturated(Math.max(top.coefficientBits(), bottom.coefficientBits()), m);
      Limits.CONSTANT_BITS.check(bits, "a power whose exact coefficients need about " + bits + " bits");
      long degree = saturated(Math.max(top.totalDegree(), bottom.totalDegree()), m);
      Limits.EXPONENT.check(degree, "a power of degree " + degree);
      return new RationalFunction(top.pow(m), bottom.pow(m));
    }
    RationalFunction r = of(b.right(), variables, named);
    switch (b.op()) {
      case '+': return l.add(r);
      case '-': return l.add(r.negate());
      case '*': return l.mul(r);
      default: return l.div(r);
    }
  }

  private static long saturated(long a, long b) {
    long r = a * b;
    return a != 0 && (r / a != b || r < 0) ? Long.MAX_VALUE : r;
  }
}
