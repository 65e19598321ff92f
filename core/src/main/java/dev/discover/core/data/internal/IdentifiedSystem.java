package dev.discover.core.data.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.core.BasisSpec;
import dev.discover.core.SamplingSpec;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.EquationResult;
import dev.discover.core.data.IdentifiedEquation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes identified equations as a system file (contract v1 of DESIGN.md) with a basis section, so that
 * the laws pipeline can analyse the identified system: a typed {@link SystemSpec}, and its JSON text for
 * {@code --out}. Each right-hand side is {@link IdentifiedEquation#rightHandSide()}.
 */
public final class IdentifiedSystem {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private IdentifiedSystem() {}

  /**
   * The identified equations as a {@link SystemSpec}, built directly (no JSON in between): its source and
   * name are {@code name}, its description says how the equations were found, and its basis is every
   * monomial of degree 1..{@code basisDegree}, for the laws search.
   */
  public static SystemSpec spec(EquationResult r, String name, int basisDegree) {
    StringBuilder desc = new StringBuilder("Identified from data by discover equations (derivative "
        + r.derivative().name().toLowerCase() + ", optimizer " + r.options().optimizer().name().toLowerCase()
        + ", threshold " + r.options().effectiveThreshold() + "); R^2:");
    for (IdentifiedEquation e : r.equations()) desc.append(' ').append(e.variable()).append(' ').append(String.format("%.6f", e.r2()));
    Map<String, String> equations = new LinkedHashMap<>();
    for (IdentifiedEquation e : r.equations()) equations.put(e.variable(), e.rightHandSide());
    return new SystemSpec(name, name, desc.toString(), r.variables(), Map.of(), Map.of(), equations, List.of(),
        BasisSpec.polynomial(basisDegree, r.variables()), SamplingSpec.defaults(), -1, List.of());
  }

  /**
   * The system-file JSON text (contract v1) of an identified system: name, description, variables,
   * equations and the polynomial degree of its basis.
   */
  public static String json(SystemSpec s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", s.name());
    root.put("description", s.description());
    ArrayNode vars = root.putArray("variables");
    s.variables().forEach(vars::add);
    ObjectNode eqs = root.putObject("equations");
    s.equations().forEach(eqs::put);
    root.putObject("basis").put("polynomial_degree", s.basis().polynomialDegree());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
