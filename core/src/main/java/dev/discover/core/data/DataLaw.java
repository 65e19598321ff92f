package dev.discover.core.data;

import java.util.List;

/**
 * A conserved quantity found from data: sum_j coefficients[j] * terms[j].
 *
 * @param expression the law in system-file syntax (parses back)
 * @param latex the law in LaTeX
 * @param terms the basis functions it uses, in system-file syntax
 * @param coefficients their coefficients (integers after snapping, else fitted values)
 * @param exact whether the coefficients were snapped to small rationals
 * @param trainingVariation the relative variation along the trajectories it was fitted on
 * @param heldOutVariation the relative variation along held-out data: the standard deviation of the law
 *     over time divided by that of its terms; 0 is perfect conservation, about 1 is none
 * @param confidence in [0, 1]: how many decades (over 4) the law's held-out variation lies below that of
 *     the best combination that is not a law
 */
public record DataLaw(String expression, String latex, List<String> terms, double[] coefficients, boolean exact,
    double trainingVariation, double heldOutVariation, double confidence) {
  /** Copies the list and the array. */
  public DataLaw {
    terms = List.copyOf(terms);
    coefficients = coefficients.clone();
  }

  /** A copy of the coefficients. */
  @Override public double[] coefficients() { return coefficients.clone(); }
}
