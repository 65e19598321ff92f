package dev.discover.core.data;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Latex;

/** A small LaTeX printer for expression trees: products by juxtaposition, quotients as fractions. */
final class LatexPrinter {
  private LatexPrinter() {}

  static String print(Expr e) {
    if (e instanceof Expr.Num n) return Exprs.formatNumber(n.value());
    if (e instanceof Expr.Sym s) return Latex.name(s.name());
    if (e instanceof Expr.Neg n) return "-" + wrap(n.arg(), 2);
    if (e instanceof Expr.Call c) {
      if (c.function().equals("sqrt")) return "\\sqrt{" + print(c.arg()) + "}";
      if (c.function().equals("abs")) return "\\left|" + print(c.arg()) + "\\right|";
      String f = c.function().matches("sin|cos|tan|exp|log|sinh|cosh|tanh") ? "\\" + c.function()
          : "\\operatorname{" + c.function() + "}";
      return f + "\\left(" + print(c.arg()) + "\\right)";
    }
    Expr.Bin b = (Expr.Bin) e;
    switch (b.op()) {
      case '+': return print(b.left()) + " + " + wrap(b.right(), 1);
      case '-': return print(b.left()) + " - " + wrap(b.right(), 2);
      case '*': {
        String sep = b.right() instanceof Expr.Num ? " \\cdot " : " ";
        return wrap(b.left(), 2) + sep + wrap(b.right(), 2);
      }
      case '/': return "\\frac{" + print(b.left()) + "}{" + print(b.right()) + "}";
      default: return wrap(b.left(), 3) + "^{" + print(b.right()) + "}";
    }
  }

  private static String wrap(Expr e, int min) {
    int p;
    if (e instanceof Expr.Bin b) p = b.op() == '+' || b.op() == '-' ? 1 : (b.op() == '^' ? 3 : 2);
    else if (e instanceof Expr.Neg) p = 1;
    else if (e instanceof Expr.Num n) p = n.value().signum() < 0 ? 1 : 4;
    else p = 4;
    if (e instanceof Expr.Bin b && b.op() == '/') p = 4;
    return p < min ? "\\left(" + print(e) + "\\right)" : print(e);
  }
}
