package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import org.hipparchus.fraction.BigFraction;

/**
 * The library of univariate functions a network unit is snapped to, each used as {@code c*f(a*x+b)+d},
 * with its complexity (the KAN paper's counts: 1 for x, 2 for most, 3 for x^3, 1/x^2, tanh and abs).
 * Where a constant is redundant it is fixed: {@code a = 1} for the powers and abs (their scale goes into
 * {@code c}), {@code a = +1 or -1} for sqrt and log, {@code b = 0} for exp (its shift goes into {@code c}),
 * and both for x.
 */
public enum UnitFn {
  /** x. */
  X("x", 1, false, false, 1),
  /** x^2. */
  X2("x^2", 2, false, true, 2),
  /** x^3. */
  X3("x^3", 3, false, true, 3),
  /** sqrt(x). */
  SQRT("sqrt", 2, false, true, 0.5),
  /** 1/x. */
  INV("1/x", 2, false, true, -1),
  /** 1/x^2. */
  INV2("1/x^2", 3, false, true, -2),
  /** exp(x). */
  EXP("exp", 2, true, false, Double.NaN),
  /** log(x). */
  LOG("log", 2, false, true, Double.NaN),
  /** sin(x). */
  SIN("sin", 2, true, true, Double.NaN),
  /** cos(x). */
  COS("cos", 2, true, true, Double.NaN),
  /** tanh(x). */
  TANH("tanh", 3, true, true, Double.NaN),
  /** |x|. */
  ABS("abs", 3, false, true, 1);

  private final String label;
  private final int complexity;
  private final boolean freeA, freeB;
  private final double degree;

  UnitFn(String label, int complexity, boolean freeA, boolean freeB, double degree) {
    this.label = label;
    this.complexity = complexity;
    this.freeA = freeA;
    this.freeB = freeB;
    this.degree = degree;
  }

  /** Short name, for messages and plots. */
  public String label() { return label; }

  /** Complexity: simpler functions win among exact fits. */
  public int complexity() { return complexity; }

  /** Whether the inner scale {@code a} is fitted (otherwise fixed). */
  public boolean freeA() { return freeA; }

  /** Whether the inner shift {@code b} is fitted (otherwise zero). */
  public boolean freeB() { return freeB; }

  /** Number of free constants of {@code c*f(a*x+b)+d}: c, d and those of a and b that are free. */
  public int constants() { return 2 + (freeA ? 1 : 0) + (freeB ? 1 : 0); }

  /** Whether {@code a} is fixed at +1 or -1 and both signs are tried (sqrt, log). */
  boolean signed() { return this == SQRT || this == LOG; }

  /**
   * Degree p of homogeneity, {@code f(s*u) = s^p f(u)} for {@code s > 0}; NaN when f is not homogeneous.
   */
  double degree() { return degree; }

  /** f(u). */
  public double value(double u) {
    switch (this) {
      case X: return u;
      case X2: return u * u;
      case X3: return u * u * u;
      case SQRT: return Math.sqrt(u);
      case INV: return 1 / u;
      case INV2: return 1 / (u * u);
      case EXP: return Math.exp(u);
      case LOG: return Math.log(u);
      case SIN: return Math.sin(u);
      case COS: return Math.cos(u);
      case TANH: return Math.tanh(u);
      default: return Math.abs(u);
    }
  }

  /** f'(u). */
  public double derivative(double u) {
    switch (this) {
      case X: return 1;
      case X2: return 2 * u;
      case X3: return 3 * u * u;
      case SQRT: return 0.5 / Math.sqrt(u);
      case INV: return -1 / (u * u);
      case INV2: return -2 / (u * u * u);
      case EXP: return Math.exp(u);
      case LOG: return 1 / u;
      case SIN: return Math.cos(u);
      case COS: return -Math.sin(u);
      case TANH: { double t = Math.tanh(u); return 1 - t * t; }
      default: return Math.signum(u);
    }
  }

  /** The expression f(arg). */
  public Expr apply(Expr arg) {
    switch (this) {
      case X: return arg;
      case X2: return Exprs.pow(arg, new BigFraction(2));
      case X3: return Exprs.pow(arg, new BigFraction(3));
      case SQRT: return Exprs.call("sqrt", arg);
      case INV: return Exprs.div(Expr.num(1), arg);
      case INV2: return Exprs.div(Expr.num(1), Exprs.pow(arg, new BigFraction(2)));
      case EXP: return Exprs.call("exp", arg);
      case LOG: return Exprs.call("log", arg);
      case SIN: return Exprs.call("sin", arg);
      case COS: return Exprs.call("cos", arg);
      case TANH: return Exprs.call("tanh", arg);
      default: return Exprs.call("abs", arg);
    }
  }
}
