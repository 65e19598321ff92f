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
 */
public final class ExprParser {
  private final String src;
  private int pos;

  private ExprParser(String src) { this.src = src; }

  /** Parses a whole expression; throws {@link ExprException} naming the position on any error. */
  public static Expr parse(String text) {
    if (text == null) throw new ExprException("expected an expression, got null");
    ExprParser p = new ExprParser(text);
    p.skipSpace();
    if (p.pos >= text.length()) throw new ExprException("expected an expression, got an empty string");
    Expr e = p.expr();
    p.skipSpace();
    if (p.pos < text.length()) throw p.error("unexpected '" + text.charAt(p.pos) + "'");
    return e;
  }

  private ExprException error(String what) {
    return new ExprException(what + " at position " + (pos + 1) + " of '" + src + "'");
  }

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
      Expr a = unary();
      if (a instanceof Expr.Num n) return new Expr.Num(n.value().negate());
      return new Expr.Neg(a);
    }
    if (eat('+')) return unary();
    return power();
  }

  private Expr power() {
    Expr base = atom();
    skipSpace();
    if (eat('^')) return new Expr.Bin('^', base, unary());
    if (src.startsWith("**", pos)) { pos += 2; return new Expr.Bin('^', base, unary()); }
    return base;
  }

  private Expr atom() {
    skipSpace();
    if (pos >= src.length()) throw error("expected a number, name or '(' but the expression ended");
    char c = src.charAt(pos);
    if (c == '(') {
      pos++;
      Expr e = expr();
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
        if (!Functions.NAMES.contains(name)) {
          pos = start;
          throw new ExprException("unknown function '" + name + "' in '" + src + "'; allowed functions: "
              + String.join(", ", Functions.ORDERED));
        }
        pos++;
        Expr arg = expr();
        if (!eat(')')) throw error("expected ')' closing " + name + "(");
        return new Expr.Call(name, arg);
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
    try {
      return new Expr.Num(exact(new BigDecimal(text)));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("malformed number '" + text + "'");
    }
  }

  /** The exact rational value of a decimal: 0.015 becomes 3/200, never a binary approximation. */
  static BigFraction exact(BigDecimal d) {
    BigInteger unscaled = d.unscaledValue();
    int scale = d.scale();
    if (scale <= 0) return new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    return new BigFraction(unscaled, BigInteger.TEN.pow(scale));
  }
}
