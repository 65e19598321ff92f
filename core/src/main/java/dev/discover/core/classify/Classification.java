package dev.discover.core.classify;

import java.util.List;
import java.util.Map;

/**
 * The result of a classification: the laws at generic parameter values and every case with more.
 *
 * @param system the system's name
 * @param variables the state variables
 * @param parameters the symbolic parameters
 * @param basisSize the number of basis functions
 * @param blocks the number of independent blocks of the linear conditions
 * @param scalings the parameter scaling symmetries found, described
 * @param normalised the parameters normalised with them
 * @param standingInequations parameter polynomials that must not vanish for the system to be defined
 * @param genericLaws the dimension of the law space at generic values
 * @param generic a basis of the generic law space, coefficients polynomial in the parameters
 * @param genericShownAt parameters set to 1 in the generic laws shown (empty: full parameter dependence)
 * @param cases the cases with more laws, nested cases after the cases they lie in
 * @param branches the number of branches of the case tree
 * @param timingsMs wall-clock timings in milliseconds
 * @param method how the result was obtained
 */
public record Classification(String system, List<String> variables, List<String> parameters, int basisSize,
    int blocks, List<String> scalings, List<String> normalised, List<String> standingInequations, int genericLaws,
    List<CaseLaw> generic, List<String> genericShownAt, List<ClassifiedCase> cases, int branches, Map<String, Long> timingsMs, String method) {
  /** Copies the collections. */
  public Classification {
    variables = List.copyOf(variables);
    parameters = List.copyOf(parameters);
    scalings = List.copyOf(scalings);
    normalised = List.copyOf(normalised);
    standingInequations = List.copyOf(standingInequations);
    generic = List.copyOf(generic);
    genericShownAt = List.copyOf(genericShownAt);
    cases = List.copyOf(cases);
    timingsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMs));
  }
}
