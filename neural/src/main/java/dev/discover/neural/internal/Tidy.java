package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import dev.discover.symbolic.Exprs;
import org.hipparchus.fraction.BigFraction;

/** Local clean-ups of an expression, and printing with decimal constants. */
public final class Tidy {
  private Tidy() {}

  /**
   * Folds products with one, sums with zero, rational powers into sqrt and reciprocals, constant subtrees, and
   * powers of exp into its argument.
   */
  public static Expr tidy(Expr e) {
    if (e instanceof Expr.Neg ng) return Exprs.neg(tidy(ng.arg()));
    if (e instanceof Expr.Call c) {
      Expr a = tidy(c.arg());
      BigFraction v = Exprs.constantValue(a).orElse(BigFraction.MINUS_ONE);
      if (c.function().equals("sqrt") && v.signum() >= 0) {
        BigInteger rn = v.getNumerator().sqrt(), rd = v.getDenominator().sqrt();
        if (rn.multiply(rn).equals(v.getNumerator()) && rd.multiply(rd).equals(v.getDenominator())) return Expr.num(new BigFraction(rn, rd));
      }
      // sqrt(exp(u)) = exp(u/2) for real u: the enumeration reaches exp(u/2) through the cheaper root
      if (c.function().equals("sqrt") && a instanceof Expr.Call inner && inner.function().equals("exp")) {
        return Exprs.call("exp", tidy(Exprs.div(inner.arg(), Expr.num(2))));
      }
      return Exprs.call(c.function(), a);
    }
    if (!(e instanceof Expr.Bin b)) return e;
    Expr l = tidy(b.left()), r = tidy(b.right());
    java.util.Optional<BigFraction> lo = Exprs.constantValue(l), ro = Exprs.constantValue(r);
    if (lo.isPresent() && ro.isPresent() && b.op() != '^') {
      java.util.Optional<BigFraction> v = Exprs.constantValue(new Expr.Bin(b.op(), l, r));
      if (v.isPresent()) return Expr.num(v.get());
    }
    switch (b.op()) {
      case '+': return Exprs.add(l, r);
      case '-': return Exprs.sub(l, r);
      case '*':
        if (ro.isPresent() && lo.isEmpty()) return Exprs.mul(r, l);
        if (lo.isPresent() && r instanceof Expr.Bin rb && rb.op() == '*' && Exprs.constantValue(rb.left()).isPresent()) {
          BigFraction v = Exprs.constantValue(rb.left()).get();
          return Exprs.mul(Expr.num(lo.get().multiply(v)), rb.right());
        }
        return Exprs.mul(l, r);
      case '/':
        if (lo.isPresent() && lo.get().signum() == 0) return Expr.num(0);
        return Exprs.div(l, r);
      default:
        // exp(u)^r = exp(r*u) for real u and r
        if (ro.isPresent() && l instanceof Expr.Call le && le.function().equals("exp")) {
          return Exprs.call("exp", tidy(Exprs.mul(Expr.num(ro.get()), le.arg())));
        }
        if (ro.isPresent()) return Exprs.pow(l, ro.get());
        return Exprs.pow(l, r);
    }
  }

  /**
   * Rewrites every product and quotient as {@code c * a * b / (d * e)}: one rational coefficient, numerator
   * factors, then denominator factors (negative powers move down). Values are unchanged.
   */
  public static Expr products(Expr e) {
    if (e instanceof Expr.Bin b && (b.op() == '+' || b.op() == '-')) {
      return b.op() == '+' ? Exprs.add(products(b.left()), products(b.right())) : Exprs.sub(products(b.left()), products(b.right()));
    }
    if (e instanceof Expr.Call c) return Exprs.call(c.function(), products(c.arg()));
    if (!(e instanceof Expr.Bin || e instanceof Expr.Neg)) return e;
    java.util.List<Expr> num = new java.util.ArrayList<>(), den = new java.util.ArrayList<>();
    BigFraction[] coef = {BigFraction.ONE};
    collect(e, true, num, den, coef);
    Expr top = null;
    num.sort(java.util.Comparator.comparingInt(Tidy::rank));
    den.sort(java.util.Comparator.comparingInt(Tidy::rank));
    BigFraction c = coef[0];
    boolean negative = c.signum() < 0;
    c = c.abs();
    // a fitted decimal constant stays one number in front; small rationals split as p*.../(q*...)
    boolean simple = c.getDenominator().bitLength() <= 10;
    if (!simple) top = Expr.num(c);
    else if (!c.getNumerator().equals(BigInteger.ONE) || num.isEmpty()) top = Expr.num(new BigFraction(c.getNumerator()));
    for (Expr f : num) top = top == null ? f : new Expr.Bin('*', top, f);
    Expr bottom = !simple || c.getDenominator().equals(BigInteger.ONE) ? null : Expr.num(new BigFraction(c.getDenominator()));
    for (Expr f : den) bottom = bottom == null ? f : new Expr.Bin('*', bottom, f);
    Expr out = bottom == null ? top : new Expr.Bin('/', top, bottom);
    return negative ? Exprs.neg(out) : out;
  }

