package dev.discover.neural.internal;

import java.util.List;

/**
 * The forms the brute force scores each expression against, with the outer constants fitted in closed form:
 * six affine forms {@code T(y) = a*e + b} (one per target transform T), the power law
 * {@code y = C * prod x_j^p_j * e^q} and the exponential {@code y = C * prod x_j^p_j * exp(q*e)}.
 */
public enum Form {
  /** {@code y = a*e + b}. */
  IDENTITY,
  /** {@code y^2 = a*e + b}. */
  SQUARE,
  /** {@code sqrt(y) = a*e + b}. */
  SQRT,
  /** {@code 1/y = a*e + b}. */
  INVERSE,
  /** {@code log(y) = a*e + b}. */
  LOG,
  /** {@code sin(y) = a*e + b}. */
  SIN,
  /** {@code y = C * prod x_j^p_j * e^q}. */
  POWER,
  /** {@code y = C * prod x_j^p_j * exp(q*e)}. */
  EXPONENTIAL;

  /** The affine forms, in order. */
  public static final List<Form> AFFINE = List.of(IDENTITY, SQUARE, SQRT, INVERSE, LOG, SIN);

  /** True for the six forms {@code T(y) = a*e + b}. */
  public boolean affine() { return ordinal() < AFFINE.size(); }

  /** The target transform T of an affine form, applied to one value (NaN where it is undefined). */
  public double transform(double v) {
    return switch (this) {
      case IDENTITY -> v;
      case SQUARE -> v * v;
      case SQRT -> Math.sqrt(v);
      case INVERSE -> 1 / v;
      case LOG -> Math.log(v);
      case SIN -> Math.sin(v);
      default -> throw new IllegalStateException(this + " is not an affine form");
    };
  }
}
