package dev.discover.core.pde;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.fraction.BigFraction;

/**
 * A PDE system file ({@code "kind": "pde"}): evolution equations u_t = K(u, u_x, ...) for each field in the
 * given space variables, parameters with exact values or kept symbolic, and the candidate densities to try.
 *
 * @param source the file name, for messages
 * @param name the system's name
 * @param space the space variables, one letter each
 * @param fields the unknown functions
 * @param parameters every parameter, in file order
 * @param values the exact value of each numeric parameter (symbolic ones are absent)
 * @param equations u_t for each field, in the order of {@code fields}, in the system-file grammar
 * @param basis the candidate densities
 * @param expected the known answer, read only by tests
 */
public record PdeSpec(String source, String name, List<String> space, List<String> fields, List<String> parameters,
    Map<String, BigFraction> values, Map<String, String> equations, PdeBasis basis, Expected expected) {
  /** Copies the collections. */
  public PdeSpec {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    space = List.copyOf(space);
    fields = List.copyOf(fields);
    parameters = List.copyOf(parameters);
    values = Map.copyOf(values);
    equations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(equations));
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(expected, "expected");
  }

  /** The parameters kept as symbols. */
  public List<String> symbolic() { return parameters.stream().filter(p -> !values.containsKey(p)).toList(); }

  /** This system with another basis. */
  public PdeSpec withBasis(PdeBasis b) {
    return new PdeSpec(source, name, space, fields, parameters, values, equations, b, expected);
  }

  /**
   * The known answer of a system file, for regression tests only.
   *
   * @param independent the number of independent densities, or -1 when not given
   * @param densities densities that must be found, up to a constant factor
   * @param conditions parameter conditions that must appear among the cases, e.g. {@code "b - 2*c"}
   */
  public record Expected(int independent, List<String> densities, List<String> conditions) {
    /** Nothing expected. */
    public static final Expected NONE = new Expected(-1, List.of(), List.of());

    /** Copies the lists. */
    public Expected {
      densities = List.copyOf(densities);
      conditions = List.copyOf(conditions);
    }
  }
}
