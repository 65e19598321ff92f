package dev.discover.core.pde;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conserved density rho with its flux J: D_t rho + Div J = 0 on every solution.
 *
 * @param density rho in the system-file syntax, e.g. {@code u^3 - 1/2*u_x^2}
 * @param densityLatex rho in LaTeX
 * @param flux one component per space variable, in the system-file syntax
 * @param fluxLatex the same in LaTeX
 * @param rank the scaling weight of rho when it has one (written as a number, {@code "3/2"} when not whole)
 * @param terms the number of terms of rho
 * @param degree the highest degree in the fields and their derivatives
 * @param order the highest derivative order
 * @param verification {@code exact}: D_t rho + Div J reduces to the zero polynomial (under the case's
 *     conditions, modulo their ideal)
 */
public record PdeLaw(String density, String densityLatex, Map<String, String> flux, Map<String, String> fluxLatex,
    Optional<String> rank, int terms, int degree, int order, String verification) {
  /** Copies the maps. */
  public PdeLaw {
    flux = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flux));
    fluxLatex = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fluxLatex));
  }

  /**
   * The densities that exist under conditions on the symbolic parameters.
   *
   * @param rank the rank searched (empty with degree bounds)
   * @param conditions equations {@code p = 0} in the symbolic parameters (a Groebner basis), as expressions
   * @param inequations expressions that must not vanish
   * @param laws the densities of that rank under these conditions (for every parameter value satisfying them)
   */
  public record Case(Optional<String> rank, List<String> conditions, List<String> inequations, List<PdeLaw> laws) {
    /** Copies the lists. */
    public Case {
      conditions = List.copyOf(conditions);
      inequations = List.copyOf(inequations);
      laws = List.copyOf(laws);
    }
  }
}
