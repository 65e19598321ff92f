package dev.discover.core.data;

import java.util.List;

/**
 * The equations identified from data, with their diagnostics.
 *
 * @param variables the state variables
 * @param equations one per variable, in variable order
 * @param derivative the derivative estimator actually used (never {@code AUTO})
 * @param refined whether the coefficients were refined by multiple shooting
 * @param noise the estimated noise standard deviation per variable
 * @param relativeNoise the estimated noise per variable divided by that variable's standard deviation
 * @param samples the number of samples read
 * @param rows the number of regression rows (samples, or test functions for the weak form)
 * @param millis the time taken, in milliseconds
 * @param options the options that produced it
 */
public record EquationResult(List<String> variables, List<IdentifiedEquation> equations,
    EquationOptions.Derivative derivative, boolean refined, double[] noise, double[] relativeNoise, int samples, int rows, long millis,
    EquationOptions options) {
  /** Copies the lists and arrays. */
  public EquationResult {
    variables = List.copyOf(variables);
    equations = List.copyOf(equations);
    noise = noise.clone();
    relativeNoise = relativeNoise.clone();
  }

  /** A copy of the noise estimates. */
  @Override public double[] noise() { return noise.clone(); }

  /** A copy of the relative noise estimates. */
  @Override public double[] relativeNoise() { return relativeNoise.clone(); }

  /** The equation of a variable. */
  public IdentifiedEquation equation(String variable) {
    int i = variables.indexOf(variable);
    if (i < 0) throw new IllegalArgumentException("no variable '" + variable + "'; variables are " + variables);
    return equations.get(i);
  }
}
