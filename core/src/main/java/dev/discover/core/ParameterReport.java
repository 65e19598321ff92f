package dev.discover.core;

import java.util.List;

/**
 * What a search found about parameters.
 *
 * @param symbolic the parameters kept as symbols (laws' coefficients are polynomials in them)
 * @param numeric the parameters that had values
 * @param genericCount independent laws at random parameter values (-1 when the system has no parameters)
 * @param note one line for the report
 */
public record ParameterReport(List<String> symbolic, List<String> numeric, int genericCount, String note) {
  /** Copies the lists. */
  public ParameterReport {
    symbolic = List.copyOf(symbolic);
    numeric = List.copyOf(numeric);
  }

  /** For systems without parameters. */
  public static final ParameterReport NONE = new ParameterReport(List.of(), List.of(), -1, "");

  /** True when there is something to report. */
  public boolean present() { return !symbolic.isEmpty() || !numeric.isEmpty(); }
}
