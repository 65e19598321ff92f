package dev.discover.symbolic;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one LaTeX printer of expressions and names: Greek letters get a backslash, trailing digits become
 * subscripts, products are juxtaposed, quotients are fractions, powers superscripts.
 */
public final class Latex {
  /** How a product is written. */
  public enum Products {
    /** With a thin space, {@code x\,y}: the laws' output. */
    THIN_SPACE,
    /** With a plain space, {@code x y}, and {@code x \cdot 2} before a number: the data laws' output. */
    SPACE
  }

  private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
      "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
      "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");
  private static final Pattern SPLIT = Pattern.compile("([A-Za-z]+?)_?(\\d+)");

  /**
   * LaTeX for an expression: products as juxtaposition with thin spaces, quotients as fractions, powers as
   * superscripts. Used for polynomial and rational laws, where it avoids Symja's second-long start-up.
   */
  public static String of(Expr e) { return of(e, Products.THIN_SPACE); }

  /** LaTeX for an expression, with products written as {@code products} says. */
  public static String of(Expr e, Products products) {
    StringBuilder sb = new StringBuilder();
    new Latex(products).write(e, sb, 0);
    return sb.toString();
  }

  private final Products products;

  private Latex(Products products) { this.products = products; }

  private static int prec(Expr e) {
    if (e instanceof Expr.Num n) return n.value().signum() < 0 ? 1 : 4;
    if (e instanceof Expr.Neg) return 1;
    if (e instanceof Expr.Bin b) return b.op() == '+' || b.op() == '-' ? 1 : (b.op() == '^' ? 3 : 2);
    return 4;
  }

  private void write(Expr e, StringBuilder sb, int min) {
    boolean paren = prec(e) < min;
    if (paren) sb.append("\\left(");
    if (e instanceof Expr.Num n) {
      java.math.BigInteger den = n.value().getDenominator();
      if (den.equals(java.math.BigInteger.ONE)) sb.append(n.value().getNumerator());
      else {
        if (n.value().signum() < 0) sb.append('-');
        sb.append("\\frac{").append(n.value().getNumerator().abs()).append("}{").append(den).append('}');
      }
    } else if (e instanceof Expr.Sym s) {
      sb.append(name(s.name()));
    } else if (e instanceof Expr.Call c) {
      String f = switch (c.function()) {
        case "asin" -> "\\arcsin";
        case "acos" -> "\\arccos";
        case "atan" -> "\\arctan";
        case "abs" -> "";
        default -> "\\" + c.function();
      };
      if (c.function().equals("sqrt")) { sb.append("\\sqrt{"); write(c.arg(), sb, 0); sb.append('}'); }
      else if (c.function().equals("abs")) { sb.append("\\left|"); write(c.arg(), sb, 0); sb.append("\\right|"); }
      else { sb.append(f).append("\\left("); write(c.arg(), sb, 0); sb.append("\\right)"); }
    } else if (e instanceof Expr.Neg n) {
      sb.append('-');
      write(n.arg(), sb, 2);
    } else if (e instanceof Expr.Bin b) {
      switch (b.op()) {
        case '+' -> { write(b.left(), sb, 1); sb.append(" + "); write(b.right(), sb, 2); }
        case '-' -> { write(b.left(), sb, 1); sb.append(" - "); write(b.right(), sb, 2); }
        case '*' -> {
          write(b.left(), sb, 2);
          sb.append(products == Products.THIN_SPACE ? "\\," : b.right() instanceof Expr.Num ? " \\cdot " : " ");
          write(b.right(), sb, 3);
        }
        case '/' -> { sb.append("\\frac{"); write(b.left(), sb, 0); sb.append("}{"); write(b.right(), sb, 0); sb.append('}'); }
        default -> { write(b.left(), sb, 4); sb.append("^{"); write(b.right(), sb, 0); sb.append('}'); }
      }
    }
    if (paren) sb.append("\\right)");
  }

  /** The LaTeX for one name. */
  public static String name(String n) {
    Matcher m = SPLIT.matcher(n);
    if (m.matches()) return base(m.group(1)) + "_{" + m.group(2) + "}";
    String[] p = split(n);
    return p.length == 1 ? base(n) : base(p[0]) + "_{" + base(p[1]) + "}";
  }

  /**
   * A name split into its base and subscript, the one rule of every printer: trailing digits ({@code k4},
   * {@code x_11}) or the part after an underscore ({@code v_max}); a name without either comes back alone.
   */
  static String[] split(String n) {
    Matcher m = SPLIT.matcher(n);
    if (m.matches()) return new String[] {m.group(1), m.group(2)};
    int us = n.indexOf('_');
    if (us > 0 && us < n.length() - 1) return new String[] {n.substring(0, us), n.substring(us + 1)};
    return new String[] {n};
  }

  /** Whether a name is a Greek letter's (printed as the letter). */
  static boolean isGreek(String n) { return GREEK.contains(n); }

  private static String base(String n) {
    if (GREEK.contains(n)) return "\\" + n;
    if (n.length() == 1) return n;
    return "\\mathrm{" + n.replace("_", "\\_") + "}";
  }
}
