package dev.discover.core.pde;

import java.util.List;
import java.util.Map;

/**
 * The conserved densities of a PDE system.
 *
 * @param system the system's name
 * @param fields the fields
 * @param space the space variables
 * @param symbolic the parameters kept as symbols
 * @param scaling the weights used (field, d/dx, weighted parameters, d/dt), empty with no scaling
 * @param ranks per rank searched (or one row for degree bounds): candidates and densities found
 * @param laws independent densities (modulo divergences) that hold for every value of the symbolic parameters
 * @param cases densities that exist only under conditions on the symbolic parameters
 * @param joint parameter values where densities of several ranks exist at once
 * @param totalMs engine time in milliseconds
 */
public record PdeResult(String system, List<String> fields, List<String> space, List<String> symbolic,
    Map<String, String> scaling, List<RankRow> ranks, List<PdeLaw> laws, List<PdeLaw.Case> cases, List<Joint> joint, long totalMs) {
  /** Copies the collections. */
  public PdeResult {
    fields = List.copyOf(fields);
    space = List.copyOf(space);
    symbolic = List.copyOf(symbolic);
    scaling = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scaling));
    ranks = List.copyOf(ranks);
    laws = List.copyOf(laws);
    cases = List.copyOf(cases);
    joint = List.copyOf(joint);
  }

  /** The number of independent densities found for every parameter value. */
  public int independentCount() { return laws.size(); }

  /** The number of candidate densities (one per class modulo divergences) over all ranks. */
  public int basisSize() { return ranks.stream().mapToInt(RankRow::candidates).sum(); }

  /**
   * One rank of the search.
   *
   * @param rank the weight, or {@code "degree <= d, order <= k"} with degree bounds
   * @param monomials the differential monomials of that weight
   * @param candidates the candidates left after removing divergences and equivalents
   * @param found the densities found (for every parameter value)
   * @param ms the time spent on this rank
   */
  public record RankRow(String rank, int monomials, int candidates, int found, long ms) {}

  /**
   * Parameter values where densities of several ranks exist at once.
   *
   * @param ranks the ranks
   * @param conditions equations {@code p = 0}, as expressions
   * @param inequations expressions that must not vanish
   */
  public record Joint(List<String> ranks, List<String> conditions, List<String> inequations) {
    /** Copies the lists. */
    public Joint {
      ranks = List.copyOf(ranks);
      conditions = List.copyOf(conditions);
      inequations = List.copyOf(inequations);
    }
  }
}
