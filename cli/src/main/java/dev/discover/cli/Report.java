package dev.discover.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.core.ConservationLaw;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemSpec;
import java.util.Locale;
import java.util.Map;

/** Renders a law search as text, JSON (the output contract), Markdown or LaTeX. */
final class Report {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  enum Format {
    TEXT, JSON, MARKDOWN, LATEX;

    static Format parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--format: expected text, json, markdown or latex, got '" + s + "'");
      }
    }
  }

  private Report() {}

  static String render(LawSearchResult r, SystemSpec s, Format f) {
    return switch (f) {
      case TEXT -> text(r, s);
      case JSON -> json(r);
      case MARKDOWN -> markdown(r, s);
      case LATEX -> latex(r, s);
    };
  }

  static String json(LawSearchResult r) {
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
      ObjectNode c = j.putObject("coefficients");
      l.coefficients().forEach(c::put);
    }
    ObjectNode dep = o.putObject("dependent_by_degree");
    r.dependentByDegree().forEach((d, n) -> dep.put(Integer.toString(d), n));
    o.put("method", r.method());
    o.put("sample_points", r.samplePoints());
    ObjectNode t = o.putObject("timings_ms");
    r.timingsMs().forEach(t::put);
    try {
      return JSON.writeValueAsString(o) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(LawSearchResult r, SystemSpec s) {
    StringBuilder b = new StringBuilder();
    b.append("System: ").append(r.system()).append(" (").append(r.variables().size()).append(" variables)\n");
    for (Map.Entry<String, String> e : s.equations().entrySet()) {
      b.append("  ").append(e.getKey()).append("' = ").append(e.getValue()).append('\n');
    }
    for (Map.Entry<String, String> e : s.definitions().entrySet()) {
      b.append("  where ").append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
    }
    for (String c : s.constraints()) b.append("  on the manifold ").append(c).append(" = 0\n");
    b.append("Basis: ").append(r.basisSize()).append(" functions\n");
    b.append("Null space: dimension ").append(r.nullSpaceDimension());
    if (r.trivialCount() > 0) b.append(", of which ").append(r.trivialCount()).append(" vanish on the constraint manifold (trivial)");
    b.append('\n');
    b.append("Independent laws: ").append(r.independentCount()).append('\n');
    int k = 1;
    for (ConservationLaw l : r.laws()) {
      b.append(String.format("  %d. %s%n", k++, l.expression()));
      b.append(String.format("     %s; %d terms; %s (%s)%n", l.description(), l.terms(), l.verification().label(), l.method()));
    }
    if (!r.dependentByDegree().isEmpty()) {
      b.append("Functions of these laws in the null space, by degree: ");
      StringBuilder d = new StringBuilder();
      r.dependentByDegree().forEach((deg, n) -> d.append(d.length() == 0 ? "" : ", ").append("degree ").append(deg).append(": ").append(n));
      b.append(d).append('\n');
    }
    b.append("Method: ").append(r.method()).append('\n');
    b.append("Time: ").append(r.timingsMs().get("total")).append(" ms\n");
    return b.toString();
  }

  private static String markdown(LawSearchResult r, SystemSpec s) {
    StringBuilder b = new StringBuilder();
    b.append("# Conservation laws of ").append(r.system()).append("\n\n");
    if (!s.description().isEmpty()) b.append(s.description()).append("\n\n");
    b.append("## System\n\n");
    for (Map.Entry<String, String> e : s.equations().entrySet()) b.append("- `").append(e.getKey()).append("' = ").append(e.getValue()).append("`\n");
    for (Map.Entry<String, String> e : s.definitions().entrySet()) b.append("- where `").append(e.getKey()).append(" = ").append(e.getValue()).append("`\n");
    for (String c : s.constraints()) b.append("- on the manifold `").append(c).append(" = 0`\n");
    b.append("\n## Method\n\n").append(r.method()).append(".\n\n");
    b.append("| basis size | null-space dimension | trivial | independent laws | time (ms) |\n|---|---|---|---|---|\n");
    b.append("| ").append(r.basisSize()).append(" | ").append(r.nullSpaceDimension()).append(" | ").append(r.trivialCount())
        .append(" | ").append(r.independentCount()).append(" | ").append(r.timingsMs().get("total")).append(" |\n\n");
    b.append("## Laws\n\n| # | law | terms | depends on | verification |\n|---|---|---|---|---|\n");
    int k = 1;
    for (ConservationLaw l : r.laws()) {
      b.append("| ").append(k++).append(" | $").append(l.latex()).append("$ | ").append(l.terms()).append(" | ")
          .append(l.description()).append(" | ").append(l.verification().label()).append(": ").append(l.method()).append(" |\n");
    }
    b.append('\n');
    return b.toString();
  }

  private static String latex(LawSearchResult r, SystemSpec s) {
    StringBuilder b = new StringBuilder();
    b.append("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
    b.append("\\section*{Conservation laws of ").append(escape(r.system())).append("}\n");
    b.append("Basis size ").append(r.basisSize()).append(", null-space dimension ").append(r.nullSpaceDimension())
        .append(", trivial ").append(r.trivialCount()).append(", independent laws ").append(r.independentCount())
        .append(", time ").append(r.timingsMs().get("total")).append(" ms.\n\n");
    b.append("Method: ").append(escape(r.method())).append(".\n");
    b.append("\\begin{align*}\n");
    int k = 1;
    for (ConservationLaw l : r.laws()) {
      b.append("H_{").append(k++).append("} &= ").append(l.latex()).append(" && \\text{(").append(l.verification().label())
          .append(", ").append(l.terms()).append(" terms)}\\\\\n");
    }
    b.append("\\end{align*}\n\\end{document}\n");
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\textbackslash{}").replace("_", "\\_").replace("%", "\\%").replace("&", "\\&")
        .replace("#", "\\#").replace("$", "\\$");
  }
}
