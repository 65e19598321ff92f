package dev.discover.sparse;

/**
 * The result of a sparse regression for one target.
 *
 * @param coefficients the coefficients, 0 outside the support, in the units of the data
 * @param r2 the coefficient of determination on the rows it was fitted to
 * @param rmse the root mean square residual
 * @param iterations the iterations taken
 * @param inclusion per column, the fraction of fits that kept it (1 or 0 for single fits; bootstrap share
 *     for {@link Ensemble})
 */
public record SparseFit(double[] coefficients, double r2, double rmse, int iterations, double[] inclusion) {
  /** Copies the arrays. */
  public SparseFit {
    coefficients = coefficients.clone();
    inclusion = inclusion.clone();
  }

  /** A copy of the coefficients. */
  @Override public double[] coefficients() { return coefficients.clone(); }

  /** A copy of the inclusion shares. */
  @Override public double[] inclusion() { return inclusion.clone(); }

  /** The number of nonzero coefficients. */
  public int terms() {
    int k = 0;
    for (double c : coefficients) if (c != 0) k++;
    return k;
  }

  static SparseFit of(Gram.Problem p, double[] coef, int iterations) {
    double[] inc = new double[coef.length];
    for (int j = 0; j < coef.length; j++) inc[j] = coef[j] != 0 ? 1 : 0;
    return new SparseFit(coef, p.r2(coef), p.rmse(coef), iterations, inc);
  }
}
