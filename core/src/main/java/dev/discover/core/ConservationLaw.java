package dev.discover.core;

import dev.discover.symbolic.CompiledExpr;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A conserved quantity H = sum_j c_j b_j found for a system.
 *
 * @param expression H in system-file syntax (parses back)
 * @param latex H in LaTeX
 * @param terms the number of basis functions with a nonzero coefficient
 * @param degree the highest degree among them
 * @param coefficients exact coefficient of each basis function used, by the function's name
 * @param verification how dH/dt = 0 was checked
 * @param method the check in words (e.g. "symbolic identity modulo the constraint")
 * @param residual the largest relative |dH/dt| seen at sample points (0 for exact checks)
 * @param description what it depends on, in one line
 * @param evaluator H as a compiled function of the state
 * @param generic whether it holds for every value of the parameters (null when the system has none)
 */
public record ConservationLaw(String expression, String latex, int terms, int degree, Map<String, String> coefficients,
    Verification verification, String method, double residual, String description, CompiledExpr evaluator,
    Boolean generic) {
  /** Copies the coefficient map, keeping its order. */
  public ConservationLaw {
    coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
  }

  /** The same law with its genericity decided. */
  public ConservationLaw withGeneric(boolean g) {
    return new ConservationLaw(expression, latex, terms, degree, coefficients, verification, method, residual,
        description, evaluator, g);
  }

  /** The value of H at a state (variables in the system's order); {@code state} is not modified. */
  public double valueAt(double[] state) { return evaluator.eval(state); }
}
