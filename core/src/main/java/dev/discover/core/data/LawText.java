package dev.discover.core.data;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Latex;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Prints sum_j c_j term_j in system-file syntax and in LaTeX, with rounded or integer coefficients. */
final class LawText {
  private LawText() {}

  /** A coefficient rounded to {@code digits} significant digits, without exponent or trailing zeros. */
  static String number(double c, int digits) {
    if (c == Math.rint(c) && Math.abs(c) < 1e15) return Long.toString((long) c);
    BigDecimal b = new BigDecimal(c).round(new MathContext(digits)).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }

  private static boolean isSum(Expr e) {
    return e instanceof Expr.Neg || (e instanceof Expr.Bin b && (b.op() == '+' || b.op() == '-'));
  }

  /** The plain text, e.g. {@code x*vy - y*vx}; names in system-file syntax, so it parses back. */
  static String plain(List<String> names, List<Expr> exprs, double[] c, int digits, String times) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < c.length; j++) {
      if (c[j] == 0) continue;
      String mag = number(Math.abs(c[j]), digits);
      boolean one = mag.equals("1");
      boolean constant = names.get(j).equals("1");
      if (sb.length() == 0) { if (c[j] < 0) sb.append('-'); }
      else sb.append(c[j] < 0 ? " - " : " + ");
      String term = isSum(exprs.get(j)) ? "(" + names.get(j) + ")" : names.get(j);
      if (constant) sb.append(mag);
      else if (one) sb.append(term);
      else sb.append(mag).append(times).append(term);
    }
    return sb.length() == 0 ? "0" : sb.toString();
  }

  /** The LaTeX text. */
  static String latex(List<String> names, List<Expr> exprs, double[] c, int digits) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < c.length; j++) {
      if (c[j] == 0) continue;
      String mag = number(Math.abs(c[j]), digits);
      boolean constant = names.get(j).equals("1");
      if (sb.length() == 0) { if (c[j] < 0) sb.append('-'); }
      else sb.append(c[j] < 0 ? " - " : " + ");
      String term = Latex.of(exprs.get(j), Latex.Products.SPACE);
      if (isSum(exprs.get(j))) term = "\\left(" + term + "\\right)";
      if (constant) sb.append(mag);
      else if (mag.equals("1")) sb.append(term);
      else sb.append(mag).append(' ').append(term);
    }
    return sb.length() == 0 ? "0" : sb.toString();
  }
}
