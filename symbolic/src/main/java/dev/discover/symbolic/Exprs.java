package dev.discover.symbolic;

import java.util.OptionalInt;
import java.util.Optional;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/** Structural operations on {@link Expr} trees: names, substitution, classification and printing. */
public final class Exprs {
  private Exprs() {}

  /** The names an expression mentions, in order of first appearance. */
  public static Set<String> names(Expr e) {
    Set<String> out = new LinkedHashSet<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expr e, Set<String> out) {
    if (e instanceof Expr.Sym s) out.add(s.name());
    else if (e instanceof Expr.Neg n) collect(n.arg(), out);
    else if (e instanceof Expr.Bin b) { collect(b.left(), out); collect(b.right(), out); }
    else if (e instanceof Expr.Call c) collect(c.arg(), out);
  }

  /** The function names an expression calls. */
  public static Set<String> functions(Expr e) {
    Set<String> out = new LinkedHashSet<>();
    collectCalls(e, out);
    return out;
  }

  private static void collectCalls(Expr e, Set<String> out) {
    if (e instanceof Expr.Neg n) collectCalls(n.arg(), out);
    else if (e instanceof Expr.Bin b) { collectCalls(b.left(), out); collectCalls(b.right(), out); }
    else if (e instanceof Expr.Call c) { out.add(c.function()); collectCalls(c.arg(), out); }
  }

  /** Replaces every name that is a key of {@code values} by its expression; others stay. */
  public static Expr substitute(Expr e, Map<String, Expr> values) {
    if (e instanceof Expr.Sym s) return values.getOrDefault(s.name(), s);
    if (e instanceof Expr.Neg n) return new Expr.Neg(substitute(n.arg(), values));
    if (e instanceof Expr.Bin b) return new Expr.Bin(b.op(), substitute(b.left(), values), substitute(b.right(), values));
    if (e instanceof Expr.Call c) return new Expr.Call(c.function(), substitute(c.arg(), values));
    return e;
  }

  /**
   * {@code e} with every number replaced by what {@code f} makes of it, numbers visited left to right;
   * {@code f} also learns whether the number is the exponent of a power (the right operand of {@code ^}).
   */
  public static Expr mapNumbers(Expr e, java.util.function.BiFunction<Expr.Num, Boolean, Expr> f) {
    return mapNumbers(e, false, f);
  }

  private static Expr mapNumbers(Expr e, boolean exponent, java.util.function.BiFunction<Expr.Num, Boolean, Expr> f) {
    if (e instanceof Expr.Num n) return f.apply(n, exponent);
    if (e instanceof Expr.Neg n) return new Expr.Neg(mapNumbers(n.arg(), false, f));
    if (e instanceof Expr.Call c) return new Expr.Call(c.function(), mapNumbers(c.arg(), false, f));
    if (e instanceof Expr.Bin b) {
      Expr l = mapNumbers(b.left(), false, f);
      return new Expr.Bin(b.op(), l, mapNumbers(b.right(), b.op() == '^', f));
    }
    return e;
  }

  /** True when the expression is a rational function: no function calls, only integer constant powers. */
  public static boolean isRational(Expr e) {
    if (e instanceof Expr.Neg n) return isRational(n.arg());
    if (e instanceof Expr.Bin b) {
      return b.op() == '^'
          ? isRational(b.left()) && integerExponent(b.right()).isPresent()
          : isRational(b.left()) && isRational(b.right());
    }
    return !(e instanceof Expr.Call);
  }

  /** The exponent as an int when it is an integer constant (possibly negated) of at most 20 bits. */
  public static OptionalInt integerExponent(Expr e) {
    Optional<BigFraction> v = constantValue(e);
    if (v.isEmpty() || !v.get().getDenominator().equals(BigInteger.ONE) || v.get().getNumerator().bitLength() > 20) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(v.get().getNumerator().intValue());
  }

