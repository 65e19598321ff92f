package dev.discover.symbolic;

import java.util.Objects;
import org.hipparchus.fraction.BigFraction;

/**
 * An expression of the system-file grammar: exact rational numbers, names, the four operations, powers
 * and a fixed list of elementary functions. Instances are immutable trees.
 *
 * <p>The tree is ours rather than Symja's so that an expression is validated against the contract's grammar
 * before any computer-algebra code sees it, and so that it can be evaluated exactly, modulo a prime or in
 * floating point without going through strings.
 */
public sealed interface Expr permits Expr.Num, Expr.Sym, Expr.Neg, Expr.Bin, Expr.Call {

  /** A rational constant. */
  record Num(BigFraction value) implements Expr {
    public Num { Objects.requireNonNull(value, "value"); }
  }

  /** A name: a variable, parameter or definition. */
  record Sym(String name) implements Expr {
    public Sym { Objects.requireNonNull(name, "name"); }
  }

  /** Unary minus. */
  record Neg(Expr arg) implements Expr {
    public Neg { Objects.requireNonNull(arg, "arg"); }
  }

  /** A binary operation: one of {@code + - * / ^}. */
  record Bin(char op, Expr left, Expr right) implements Expr {
    public Bin {
      if ("+-*/^".indexOf(op) < 0) throw new IllegalArgumentException("unknown operator " + op);
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** An elementary function of one argument, one of {@link Functions#NAMES}. */
  record Call(String function, Expr arg) implements Expr {
    public Call {
      if (!Functions.NAMES.contains(function)) throw new IllegalArgumentException("unknown function " + function);
      Objects.requireNonNull(arg, "arg");
    }
  }

  /** Shorthand for an integer constant. */
  static Expr num(long v) { return new Num(new BigFraction(v)); }

  /** Shorthand for a rational constant. */
  static Expr num(BigFraction v) { return new Num(v); }

  /** Shorthand for a name. */
  static Expr sym(String name) { return new Sym(name); }
}
