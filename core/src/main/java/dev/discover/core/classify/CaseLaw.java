package dev.discover.core.classify;

/**
 * A law of a case: a polynomial in the state variables whose coefficients are polynomials in the parameters.
 *
 * @param expression the law in system-file syntax over the state variables and parameters
 * @param latex the law in LaTeX
 * @param terms the number of basis functions it uses
 * @param dependsOn the parameters its coefficients depend on (empty: the same law for every value)
 * @param verification "exact": den * dL/dt reduces to zero modulo the case's equations (a polynomial identity)
 */
public record CaseLaw(String expression, String latex, int terms, java.util.List<String> dependsOn, String verification) {
  /** Copies the list. */
  public CaseLaw { dependsOn = java.util.List.copyOf(dependsOn); }
}
