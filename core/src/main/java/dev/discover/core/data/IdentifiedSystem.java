package dev.discover.core.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.core.BasisSpec;
import dev.discover.core.SamplingSpec;
import dev.discover.core.SystemSpec;
import dev.discover.sparse.ContinuedFractions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes identified equations as a system file (contract v1 of DESIGN.md) with a basis section, so that
 * the laws pipeline can analyse the identified system: a typed {@link SystemSpec}, and its JSON text for
 * {@code --out}. Coefficients within a relative {@link #SNAP} of a
 * fraction with denominator at most {@link #MAX_DENOMINATOR} are written as that exact fraction; the others
 * as decimals with {@link #DIGITS} significant digits.
 */
public final class IdentifiedSystem {
  /** Relative distance within which a coefficient is written as a small fraction. */
  public static final double SNAP = 1e-5;
  /** The largest denominator of a snapped coefficient. */
  public static final int MAX_DENOMINATOR = 100;
  /** Significant digits of the other coefficients. */
  public static final int DIGITS = 6;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private IdentifiedSystem() {}

  /** A coefficient as system-file text: an integer, a small fraction, or a rounded decimal. */
  public static String coefficient(double c) {
    long[] pq = ContinuedFractions.approximate(c, MAX_DENOMINATOR);
    double snapped = (double) pq[0] / pq[1];
    if (Math.abs(snapped - c) <= SNAP * Math.abs(c)) return pq[1] == 1 ? Long.toString(pq[0]) : pq[0] + "/" + pq[1];
    return LawText.number(c, DIGITS);
  }

  /** The right-hand side of an equation in system-file syntax, e.g. {@code -10*x + 10*y}. */
  public static String rightHandSide(IdentifiedEquation e) {
    StringBuilder sb = new StringBuilder();
    double[] c = e.coefficients();
    List<String> terms = e.terms();
    for (int j = 0; j < c.length; j++) {
      String mag = coefficient(Math.abs(c[j]));
      if (sb.length() == 0) { if (c[j] < 0) sb.append('-'); }
      else sb.append(c[j] < 0 ? " - " : " + ");
      String t = terms.get(j);
      if (t.equals("1")) sb.append(mag);
      else if (mag.equals("1")) sb.append(t);
      else sb.append(mag.contains("/") ? "(" + mag + ")" : mag).append('*').append(t);
    }
    return sb.length() == 0 ? "0" : sb.toString();
  }

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
    for (IdentifiedEquation e : r.equations()) equations.put(e.variable(), rightHandSide(e));
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
