package dev.discover.core;

import dev.discover.symbolic.Expr;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A law found at the given parameter values, written with its coefficients as polynomials in the parameters:
 * a law that holds for every parameter value and, at the values given, is a multiple of the law found there.
 *
 * @param expression the law in system-file syntax, terms grouped by basis function: {@code 2*k5*O3 + (-4*k4 +
 *     2*k5)*H2}
 * @param latex the same in LaTeX
 * @param coefficients the coefficient of each basis function, a polynomial in the parameters, by the function's
 *     name (the names of {@link ConservationLaw#coefficients()})
 * @param function the law as an expression in the variables and parameters
 * @param verification how it was checked to hold for every value (a polynomial identity with the parameters as
 *     symbols)
 * @param factor the law found at the given values divided by this form at those values: an exact rational
 */
public record ParametricForm(String expression, String latex, Map<String, String> coefficients, Expr function,
    Verification verification, String factor) {
  /** Copies the coefficient map, keeping its order. */
  public ParametricForm {
    Objects.requireNonNull(expression, "expression");
    coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(factor, "factor");
  }
}