  private static int rank(Expr f) {
    if (f instanceof Expr.Sym s && s.name().equals(Exprs.PI)) return 0;
    if (f instanceof Expr.Bin b && b.op() == '^' && b.left() instanceof Expr.Sym s && s.name().equals(Exprs.PI)) return 0;
    if (f instanceof Expr.Call c && c.arg() instanceof Expr.Sym s && s.name().equals(Exprs.PI)) return 0;
    if (f instanceof Expr.Sym || (f instanceof Expr.Bin b && b.op() == '^' && b.left() instanceof Expr.Sym)) return 1;
    return 2;
  }

  private static void collect(Expr e, boolean up, java.util.List<Expr> num, java.util.List<Expr> den, BigFraction[] coef) {
    if (e instanceof Expr.Num n) {
      if (n.value().signum() == 0) { coef[0] = BigFraction.ZERO; return; }
      coef[0] = up ? coef[0].multiply(n.value()) : coef[0].divide(n.value());
      return;
    }
    if (e instanceof Expr.Neg ng) { coef[0] = coef[0].negate(); collect(ng.arg(), up, num, den, coef); return; }
    if (e instanceof Expr.Bin b && b.op() == '*') { collect(b.left(), up, num, den, coef); collect(b.right(), up, num, den, coef); return; }
    if (e instanceof Expr.Bin b && b.op() == '/') { collect(b.left(), up, num, den, coef); collect(b.right(), !up, num, den, coef); return; }
    if (e instanceof Expr.Bin b && b.op() == '^') {
      java.util.Optional<BigFraction> p = Exprs.constantValue(b.right()).filter(q -> q.signum() < 0);
      if (p.isPresent()) { collect(Exprs.pow(products(b.left()), p.get().negate()), !up, num, den, coef); return; }
      (up ? num : den).add(new Expr.Bin('^', products(b.left()), b.right()));
      return;
    }
    Expr f = e instanceof Expr.Call c ? Exprs.call(c.function(), products(c.arg())) : products(e);
    (up ? num : den).add(f);
  }

  /**
   * The constant factors at the top of a product, multiplied out: {@code 0.734*pi^(3/4)*x/(sqrt(3)*y)} is
   * {@code value = 0.734*pi^(3/4)/sqrt(3)} times {@code rest = x/y}. Empty unless there are at least two such
   * factors, one of them a decimal (a rational that is not small), so that a fitted constant multiplied by
   * exact ones can be snapped as the one number it is.
   *
   * @param value the constant's value
   * @param rest the product without its constant factors
   */
  public record ConstantFactor(double value, Expr rest) {}

  /** See {@link ConstantFactor}. */
  public static java.util.Optional<ConstantFactor> constantFactor(Expr e) {
    Split s = split(e, false);
    return s == null || s.constants() < 2 || !s.decimal() ? java.util.Optional.empty()
        : java.util.Optional.of(new ConstantFactor(s.value(), s.rest()));
  }

  /**
   * The constant addends of the exponentials at the top of a product moved out as factors, multiplied with
   * the product's other constant factors: {@code exp(-x^2/2 - (log(s) + pi) + 2.2236)/s} is
   * {@code value = exp(2.2236 - pi)} times {@code rest = exp(-x^2/2 - log(s))/s}. Empty when no such
   * exponential has a constant addend. Lets a fitted offset inside exp be snapped as the scale it is
   * ({@code 1/sqrt(2 pi)}).
   */
  public static java.util.Optional<ConstantFactor> expOffsetsOut(Expr e) {
    Split s = split(e, true);
    return s == null || !s.moved() || !Double.isFinite(s.value()) || s.value() == 0 ? java.util.Optional.empty()
        : java.util.Optional.of(new ConstantFactor(s.value(), s.rest()));
  }

  /** A product split into its constant factors' value and the rest, with what the split found. */
  private record Split(double value, Expr rest, int constants, boolean decimal, boolean moved) {}

