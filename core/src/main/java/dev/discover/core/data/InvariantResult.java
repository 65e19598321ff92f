package dev.discover.core.data;

import java.util.List;

/**
 * The conserved quantities found in trajectories.
 *
 * @param variables the state variables
 * @param basisSize the number of candidate functions
 * @param nullSpaceDimension the dimension of the numerical null space of the data matrix
 * @param laws the functionally independent laws kept, simplest first
 * @param singularValues the singular values of the scaled data matrix, relative to the largest, descending
 * @param warnings what lowered confidence or removed laws, in words
 * @param millis the time taken, in milliseconds
 * @param options the options that produced it
 */
public record InvariantResult(List<String> variables, int basisSize, int nullSpaceDimension, List<DataLaw> laws,
    double[] singularValues, List<String> warnings, long millis, InvariantOptions options) {
  /** Copies the lists and the array. */
  public InvariantResult {
    variables = List.copyOf(variables);
    laws = List.copyOf(laws);
    singularValues = singularValues.clone();
    warnings = List.copyOf(warnings);
  }

  /** A copy of the singular values. */
  @Override public double[] singularValues() { return singularValues.clone(); }
}