  /**
   * The exact value of an expression made only of numbers and rational operations; empty for anything else,
   * a division by zero, or a power whose value would exceed the constant-size limit.
   */
  public static Optional<BigFraction> constantValue(Expr e) {
    if (e instanceof Expr.Num n) return Optional.of(n.value());
    if (e instanceof Expr.Neg n) return constantValue(n.arg()).map(BigFraction::negate);
    if (!(e instanceof Expr.Bin b)) return Optional.empty();
    Optional<BigFraction> lo = constantValue(b.left());
    if (lo.isEmpty()) return Optional.empty();
    Optional<BigFraction> ro = constantValue(b.right());
    if (ro.isEmpty()) return Optional.empty();
    BigFraction l = lo.get(), r = ro.get();
    switch (b.op()) {
      case '+': return Optional.of(l.add(r));
      case '-': return Optional.of(l.subtract(r));
      case '*': return Optional.of(l.multiply(r));
      case '/': return r.getNumerator().signum() == 0 ? Optional.empty() : Optional.of(l.divide(r));
      default:
        if (!r.getDenominator().equals(BigInteger.ONE) || r.getNumerator().bitLength() > 16) return Optional.empty();
        int k = r.getNumerator().intValue();
        if (k < 0 && l.getNumerator().signum() == 0) return Optional.empty();
        long bits = (long) Math.max(l.getNumerator().bitLength(), l.getDenominator().bitLength()) * Math.abs(k);
        if (bits > Limits.CONSTANT_BITS.value()) return Optional.empty();
        return Optional.of(k >= 0 ? l.pow(k) : BigFraction.ONE.divide(l.pow(-k)));
    }
  }

  /**
   * The product c * e written readably: a quotient absorbs the factor into its numerator ({@code 2/r} rather
   * than {@code 2*(1/r)}), and a null {@code c} means 1.
   */
  public static Expr times(Expr c, Expr e) {
    if (e instanceof Expr.Bin b && b.op() == '/') {
      boolean one = constantValue(b.left()).filter(BigFraction.ONE::equals).isPresent();
      Expr top = one ? (c == null ? b.left() : c) : times(c, b.left());
      return new Expr.Bin('/', top, b.right());
    }
    if (e instanceof Expr.Bin b && b.op() == '*' && b.right() instanceof Expr.Bin d && d.op() == '/') {
      return times(c == null ? b.left() : new Expr.Bin('*', c, b.left()), d);
    }
    return c == null ? e : new Expr.Bin('*', c, e);
  }

  /**
   * The sum of c_k * e_k, written readably: unit coefficients dropped, signs folded into + and -, quotients
   * absorbing their factor ({@link #times}). Zero coefficients are skipped.
   */
  public static Expr linearCombination(java.util.List<Map.Entry<BigFraction, Expr>> terms) {
    Expr acc = null;
    for (Map.Entry<BigFraction, Expr> t : terms) {
      BigFraction c = t.getKey();
      if (c.getNumerator().signum() == 0) continue;
      BigFraction a = c.abs();
      Expr term = times(a.equals(BigFraction.ONE) ? null : Expr.num(a), t.getValue());
      if (acc == null) acc = c.signum() < 0 ? new Expr.Neg(term) : term;
      else acc = new Expr.Bin(c.signum() < 0 ? '-' : '+', acc, term);
    }
    return acc == null ? Expr.num(0) : acc;
  }

  /** Prints in the system-file syntax with the fewest parentheses that keep the meaning. */
  public static String print(Expr e) {
    StringBuilder sb = new StringBuilder();
    print(e, sb, 0);
    return sb.toString();
  }

  private static int prec(Expr e) {
    if (e instanceof Expr.Num n) {
      return n.value().signum() < 0 ? 1 : (n.value().getDenominator().equals(BigInteger.ONE) ? 4 : 2);
    }
    if (e instanceof Expr.Neg) return 1;
    if (e instanceof Expr.Bin b) return b.op() == '+' || b.op() == '-' ? 1 : (b.op() == '^' ? 3 : 2);
    return 4;
  }

