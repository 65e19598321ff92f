package dev.discover.core.data;

import java.util.List;

/**
 * One identified equation v' = sum_j c_j term_j.
 *
 * @param variable the variable whose derivative this is
 * @param terms the kept terms, in library order, in system-file syntax ("1" for the constant)
 * @param coefficients their coefficients
 * @param candidates the size of the library searched
 * @param r2 the coefficient of determination of the fit (on derivatives, or on the weak-form rows)
 * @param rmse the root mean square residual of the fit, in the units of its rows
 */
public record IdentifiedEquation(String variable, List<String> terms, double[] coefficients, int candidates, double r2,
    double rmse) {
  /** Copies the list and the array. */
  public IdentifiedEquation {
    terms = List.copyOf(terms);
    coefficients = coefficients.clone();
    if (terms.size() != coefficients.length) throw new IllegalArgumentException(terms.size() + " terms but " + coefficients.length + " coefficients");
  }

  /** A copy of the coefficients. */
  @Override public double[] coefficients() { return coefficients.clone(); }

  /** The coefficient of a term, or 0 when the term was not kept. */
  public double coefficient(String term) {
    int i = terms.indexOf(term);
    return i < 0 ? 0 : coefficients[i];
  }
}
