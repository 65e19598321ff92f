package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;

/** The operators the brute force combines expressions with: unary ones with their cost, and binary ones. */
public final class Operator {
  private Operator() {}

  /** A unary operator: its cost in the enumeration, its value and its tree. Enumerated in this order. */
  public enum Unary {
    NEG(1), SQ(1), SQRT(1), INV(1), EXP(1), LOG(1), SIN(1), COS(1), TANH(2), ASIN(2), ACOS(2), ATAN(2), CUBE(2), TAN(2);

    private final int cost;

    Unary(int cost) { this.cost = cost; }

    /** How much the operator adds to an expression's cost. */
    public int cost() { return cost; }

    /** The operator applied to one value (NaN outside its domain). */
    public double apply(double v) {
      return switch (this) {
        case NEG -> -v;
        case SQ -> v * v;
        case CUBE -> v * v * v;
        case INV -> 1 / v;
        case SQRT -> v < 0 ? Double.NaN : Math.sqrt(v);
        case LOG -> v <= 0 ? Double.NaN : Math.log(v);
        case EXP -> Math.exp(v);
        case SIN -> Math.sin(v);
        case COS -> Math.cos(v);
        case TAN -> Math.tan(v);
        case TANH -> Math.tanh(v);
        case ASIN -> Math.asin(v);
        case ACOS -> Math.acos(v);
        case ATAN -> Math.atan(v);
      };
    }

    /** The operator's tree around {@code a}. */
    public Expr expr(Expr a) {
      return switch (this) {
        case NEG -> new Expr.Neg(a);
        case SQ -> new Expr.Bin('^', a, Expr.num(2));
        case CUBE -> new Expr.Bin('^', a, Expr.num(3));
        case INV -> new Expr.Bin('/', Expr.num(1), a);
        default -> Exprs.call(name().toLowerCase(java.util.Locale.ROOT), a);
      };
    }
  }

  /** A binary operator; the reversed ones swap their operands, so that each unordered pair is enumerated once. */
  public enum Binary {
    ADD, SUB, MUL, DIV, REVERSE_SUB, REVERSE_DIV;

    /** The operator applied to one pair of values. */
    public double apply(double a, double b) {
      return switch (this) {
        case ADD -> a + b;
        case SUB -> a - b;
        case MUL -> a * b;
        case DIV -> a / b;
        case REVERSE_SUB -> b - a;
        case REVERSE_DIV -> b / a;
      };
    }

    /** The operator's tree. */
    public Expr expr(Expr a, Expr b) {
      return switch (this) {
        case ADD -> new Expr.Bin('+', a, b);
        case SUB -> new Expr.Bin('-', a, b);
        case MUL -> new Expr.Bin('*', a, b);
        case DIV -> new Expr.Bin('/', a, b);
        case REVERSE_SUB -> new Expr.Bin('-', b, a);
        case REVERSE_DIV -> new Expr.Bin('/', b, a);
      };
    }
  }
}
