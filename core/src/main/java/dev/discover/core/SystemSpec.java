package dev.discover.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A system as written in a system file (contract v1), before compilation: names and expression strings.
 *
 * @param source where it came from (a file path, or "api"), for messages
 * @param name the system's name
 * @param description free text
 * @param variables the state variables, in order
 * @param parameters parameter values as expression strings (numbers, fractions or expressions of earlier
 *     parameters), in order; a null value marks a symbolic parameter
 * @param definitions named sub-expressions, in order
 * @param equations the right-hand side for each variable
 * @param constraints expressions that vanish wherever the system can be
 * @param basis the candidate functions
 * @param sampling how to sample states
 * @param expectedIndependent the expected number of independent laws, or -1 (read by tests only)
 * @param expectedLaws laws the tests expect (read by tests only)
 */
public record SystemSpec(String source, String name, String description, List<String> variables,
    Map<String, String> parameters, Map<String, String> definitions, Map<String, String> equations,
    List<String> constraints, BasisSpec basis, SamplingSpec sampling, int expectedIndependent,
    List<String> expectedLaws) implements java.io.Serializable {
  /** Copies every collection, keeping the order of maps. */
  public SystemSpec {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    variables = List.copyOf(variables);
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    definitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    equations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(equations));
    constraints = List.copyOf(constraints);
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(sampling, "sampling");
    expectedLaws = List.copyOf(expectedLaws);
  }

  /** The same system with another basis. */
  public SystemSpec withBasis(BasisSpec b) {
    return new SystemSpec(source, name, description, variables, parameters, definitions, equations, constraints, b,
        sampling, expectedIndependent, expectedLaws);
  }

  /** The same system with other sampling settings. */
  public SystemSpec withSampling(SamplingSpec s) {
    return new SystemSpec(source, name, description, variables, parameters, definitions, equations, constraints,
        basis, s, expectedIndependent, expectedLaws);
  }

  /** The same system with other parameter values (a null value marks a symbolic parameter). */
  public SystemSpec withParameters(Map<String, String> p) {
    return new SystemSpec(source, name, description, variables, p, definitions, equations, constraints, basis,
        sampling, expectedIndependent, expectedLaws);
  }
}
