package dev.discover.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search for conservation laws found.
 *
 * @param system the system's name
 * @param variables the state variables
 * @param basisSize the number of candidate functions
 * @param nullSpaceDimension the dimension of the space of conserved combinations (trivial ones included)
 * @param trivialCount how many of those vanish on the constraint manifold (not discoveries)
 * @param laws the functionally independent laws, simplest first
 * @param dependentByDegree for each degree, how many null-space members are functions of the laws
 * @param method how the null space was computed, in words
 * @param samplePoints the number of sample points used
 * @param timingsMs milliseconds per stage, with "total"
 * @param parameters what was found about the parameters' role
 * @param spectrum the floating-point singular values (cross-check), or {@link Spectrum#NONE}
 */
public record LawSearchResult(String system, List<String> variables, int basisSize, int nullSpaceDimension,
    int trivialCount, List<ConservationLaw> laws, Map<Integer, Integer> dependentByDegree, String method,
    int samplePoints, Map<String, Long> timingsMs, ParameterReport parameters, Spectrum spectrum) {
  /** Copies every collection. */
  public LawSearchResult {
    variables = List.copyOf(variables);
    laws = List.copyOf(laws);
    dependentByDegree = Collections.unmodifiableMap(new LinkedHashMap<>(dependentByDegree));
    timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    java.util.Objects.requireNonNull(parameters, "parameters");
    java.util.Objects.requireNonNull(spectrum, "spectrum");
  }

  /** The same result with other laws and parameter report. */
  public LawSearchResult with(List<ConservationLaw> newLaws, ParameterReport report) {
    return new LawSearchResult(system, variables, basisSize, nullSpaceDimension, trivialCount, newLaws,
        dependentByDegree, method, samplePoints, timingsMs, report, spectrum);
  }

  /** The number of independent laws. */
  public int independentCount() { return laws.size(); }
}
