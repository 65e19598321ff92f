package dev.discover.symbolic;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;

/**
 * Recursive-descent parser for the system-file expression grammar:
 * <pre>
 *   expr   := term (('+' | '-') term)*
 *   term   := unary (('*' | '/') unary)*
 *   unary  := ('-' | '+') unary | power
 *   power  := atom (('^' | '**') unary)?        right associative, binds tighter than unary minus
 *   atom   := number | name | function '(' expr ')' | '(' expr ')'
 * </pre>
 * Numbers are exact: {@code 0.015} is 3/200 and {@code 1e-3} is 1/1000. Any identifier is a name; a name
 * followed by '(' must be one of {@link Functions#NAMES}, so no computer-algebra command can be reached from
 * a system file. Hand-written because the grammar is the security boundary: Symja's own parser accepts every
 * function it knows, including ones that touch files and processes.
 *
 * <p>Sizes are bounded by {@link Limits}: the length is checked before anything is read, the nesting while
 * parsing (so the parser's own recursion is bounded), integer exponents and powers of ten as they are read, and
 * the depth of the finished tree once (every later walk over the tree is bounded by it).
 */
public final class ExprParser {
  private static final int EXCERPT = 60;
  private final String src;
  private final java.util.Map<String, java.util.function.UnaryOperator<Expr>> extensions;
  private final long maxNesting = Limits.NESTING.value();
  private int pos;
  private int nesting;

  private ExprParser(String src, java.util.Map<String, java.util.function.UnaryOperator<Expr>> extensions) {
    this.src = src;
    this.extensions = extensions;
  }

  /** Parses a whole expression; throws {@link ExprException} naming the position on any error. */
  public static Expr parse(String text) { return parse(text, java.util.Map.of()); }

  /**
   * Parses with extra functions, each rewritten at once into the grammar ({@code cot(a)} into
   * {@code cos(a)/sin(a)}): for reading a computer-algebra system's answers, never for user input.
   */
  static Expr parse(String text, java.util.Map<String, java.util.function.UnaryOperator<Expr>> extensions) {
    if (text == null) throw new ExprException("expected an expression, got null");
    Limits.LENGTH.check(text.length(), "an expression of " + text.length() + " characters");
    ExprParser p = new ExprParser(text, extensions);
    p.skipSpace();
    if (p.pos >= text.length()) throw new ExprException("expected an expression, got an empty string");
    Expr e = p.expr();
    p.skipSpace();
    if (p.pos < text.length()) throw p.error("unexpected '" + text.charAt(p.pos) + "'");
    return Limits.checkDepth(e, "the expression '" + Limits.excerpt(text, EXCERPT) + "'");
  }

  private ExprException error(String what) {
    return new ExprException(what + " at position " + (pos + 1) + " of " + around());
  }

  /** The source in quotes, or for a long source the part around the current position and its length. */
  private String around() {
    if (src.length() <= 2 * EXCERPT) return "'" + src + "'";
    int from = Math.max(0, pos - EXCERPT / 2);
    int to = Math.min(src.length(), from + EXCERPT);
    return "'" + (from > 0 ? "..." : "") + src.substring(from, to) + (to < src.length() ? "..." : "")
        + "' (" + src.length() + " characters)";
  }

  /** Enters one level of nesting; the parser recurses once per level, so this bounds its stack. */
  private void enter() {
    if (++nesting > maxNesting) {
      throw new ExprException("the expression '" + Limits.excerpt(src, EXCERPT) + "' nests more than the limit of "
          + maxNesting + " levels of parentheses, functions, signs and powers (raise it with -D"
          + Limits.NESTING.property() + "=N in DISCOVER_JAVA_OPTS)");
    }
  }

  private void leave() { nesting--; }

