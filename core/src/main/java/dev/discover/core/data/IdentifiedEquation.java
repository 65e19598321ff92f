package dev.discover.core.data;

import dev.discover.sparse.ContinuedFractions;
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

  /** Relative distance within which a coefficient is written as a small fraction. */
  public static final double SNAP = 1e-5;
  /** The largest denominator of a snapped coefficient. */
  public static final int MAX_DENOMINATOR = 100;
  /** Significant digits of the other coefficients. */
  public static final int DIGITS = 6;

  /**
   * A coefficient as system-file text: within a relative {@link #SNAP} of a fraction with denominator at
   * most {@link #MAX_DENOMINATOR}, that exact fraction (or integer); otherwise a decimal with
   * {@link #DIGITS} significant digits.
   */
  public static String coefficientText(double c) {
    long[] pq = ContinuedFractions.approximate(c, MAX_DENOMINATOR);
    double snapped = (double) pq[0] / pq[1];
    if (Math.abs(snapped - c) <= SNAP * Math.abs(c)) return pq[1] == 1 ? Long.toString(pq[0]) : pq[0] + "/" + pq[1];
    return LawText.number(c, DIGITS);
  }

  /**
   * The right-hand side in system-file syntax, e.g. {@code -10*x + 10*y}: coefficients as
   * {@link #coefficientText}.
   */
  public String rightHandSide() {
    StringBuilder sb = new StringBuilder();
    double[] c = coefficients;
    for (int j = 0; j < c.length; j++) {
      String mag = coefficientText(Math.abs(c[j]));
      if (sb.length() == 0) { if (c[j] < 0) sb.append('-'); }
      else sb.append(c[j] < 0 ? " - " : " + ");
      String t = terms.get(j);
      if (t.equals("1")) sb.append(mag);
      else if (mag.equals("1")) sb.append(t);
      else sb.append(mag.contains("/") ? "(" + mag + ")" : mag).append('*').append(t);
    }
    return sb.length() == 0 ? "0" : sb.toString();
  }
}
