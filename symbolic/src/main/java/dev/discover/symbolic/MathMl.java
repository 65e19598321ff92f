package dev.discover.symbolic;

/**
 * The MathML printer of expressions, the counterpart of {@link Latex} for web pages (browsers render MathML
 * natively, no script or network needed). Written over our own expression tree rather than through Symja's
 * {@code MathMLForm} for the reasons {@link Latex} is: the terms stay in the order the plain and LaTeX forms
 * print them (Symja reorders them canonically), names keep the project's rules (trailing digits as subscripts,
 * {@code HNO3} as HNO with subscript 3, Greek names as letters), and no second-long Symja start-up is needed.
 */
public final class MathMl {
  private static final String NS = "http://www.w3.org/1998/Math/MathML";
  private static final java.util.Map<String, String> GREEK = greek();

  private static java.util.Map<String, String> greek() {
    String[] lower = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
        "mu", "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < lower.length; i++) {
      m.put(lower[i], String.valueOf((char) (0x03b1 + i)));
      String cap = Character.toUpperCase(lower[i].charAt(0)) + lower[i].substring(1);
      if (i != 17) m.put(cap, String.valueOf((char) (0x0391 + i)));
    }
    return java.util.Map.copyOf(m);
  }

  private MathMl() {}

  /** A block {@code <math>} element for an expression. */
  public static String of(Expr e) { return "<math xmlns=\"" + NS + "\" display=\"block\">" + row(e) + "</math>"; }

  /** An inline {@code <math>} element for an expression. */
  public static String inline(Expr e) { return "<math xmlns=\"" + NS + "\">" + row(e) + "</math>"; }

  /** The {@code <mrow>} of an expression, to combine with other MathML (an equation {@code x' = f}). */
  public static String row(Expr e) {
    StringBuilder sb = new StringBuilder("<mrow>");
    write(e, sb, 0);
    return sb.append("</mrow>").toString();
  }

  /** The MathML of one name: {@code k4} as k with subscript 4, {@code lambda} as the Greek letter. */
  public static String name(String n) {
    String[] p = Latex.split(n);
    if (p.length == 1) return identifier(n);
    return "<msub>" + identifier(p[0]) + (p[1].chars().allMatch(Character::isDigit) ? "<mn>" + p[1] + "</mn>"
        : identifier(p[1])) + "</msub>";
  }

  private static String identifier(String n) {
    if (Latex.isGreek(n)) return "<mi>" + GREEK.get(n) + "</mi>";
    String text = escape(n);
    return n.length() == 1 ? "<mi>" + text + "</mi>" : "<mi mathvariant=\"normal\">" + text + "</mi>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static int prec(Expr e) {
    if (e instanceof Expr.Num n) return n.value().signum() < 0 ? 1 : 4;
    if (e instanceof Expr.Neg) return 1;
    if (e instanceof Expr.Bin b) return b.op() == '+' || b.op() == '-' ? 1 : (b.op() == '^' ? 3 : 2);
    return 4;
  }

  private static boolean startsWithNumber(Expr e) {
    if (e instanceof Expr.Num) return true;
    if (e instanceof Expr.Bin b && b.op() != '/') return prec(b) >= 2 && startsWithNumber(b.left());
    return false;
  }

  /**
   * A product whose leftmost factor is negative, {@code (-4)*k4} or {@code (-k1)*NO2}, as the negation of the
   * product ({@code -(4*k4)}), so that it prints as {@code -4 k4}, not {@code (-4) k4}.
   */
  private static Expr lift(Expr e) {
    if (!(e instanceof Expr.Bin b) || b.op() != '*') return e;
    Expr left = lift(b.left());
    if (left instanceof Expr.Neg n) return new Expr.Neg(new Expr.Bin('*', n.arg(), b.right()));
    if (left instanceof Expr.Num n && n.value().signum() < 0) {
      return new Expr.Neg(new Expr.Bin('*', Expr.num(n.value().negate()), b.right()));
    }
    return left == b.left() ? e : new Expr.Bin('*', left, b.right());
  }

  private static void write(Expr e0, StringBuilder sb, int min) {
    Expr e = lift(e0);
    boolean paren = prec(e) < min;
    if (paren) sb.append("<mrow><mo>(</mo>");
    if (e instanceof Expr.Num n) {
      java.math.BigInteger den = n.value().getDenominator();
      if (n.value().signum() < 0) sb.append("<mo>\u2212</mo>");
      if (den.equals(java.math.BigInteger.ONE)) sb.append("<mn>").append(n.value().getNumerator().abs()).append("</mn>");
      else sb.append("<mfrac><mn>").append(n.value().getNumerator().abs()).append("</mn><mn>").append(den).append("</mn></mfrac>");
    } else if (e instanceof Expr.Sym s) {
      sb.append(name(s.name()));
    } else if (e instanceof Expr.Call c) {
      call(c, sb);
    } else if (e instanceof Expr.Neg n) {
      sb.append("<mo>\u2212</mo>");
      write(n.arg(), sb, 2);
    } else if (e instanceof Expr.Bin b) {
      switch (b.op()) {
        case '+', '-' -> {
          write(b.left(), sb, 1);
          sb.append(b.op() == '+' ? "<mo>+</mo>" : "<mo>\u2212</mo>");
          write(b.right(), sb, 2);
        }
        case '*' -> {
          write(b.left(), sb, 2);
          // A visible times before a number (2 x 3 would read as 23); elsewhere an invisible times with a thin
          // space, so that juxtaposed names stay apart (NO HO2, not NOHO2).
          sb.append(startsWithNumber(b.right()) ? "<mo>\u00d7</mo>" : "<mo>\u2062</mo><mspace width=\"0.17em\"/>");
          write(b.right(), sb, 3);
        }
        case '/' -> {
          sb.append("<mfrac><mrow>");
          write(b.left(), sb, 0);
          sb.append("</mrow><mrow>");
          write(b.right(), sb, 0);
          sb.append("</mrow></mfrac>");
        }
        default -> {
          sb.append("<msup><mrow>");
          write(b.left(), sb, 4);
          sb.append("</mrow><mrow>");
          write(b.right(), sb, 0);
          sb.append("</mrow></msup>");
        }
      }
    }
    if (paren) sb.append("<mo>)</mo></mrow>");
  }

  private static void call(Expr.Call c, StringBuilder sb) {
    switch (c.function()) {
      case "sqrt" -> {
        sb.append("<msqrt>");
        write(c.arg(), sb, 0);
        sb.append("</msqrt>");
      }
      case "abs" -> {
        sb.append("<mrow><mo>|</mo>");
        write(c.arg(), sb, 0);
        sb.append("<mo>|</mo></mrow>");
      }
      default -> {
        String f = switch (c.function()) {
          case "asin" -> "arcsin";
          case "acos" -> "arccos";
          case "atan" -> "arctan";
          default -> c.function();
        };
        sb.append("<mi>").append(f).append("</mi><mo>\u2061</mo><mrow><mo>(</mo>");
        write(c.arg(), sb, 0);
        sb.append("<mo>)</mo></mrow>");
      }
    }
  }
}