  /**
   * Splits the product at the top of {@code e}; with {@code moveExpOffsets} the constant addends of its
   * exponential factors join the constant. Null when a constant factor is zero or not finite.
   */
  private static Split split(Expr e, boolean moveExpOffsets) {
    java.util.List<Expr> num = new java.util.ArrayList<>(), den = new java.util.ArrayList<>();
    boolean[] negative = {false};
    flatten(e, true, num, den, negative);
    double value = negative[0] ? -1 : 1;
    int constants = 0;
    boolean decimal = false, moved = false;
    Expr top = null, bottom = null;
    for (int side = 0; side < 2; side++) {
      for (Expr f : side == 0 ? num : den) {
        Expr g = f;
        if (Exprs.names(f).stream().allMatch(Exprs.PI::equals)) {
          double v = constantDouble(f);
          if (!Double.isFinite(v) || v == 0) return null;
          value = side == 0 ? value * v : value / v;
          constants++;
          if (f instanceof Expr.Num n && !(n.value().getDenominator().bitLength() <= 10 && n.value().getNumerator().abs().bitLength() <= 14)) {
            decimal = true;
          }
          continue;
        }
        if (moveExpOffsets && f instanceof Expr.Call c && c.function().equals("exp")) {
          java.util.List<Expr> terms = new java.util.ArrayList<>();
          addends(c.arg(), true, terms);
          double offset = 0;
          Expr kept = null;
          for (Expr t : terms) {
            if (Exprs.names(t).stream().allMatch(Exprs.PI::equals)) offset += constantDouble(t);
            else kept = kept == null ? t : Exprs.add(kept, t);
          }
          if (kept != null && offset != 0 && Double.isFinite(offset)) {
            double v = Math.exp(offset);
            value = side == 0 ? value * v : value / v;
            g = Exprs.call("exp", kept);
            moved = true;
          }
        }
        if (side == 0) top = top == null ? g : new Expr.Bin('*', top, g);
        else bottom = bottom == null ? g : new Expr.Bin('*', bottom, g);
      }
    }
    Expr rest = top == null ? Expr.num(1) : top;
    if (bottom != null) rest = new Expr.Bin('/', rest, bottom);
    return new Split(value, rest, constants, decimal, moved);
  }

  private static double constantDouble(Expr c) {
    return new dev.discover.symbolic.Compiler(java.util.List.of()).compile(piAsNumber(c)).eval(new double[0]);
  }

  /** The terms of a sum, each with its sign. */
  private static void addends(Expr e, boolean plus, java.util.List<Expr> out) {
    if (e instanceof Expr.Bin b && b.op() == '+') { addends(b.left(), plus, out); addends(b.right(), plus, out); return; }
    if (e instanceof Expr.Bin b && b.op() == '-') { addends(b.left(), plus, out); addends(b.right(), !plus, out); return; }
    if (e instanceof Expr.Neg n) { addends(n.arg(), !plus, out); return; }
    out.add(plus ? e : Exprs.neg(e));
  }

  private static void flatten(Expr e, boolean up, java.util.List<Expr> num, java.util.List<Expr> den, boolean[] negative) {
    if (e instanceof Expr.Neg ng) { negative[0] = !negative[0]; flatten(ng.arg(), up, num, den, negative); return; }
    if (e instanceof Expr.Bin b && b.op() == '*') { flatten(b.left(), up, num, den, negative); flatten(b.right(), up, num, den, negative); return; }
    if (e instanceof Expr.Bin b && b.op() == '/') { flatten(b.left(), up, num, den, negative); flatten(b.right(), !up, num, den, negative); return; }
    (up ? num : den).add(e);
  }

  /** Replaces the name pi by its decimal value, to 16 significant digits. */
  public static Expr piAsNumber(Expr e) {
    BigDecimal pi = new BigDecimal(Math.PI).round(new MathContext(16));
    return Exprs.substitute(e, Map.of(Exprs.PI, Expr.num(new BigFraction(pi.unscaledValue(), BigInteger.TEN.pow(pi.scale())))));
  }

  /** Most digits of a fraction with a non-terminating decimal that is printed as the fraction. */
  static final int SHORT_FRACTION_DIGITS = 24;

  private static boolean terminates(BigInteger q) {
    BigInteger two = BigInteger.TWO, five = BigInteger.valueOf(5);
    while (q.signum() > 0 && q.mod(two).signum() == 0) q = q.divide(two);
    while (q.signum() > 0 && q.mod(five).signum() == 0) q = q.divide(five);
    return q.equals(BigInteger.ONE);
  }

  private static int significantDigits(BigInteger p) {
    String t = p.abs().toString().replaceAll("0+$", "");
    return Math.max(1, t.length());
  }

  /**
   * Prints with decimals: a rational whose denominator is not a small number is written in decimal, except a
   * short fraction whose decimal does not end (at most {@value #SHORT_FRACTION_DIGITS} significant digits in
   * all), which stays exact.
   */
  public static String printDecimal(Expr e) {
    StringBuilder sb = new StringBuilder();
    String raw = Exprs.print(e);
    // Exprs.print writes p/q; rewrite each p/q with a large denominator as a decimal.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.^/])(\\d+)/(\\d{4,})(?![\\w.])").matcher(raw);
    while (m.find()) {
      BigInteger p = new BigInteger(m.group(1)), q = new BigInteger(m.group(2));
      if (!terminates(q) && significantDigits(p) + q.toString().length() <= SHORT_FRACTION_DIGITS) {
        // exact as it stands (125000000000000/4427, the reciprocal of 4*8.854e-12; 1/89875517873681764, of
        // 299792458^2), and a decimal could not be
        m.appendReplacement(sb, m.group());
        continue;
      }
      BigDecimal d = new BigDecimal(p).divide(new BigDecimal(q), MathContext.DECIMAL64).stripTrailingZeros();
      m.appendReplacement(sb, "(" + d.toPlainString() + ")");
    }
    m.appendTail(sb);
    return sb.toString().replaceAll("\\(\\((-?[0-9.]+)\\)\\)", "($1)");
  }
}
