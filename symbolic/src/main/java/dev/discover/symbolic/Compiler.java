package dev.discover.symbolic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compiles expressions over a fixed variable order into fast double evaluators. */
public final class Compiler {
  private final Map<String, Integer> index = new HashMap<>();

  /** A compiler for expressions over these variables, in this order. */
  public Compiler(List<String> variables) {
    for (int i = 0; i < variables.size(); i++) index.put(variables.get(i), i);
  }

  /** Compiles; every name must be one of the variables. */
  public CompiledExpr compile(Expr e) {
    if (e instanceof Expr.Num n) {
      double v = n.value().doubleValue();
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
      if (k.isPresent()) return integerPower(l, k.getAsInt());
      CompiledExpr r = compile(b.right());
      return x -> Math.pow(l.eval(x), r.eval(x));
    }
    CompiledExpr r = compile(b.right());
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
