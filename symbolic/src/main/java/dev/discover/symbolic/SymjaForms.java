package dev.discover.symbolic;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Symja's functions and constants that lie outside the system-file grammar, each with its rewriting into the
 * grammar, so that an answer such as {@code -2*Cot(q)*Csc(q)^2} comes back as an expression we can evaluate,
 * compile and print instead of failing the step. The identities are the textbook ones for real arguments
 * (Symja's {@code ArcCot(x)} is {@code ArcTan(1/x)} for real x, as in Mathematica).
 */
final class SymjaForms {
  private SymjaForms() {}

  /** Symja's names of functions outside the grammar, mapped to the lower-case names {@link #EXTENSIONS} knows. */
  static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("Cot", "cot"), Map.entry("Sec", "sec"), Map.entry("Csc", "csc"), Map.entry("Coth", "coth"),
      Map.entry("Sech", "sech"), Map.entry("Csch", "csch"), Map.entry("ArcCot", "acot"), Map.entry("ArcSec", "asec"),
      Map.entry("ArcCsc", "acsc"), Map.entry("ArcSinh", "asinh"), Map.entry("ArcCosh", "acosh"),
      Map.entry("ArcTanh", "atanh"));

  /** Each extra function as a rewriting of its argument into the grammar. */
  static final Map<String, UnaryOperator<Expr>> EXTENSIONS = Map.ofEntries(
      Map.entry("cot", a -> div(call("cos", a), call("sin", a))),
      Map.entry("sec", a -> div(Expr.num(1), call("cos", a))),
      Map.entry("csc", a -> div(Expr.num(1), call("sin", a))),
      Map.entry("coth", a -> div(call("cosh", a), call("sinh", a))),
      Map.entry("sech", a -> div(Expr.num(1), call("cosh", a))),
      Map.entry("csch", a -> div(Expr.num(1), call("sinh", a))),
      Map.entry("acot", a -> call("atan", div(Expr.num(1), a))),
      Map.entry("asec", a -> call("acos", div(Expr.num(1), a))),
      Map.entry("acsc", a -> call("asin", div(Expr.num(1), a))),
      Map.entry("asinh", a -> call("log", new Expr.Bin('+', a, call("sqrt", new Expr.Bin('+', square(a), Expr.num(1)))))),
      Map.entry("acosh", a -> call("log", new Expr.Bin('+', a, call("sqrt", new Expr.Bin('-', square(a), Expr.num(1)))))),
      Map.entry("atanh", a -> div(call("log", div(new Expr.Bin('+', Expr.num(1), a), new Expr.Bin('-', Expr.num(1), a))),
          Expr.num(2))));

  /** Symja's constant Pi, which the grammar writes as 4*atan(1); E is handled by {@link Symja#eulerToExp}. */
  static Expr constants(Expr e) {
    return Exprs.substitute(e, Map.of("Pi", new Expr.Bin('*', Expr.num(4), call("atan", Expr.num(1)))));
  }

  private static Expr call(String f, Expr a) { return new Expr.Call(f, a); }

  private static Expr div(Expr a, Expr b) { return new Expr.Bin('/', a, b); }

  private static Expr square(Expr a) { return new Expr.Bin('^', a, Expr.num(2)); }
}