  private static void print(Expr e, StringBuilder sb, int min) {
    boolean paren = prec(e) < min;
    if (paren) sb.append('(');
    if (e instanceof Expr.Num n) sb.append(formatNumber(n.value()));
    else if (e instanceof Expr.Sym s) sb.append(s.name());
    else if (e instanceof Expr.Call c) { sb.append(c.function()).append('('); print(c.arg(), sb, 0); sb.append(')'); }
    else if (e instanceof Expr.Neg n) { sb.append('-'); print(n.arg(), sb, 2); }
    else if (e instanceof Expr.Bin b) {
      switch (b.op()) {
        case '+' -> { print(b.left(), sb, 1); sb.append(" + "); print(b.right(), sb, 2); }
        case '-' -> { print(b.left(), sb, 1); sb.append(" - "); print(b.right(), sb, 2); }
        case '*' -> { print(b.left(), sb, 2); sb.append('*'); print(b.right(), sb, 3); }
        case '/' -> { print(b.left(), sb, 2); sb.append('/'); print(b.right(), sb, 3); }
        default -> { print(b.left(), sb, 4); sb.append('^'); print(b.right(), sb, 4); }
      }
    }
    if (paren) sb.append(')');
  }

  /** An exact rational as {@code 3}, {@code -3/200}. */
  public static String formatNumber(BigFraction v) {
    return v.getDenominator().equals(BigInteger.ONE) ? v.getNumerator().toString()
        : v.getNumerator() + "/" + v.getDenominator();
  }

  /** The name used for the constant pi inside numeric formula trees; printed as a decimal or as {@code pi}. */
  public static final String PI = "pi";

  /** True when {@code e} is the number {@code k}. */
  public static boolean isNumber(Expr e, long k) {
    return e instanceof Expr.Num num && num.value().equals(new BigFraction(k));
  }

  /** a + b, folding plus zero and a negated or negative right operand into a difference. */
  public static Expr add(Expr a, Expr b) {
    if (isNumber(a, 0)) return b;
    if (isNumber(b, 0)) return a;
    if (b instanceof Expr.Neg ng) return new Expr.Bin('-', a, ng.arg());
    if (b instanceof Expr.Num nb && nb.value().signum() < 0) return new Expr.Bin('-', a, new Expr.Num(nb.value().negate()));
    return new Expr.Bin('+', a, b);
  }

  /** a - b, folding zeros. */
  public static Expr sub(Expr a, Expr b) {
    if (isNumber(b, 0)) return a;
    if (isNumber(a, 0)) return neg(b);
    return new Expr.Bin('-', a, b);
  }

  /** a * b, folding the factors one, zero and minus one. */
  public static Expr mul(Expr a, Expr b) {
    if (isNumber(a, 1)) return b;
    if (isNumber(b, 1)) return a;
    if (isNumber(a, 0) || isNumber(b, 0)) return Expr.num(0);
    if (isNumber(a, -1)) return neg(b);
    if (isNumber(b, -1)) return neg(a);
    return new Expr.Bin('*', a, b);
  }

  /** a / b, folding a divisor of one. */
  public static Expr div(Expr a, Expr b) {
    if (isNumber(b, 1)) return a;
    return new Expr.Bin('/', a, b);
  }

  /** -a, folding numbers and double negation. */
  public static Expr neg(Expr a) {
    if (a instanceof Expr.Num num) return new Expr.Num(num.value().negate());
    if (a instanceof Expr.Neg ng) return ng.arg();
    return new Expr.Neg(a);
  }

  /** a ^ p for a rational p, using sqrt and division where they read better. */
  public static Expr pow(Expr a, BigFraction p) {
    if (p.signum() == 0) return Expr.num(1);
    if (p.equals(BigFraction.ONE)) return a;
    if (p.signum() < 0) return div(Expr.num(1), pow(a, p.negate()));
    if (p.equals(new BigFraction(1, 2))) return call("sqrt", a);
    if (p.getDenominator().equals(BigInteger.TWO)) {
      return new Expr.Bin('^', call("sqrt", a), Expr.num(new BigFraction(p.getNumerator())));
    }
    return new Expr.Bin('^', a, Expr.num(p));
  }

  /** a ^ b for an expression exponent. */
  public static Expr pow(Expr a, Expr b) { return new Expr.Bin('^', a, b); }

  /** f(a). */
  public static Expr call(String f, Expr a) { return new Expr.Call(f, a); }

  /** Number of nodes of the tree (every name, number, operator and call counts one). */
  public static int size(Expr e) {
    if (e instanceof Expr.Neg ng) return 1 + size(ng.arg());
    if (e instanceof Expr.Bin b) return 1 + size(b.left()) + size(b.right());
    if (e instanceof Expr.Call c) return 1 + size(c.arg());
    return 1;
  }
}