  private void skipSpace() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
  }

  private boolean eat(char c) {
    skipSpace();
    if (pos < src.length() && src.charAt(pos) == c) { pos++; return true; }
    return false;
  }

  private Expr expr() {
    Expr left = term();
    while (true) {
      if (eat('+')) left = new Expr.Bin('+', left, term());
      else if (eat('-')) left = new Expr.Bin('-', left, term());
      else return left;
    }
  }

  private Expr term() {
    Expr left = unary();
    while (true) {
      skipSpace();
      if (pos + 1 < src.length() && src.charAt(pos) == '*' && src.charAt(pos + 1) == '*') return left;
      if (eat('*')) left = new Expr.Bin('*', left, unary());
      else if (eat('/')) left = new Expr.Bin('/', left, unary());
      else return left;
    }
  }

  private Expr unary() {
    if (eat('-')) {
      Expr a = nested();
      if (a instanceof Expr.Num n) return new Expr.Num(n.value().negate());
      return new Expr.Neg(a);
    }
    if (eat('+')) return nested();
    return power();
  }

  /** A unary one level deeper: the operand of a sign or the exponent of a power. */
  private Expr nested() {
    enter();
    Expr e = unary();
    leave();
    return e;
  }

  private Expr power() {
    Expr base = atom();
    skipSpace();
    int at = pos;
    if (eat('^')) return checkedPower(base, nested(), at);
    if (src.startsWith("**", pos)) { pos += 2; return checkedPower(base, nested(), at); }
    return base;
  }

  /** base^exponent, refusing constant integer exponents beyond {@link Limits#EXPONENT}. */
  private Expr checkedPower(Expr base, Expr exponent, int at) {
    BigFraction k = Exprs.constantValue(exponent).orElse(BigFraction.ZERO);
    if (k.getNumerator().abs().compareTo(k.getDenominator().multiply(BigInteger.valueOf(Limits.EXPONENT.value()))) > 0) {
      pos = at;
      String shown = Limits.excerpt(Exprs.formatNumber(k.abs()), 30);
      throw new ExprException("exponent " + shown + " at position " + (at + 1) + " of " + around()
          + " exceeds the limit of " + Limits.EXPONENT.value() + " (raise it with -D" + Limits.EXPONENT.property()
          + "=N in DISCOVER_JAVA_OPTS)");
    }
    return new Expr.Bin('^', base, exponent);
  }

  private Expr atom() {
    skipSpace();
    if (pos >= src.length()) throw error("expected a number, name or '(' but the expression ended");
    char c = src.charAt(pos);
    if (c == '(') {
      pos++;
      enter();
      Expr e = expr();
      leave();
      if (!eat(')')) throw error("expected ')'");
      return e;
    }
    if (Character.isDigit(c) || c == '.') return number();
    if (Character.isLetter(c) || c == '_') {
      int start = pos;
      while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
      String name = src.substring(start, pos);
      skipSpace();
      if (pos < src.length() && src.charAt(pos) == '(') {
        java.util.function.UnaryOperator<Expr> extension = extensions.get(name);
        if (!Functions.NAMES.contains(name) && extension == null) {
          pos = start;
          throw new ExprException("unknown function '" + Limits.excerpt(name, 40) + "' in " + around()
              + "; allowed functions: " + String.join(", ", Functions.ORDERED));
        }
        pos++;
        enter();
        Expr arg = expr();
        leave();
        if (!eat(')')) throw error("expected ')' closing " + Limits.excerpt(name, 40) + "(");
        return extension != null ? extension.apply(arg) : new Expr.Call(name, arg);
      }
      return new Expr.Sym(name);
    }
    throw error("unexpected '" + c + "'");
  }

  private Expr number() {
    int start = pos;
    while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
    if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      int save = pos;
      pos++;
      if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
      if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
      } else {
        pos = save;
      }
    }
    String text = src.substring(start, pos);
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("malformed number '" + Limits.excerpt(text, 40) + "'");
    }
    // Checked before the exact value is built: 1e999999999 would otherwise compute a billion-digit power of ten.
    if (Math.abs((long) d.scale()) > Limits.EXPONENT.value() + text.length()) {
      pos = start;
      throw error("number '" + Limits.excerpt(text, 40) + "' has a power of ten beyond the limit of "
          + Limits.EXPONENT.value() + " (raise it with -D" + Limits.EXPONENT.property() + "=N in DISCOVER_JAVA_OPTS)");
    }
    return new Expr.Num(exact(d));
  }

  /** The exact rational value of a decimal: 0.015 becomes 3/200, never a binary approximation. */
  static BigFraction exact(BigDecimal d) {
    BigInteger unscaled = d.unscaledValue();
    int scale = d.scale();
    if (scale <= 0) return new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    return new BigFraction(unscaled, BigInteger.TEN.pow(scale));
  }
}
