package dev.discover.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.core.ConservationLaw;
import dev.discover.core.LawSearchResult;
import dev.discover.core.ParametricForm;
import java.util.List;

/**
 * A law search as JSON, the output contract of {@code discover FILE --format json}; fields beyond the contract
 * are additions (parametric forms of laws, warnings), never changes.
 */
final class JsonReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static String json(LawSearchResult r, List<String> warnings) {
    ObjectNode o = JSON.createObjectNode();
    o.put("system", r.system());
    ArrayNode vars = o.putArray("variables");
    r.variables().forEach(vars::add);
    o.put("basis_size", r.basisSize());
    o.put("null_space_dimension", r.nullSpaceDimension());
    o.put("trivial_count", r.trivialCount());
    o.put("independent_count", r.independentCount());
    ArrayNode laws = o.putArray("laws");
    for (ConservationLaw l : r.laws()) {
      ObjectNode j = laws.addObject();
      j.put("expression", l.expression());
      j.put("latex", l.latex());
      j.put("terms", l.terms());
      j.put("verification", l.verification().label());
      j.put("method", l.method());
      j.put("degree", l.degree());
      j.put("description", l.description());
      if (l.residual() > 0) j.put("residual", l.residual());
      l.generic().ifPresent(g -> j.put("generic", g));
      ObjectNode c = j.putObject("coefficients");
      l.coefficients().forEach((name, value) -> c.put(name, value.text()));
      l.parametric().ifPresent(p -> parametric(j.putObject("parametric"), p));
    }
    if (r.parameters().present()) {
      ObjectNode p = o.putObject("parameters");
      ArrayNode sym = p.putArray("symbolic");
      r.parameters().symbolic().forEach(sym::add);
      ArrayNode num = p.putArray("numeric");
      r.parameters().numeric().forEach(num::add);
      p.put("laws_at_random_values", r.parameters().genericCount());
      p.put("note", r.parameters().note());
    }
    if (r.spectrum().present()) {
      ObjectNode c = o.putObject("cross_check");
      c.put("numeric_null_space_dimension", r.spectrum().nullDimension());
      c.put("tolerance", r.spectrum().tolerance());
      c.put("agrees", r.spectrum().nullDimension() == r.nullSpaceDimension());
      if (Double.isFinite(r.spectrum().gapRatio())) c.put("gap_ratio", r.spectrum().gapRatio());
    }
    ObjectNode dep = o.putObject("dependent_by_degree");
    r.dependentByDegree().forEach((d, n) -> dep.put(Integer.toString(d), n));
    o.put("method", r.method());
    o.put("sample_points", r.samplePoints());
    if (!warnings.isEmpty()) {
      ArrayNode w = o.putArray("warnings");
      warnings.forEach(w::add);
    }
    ObjectNode t = o.putObject("timings_ms");
    r.timingsMs().forEach(t::put);
    try {
      return JSON.writeValueAsString(o) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A law's coefficients as polynomials in the parameters, and the factor that relates it to the law found. */
  private static void parametric(ObjectNode j, ParametricForm p) {
    j.put("expression", p.expression());
    j.put("latex", p.latex());
    ObjectNode c = j.putObject("coefficients");
    p.coefficients().forEach(c::put);
    j.put("verification", p.verification().label());
    j.put("holds_for", "every parameter value");
    j.put("factor", p.factor());
  }
}
