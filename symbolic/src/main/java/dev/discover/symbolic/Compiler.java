package dev.discover.symbolic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles expressions over a fixed variable order into fast double evaluators. A {@link #strict} compiler's
 * evaluators give NaN wherever a step leaves double precision: a product, quotient, power or function whose
 * exact value is nonzero but comes out 0 or subnormal (exp(-x^400) at x = 2, sin(x)^5000 at x = 1), or a
 * finite step that comes out infinite (1/exp(x^400) would read 0), or a function that rounds to a constant it
 * never reaches there (tanh(30) reads 1). Plain evaluators are for speed, strict
 * ones for sampling where a law's verification must not rest on values that double precision cannot hold.
 */
public final class Compiler {
  private final Map<String, Integer> index = new HashMap<>();
  private final boolean strict;

  /** A compiler for expressions over these variables, in this order. */
  public Compiler(List<String> variables) { this(variables, false); }

  private Compiler(List<String> variables, boolean strict) {
    for (int i = 0; i < variables.size(); i++) index.put(variables.get(i), i);
    this.strict = strict;
  }

  /** A compiler whose evaluators give NaN where a step under- or overflows double precision. */
  public static Compiler strict(List<String> variables) { return new Compiler(variables, true); }

  /** True when |v| is below the smallest normal double but not 0 in exact arithmetic (the caller knows that). */
  private static boolean tiny(double v) { return Math.abs(v) < Double.MIN_NORMAL; }

  /** The result of a binary step, or NaN when it under- or overflowed. */
  private static double checked(char op, double a, double b, double r) {
    if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
    boolean finite = Double.isFinite(a) && Double.isFinite(b);
    switch (op) {
      case '*':
        if (a != 0 && b != 0 && tiny(r) || finite && Double.isInfinite(r)) return Double.NaN;
        return r;
      case '/':
        if (b == 0) return r; // a pole, not a loss of precision: non-finite as it should be
        if (a != 0 && tiny(r) || finite && Double.isInfinite(r)) return Double.NaN;
        return r;
      case '^':
        if (a == 0) return r;
        if (tiny(r) || finite && Double.isInfinite(r)) return Double.NaN;
        return r;
      default:
        return finite && Double.isInfinite(r) ? Double.NaN : r;
    }
  }

  /** The result of a function step, or NaN when it under- or overflowed. */
  private static double checked(String f, double a, double r) {
    if (Double.isNaN(a)) return Double.NaN;
    if (Double.isFinite(a) && Double.isInfinite(r)) return Double.NaN;
    // log(1) = 0 and acos(1) = 0 exactly; every other function is 0 only at 0 (or never, exp and cos)
    boolean zeroOnlyAtZero = !f.equals("log") && !f.equals("acos");
    if (zeroOnlyAtZero && a != 0 && tiny(r)) return Double.NaN;
    if (saturated(f, a, r)) return Double.NaN;
    return r;
  }

  /**
   * True when a function's value rounded to the limit it only approaches, or to its value at 0 away from 0: the
   * digits that tell it from that constant are lost (tanh(30) reads 1, so tanh(x)^3000 reads 1 and 1 - tanh(x)^3000
   * reads 0; exp(1e-89) reads 1). Cancellation in a difference is not caught this way.
   */
  private static boolean saturated(String f, double a, double r) {
    if (!Double.isFinite(a)) return false;
    return switch (f) {
      case "tanh" -> Math.abs(r) == 1.0;
      case "atan" -> Math.abs(r) == Math.PI / 2;
      case "exp", "cosh", "cos" -> a != 0 && r == 1.0;
      default -> false;
    };
  }

  /** Compiles; every name must be one of the variables. */
  public CompiledExpr compile(Expr e) {
    if (e instanceof Expr.Num n) {
      double v = n.value().doubleValue();
      if (strict && (!Double.isFinite(v) || tiny(v) && n.value().signum() != 0)) return x -> Double.NaN;
      return x -> v;
    }
    if (e instanceof Expr.Sym s) {
      Integer i = index.get(s.name());
      if (i == null) throw new ExprException("unknown name '" + s.name() + "'");
      int k = i;
      return x -> x[k];
    }
    if (e instanceof Expr.Neg n) {
      CompiledExpr a = compile(n.arg());
      return x -> -a.eval(x);
    }
    if (e instanceof Expr.Call c) {
      CompiledExpr a = compile(c.arg());
      String f = c.function();
      if (strict) return x -> { double v = a.eval(x); return checked(f, v, Functions.apply(f, v)); };
      switch (f) {
        case "sin": return x -> Math.sin(a.eval(x));
        case "cos": return x -> Math.cos(a.eval(x));
        case "exp": return x -> Math.exp(a.eval(x));
        case "log": return x -> Math.log(a.eval(x));
        case "sqrt": return x -> Math.sqrt(a.eval(x));
        default: return x -> Functions.apply(f, a.eval(x));
      }
    }
    Expr.Bin b = (Expr.Bin) e;
    CompiledExpr l = compile(b.left());
    if (b.op() == '^') {
      java.util.OptionalInt k = Exprs.integerExponent(b.right());
      if (k.isPresent() && strict) {
        int p = k.getAsInt();
        // x^-k as 1/x^k: an overflowing x^k must not read as 0
        return x -> { double v = l.eval(x); double q = checked('^', v, Math.abs(p), powi(v, Math.abs(p))); return p < 0 ? 1 / q : q; };
      }
      if (k.isPresent()) return integerPower(l, k.getAsInt());
      CompiledExpr r = compile(b.right());
      if (strict) return x -> { double u = l.eval(x), v = r.eval(x); return checked('^', u, v, Math.pow(u, v)); };
      return x -> Math.pow(l.eval(x), r.eval(x));
    }
    CompiledExpr r = compile(b.right());
    if (strict) {
      char op = b.op();
      return x -> {
        double u = l.eval(x), v = r.eval(x);
        double w = op == '+' ? u + v : op == '-' ? u - v : op == '*' ? u * v : u / v;
        return checked(op, u, v, w);
      };
    }
    switch (b.op()) {
      case '+': return x -> l.eval(x) + r.eval(x);
      case '-': return x -> l.eval(x) - r.eval(x);
      case '*': return x -> l.eval(x) * r.eval(x);
      default: return x -> l.eval(x) / r.eval(x);
    }
  }

  private static CompiledExpr integerPower(CompiledExpr base, int k) {
    switch (k) {
      case 0: return x -> 1.0;
      case 1: return base;
      case 2: return x -> { double v = base.eval(x); return v * v; };
      case 3: return x -> { double v = base.eval(x); return v * v * v; };
      case -1: return x -> 1.0 / base.eval(x);
      default: return x -> powi(base.eval(x), k);
    }
  }

  /** x^k for an integer k by repeated squaring. */
  public static double powi(double v, int k) {
    if (k < 0) return 1.0 / powi(v, -k);
    double r = 1.0;
    double b = v;
    while (k > 0) {
      if ((k & 1) != 0) r *= b;
      b *= b;
      k >>= 1;
    }
    return r;
  }
}
