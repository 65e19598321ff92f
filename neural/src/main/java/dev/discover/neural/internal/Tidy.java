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

  /** Folds products with one, sums with zero, rational powers into sqrt and reciprocals, constant subtrees. */
  public static Expr tidy(Expr e) {
    if (e instanceof Expr.Neg ng) return E.neg(tidy(ng.arg()));
    if (e instanceof Expr.Call c) return E.call(c.function(), tidy(c.arg()));
    if (!(e instanceof Expr.Bin b)) return e;
    Expr l = tidy(b.left()), r = tidy(b.right());
    BigFraction lc = Exprs.constantValue(l), rc = Exprs.constantValue(r);
    if (lc != null && rc != null && b.op() != '^') {
      BigFraction v = Exprs.constantValue(new Expr.Bin(b.op(), l, r));
      if (v != null) return E.q(v);
    }
    switch (b.op()) {
      case '+': return E.add(l, r);
      case '-': return E.sub(l, r);
      case '*':
        if (rc != null && lc == null) return E.mul(r, l);
        if (lc != null && r instanceof Expr.Bin rb && rb.op() == '*' && Exprs.constantValue(rb.left()) != null) {
          BigFraction v = Exprs.constantValue(rb.left());
          return E.mul(E.q(lc.multiply(v)), rb.right());
        }
        return E.mul(l, r);
      case '/': return E.div(l, r);
      default:
        if (rc != null) return E.pow(l, rc);
        return E.pow(l, r);
    }
  }

  /** Replaces the name pi by its decimal value, to 16 significant digits. */
  public static Expr piAsNumber(Expr e) {
    BigDecimal pi = new BigDecimal(Math.PI).round(new MathContext(16));
    return Exprs.substitute(e, Map.of(E.PI, E.q(new BigFraction(pi.unscaledValue(), BigInteger.TEN.pow(pi.scale())))));
  }

  /** Prints with decimals: a rational whose denominator is not a small number is written in decimal. */
  public static String printDecimal(Expr e) {
    StringBuilder sb = new StringBuilder();
    String raw = Exprs.print(e);
    // Exprs.print writes p/q; rewrite each p/q with a large denominator as a decimal.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.^/])(\\d+)/(\\d{4,})(?![\\w.])").matcher(raw);
    while (m.find()) {
      BigDecimal d = new BigDecimal(new BigInteger(m.group(1))).divide(new BigDecimal(new BigInteger(m.group(2))),
          MathContext.DECIMAL64).stripTrailingZeros();
      m.appendReplacement(sb, "(" + d.toPlainString() + ")");
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
