package dev.discover.core;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Expr;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A conserved quantity H = sum_j c_j b_j found for a system.
 *
 * @param expression H in system-file syntax (parses back)
 * @param latex H in LaTeX
 * @param terms the number of basis functions with a nonzero coefficient
 * @param degree the highest degree among them
 * @param coefficients the coefficient of each basis function used, by the function's name
 * @param verification how dH/dt = 0 was checked
 * @param method the check in words (e.g. "symbolic identity modulo the constraint")
 * @param residual the largest relative |dH/dt| seen at sample points (0 for exact checks)
 * @param description what it depends on, in one line
 * @param function H as an expression in the system's variables (the linear combination, not factored)
 * @param evaluator H as a compiled function of the state
 * @param scope for which parameter values it holds
 * @param parametric for a law that needs the parameter values given: the same law with coefficients as
 *     polynomials in the parameters, when one was found and checked
 */
public record ConservationLaw(String expression, String latex, int terms, int degree,
    Map<String, Coefficient> coefficients, Verification verification, String method, double residual,
    String description, Expr function, CompiledExpr evaluator, ParameterScope scope,
    Optional<ParametricForm> parametric) {
  /** Copies the coefficient map, keeping its order. */
  public ConservationLaw {
    coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(parametric, "parametric");
  }

  /** A law without a parametric form. */
  public ConservationLaw(String expression, String latex, int terms, int degree, Map<String, Coefficient> coefficients,
      Verification verification, String method, double residual, String description, Expr function,
      CompiledExpr evaluator, ParameterScope scope) {
    this(expression, latex, terms, degree, coefficients, verification, method, residual, description, function,
        evaluator, scope, Optional.empty());
  }

  /** The same law with its parameter scope decided: every value ({@code true}) or the values given. */
  public ConservationLaw withGeneric(boolean everyValue) {
    return new ConservationLaw(expression, latex, terms, degree, coefficients, verification, method, residual,
        description, function, evaluator, everyValue ? ParameterScope.EVERY_VALUE : ParameterScope.GIVEN_VALUES,
        parametric);
  }

  /** The same law with its coefficients also written as polynomials in the parameters. */
  public ConservationLaw withParametric(ParametricForm form) {
    return new ConservationLaw(expression, latex, terms, degree, coefficients, verification, method, residual,
        description, function, evaluator, scope, Optional.of(form));
  }

  /** Whether it holds for every parameter value; empty when the system has no parameters. */
  public Optional<Boolean> generic() {
    return scope == ParameterScope.NONE ? Optional.empty() : Optional.of(scope == ParameterScope.EVERY_VALUE);
  }

  /** The value of H at a state (variables in the system's order); {@code state} is not modified. */
  public double valueAt(double[] state) { return evaluator.eval(state); }
}
