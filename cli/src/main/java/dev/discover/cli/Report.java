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
      l.generic().ifPresent(g -> j.put("generic", g));
      ObjectNode c = j.putObject("coefficients");
      l.coefficients().forEach((name, value) -> c.put(name, value.text()));
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
    if (r.trivialCount() > 0) {
      b.append(", of which ").append(r.trivialCount()).append(" trivial (constant on the constraint manifold, or")
          .append(" identities among the basis functions)");
    }
    b.append('\n');
    b.append("Independent laws: ").append(r.independentCount()).append('\n');
    int k = 1;
    for (ConservationLaw l : r.laws()) {
      b.append(String.format("  %d. %s%n", k++, l.expression()));
      b.append(String.format("     %s; %d term%s; %s (%s)%s%n", l.description(), l.terms(), l.terms() == 1 ? "" : "s",
          l.verification().label(), l.method(), l.generic().map(g -> g ? "; holds for all parameter values" : "; needs the parameter values given").orElse("")));
    }
    if (r.parameters().present()) b.append("Parameters: ").append(r.parameters().note()).append('\n');
    if (!r.dependentByDegree().isEmpty()) {
      b.append("Functions of these laws in the null space, by degree: ");
      StringBuilder d = new StringBuilder();
      r.dependentByDegree().forEach((deg, n) -> d.append(d.length() == 0 ? "" : ", ").append("degree ").append(deg).append(": ").append(n));
      b.append(d).append('\n');
    }
    b.append("Method: ").append(r.method()).append('\n');
    if (r.spectrum().present()) {
      b.append(String.format("Floating-point cross-check: %d singular values below %.0e (%s the exact dimension %d)%s%n",
          r.spectrum().nullDimension(), r.spectrum().tolerance(),
          r.spectrum().nullDimension() == r.nullSpaceDimension() ? "agrees with" : "DIFFERS from", r.nullSpaceDimension(),
          Double.isFinite(r.spectrum().gapRatio()) ? String.format(", gap %.1e", r.spectrum().gapRatio()) : ""));
    }
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
          .append(l.description()).append(" | ").append(l.verification().label()).append(": ").append(l.method())
          .append(l.generic().map(g -> g ? "; all parameter values" : "; these parameter values").orElse(""))
          .append(" |\n");
    }
    b.append("\nPlain syntax (parses back):\n\n```\n");
    for (ConservationLaw l : r.laws()) b.append(l.expression()).append('\n');
    b.append("```\n\n");
    if (r.parameters().present()) b.append("**Parameters.** ").append(r.parameters().note()).append("\n\n");
    if (!r.dependentByDegree().isEmpty()) {
      b.append("**Functions of the laws in the null space, by degree:** ");
      StringBuilder d = new StringBuilder();
      r.dependentByDegree().forEach((deg, n) -> d.append(d.length() == 0 ? "" : ", ").append(deg).append(": ").append(n));
      b.append(d).append("\n\n");
    }
    if (r.spectrum().present()) {
      b.append("**Floating-point cross-check:** ").append(r.spectrum().nullDimension())
          .append(" singular values below ").append(r.spectrum().tolerance()).append(" (exact dimension ")
          .append(r.nullSpaceDimension()).append(").\n\n");
    }
    b.append("## Timings\n\n| stage | ms |\n|---|---|\n");
    r.timingsMs().forEach((stage, ms) -> b.append("| ").append(stage).append(" | ").append(ms).append(" |\n"));
    return b.toString();
  }

  private static String latex(LawSearchResult r, SystemSpec s) {
    StringBuilder b = new StringBuilder();
    b.append("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
    b.append("\\section*{Conservation laws of ").append(escape(r.system())).append("}\n");
    if (!s.description().isEmpty()) b.append(escape(s.description())).append("\n\n");
    b.append("\\subsection*{System}\n\\begin{align*}\n");
    for (Map.Entry<String, String> e : s.equations().entrySet()) {
      b.append("\\dot{").append(dev.discover.symbolic.Latex.name(e.getKey())).append("} &= ")
          .append(texOf(e.getValue())).append("\\\\\n");
    }
    for (Map.Entry<String, String> e : s.definitions().entrySet()) {
      b.append(dev.discover.symbolic.Latex.name(e.getKey())).append(" &= ").append(texOf(e.getValue())).append("\\\\\n");
    }
    for (String c : s.constraints()) b.append("0 &= ").append(texOf(c)).append("\\\\\n");
    b.append("\\end{align*}\n\\subsection*{Method}\n").append(escape(r.method())).append(".\n\n");
    b.append("Basis size ").append(r.basisSize()).append(", null-space dimension ").append(r.nullSpaceDimension())
        .append(", trivial ").append(r.trivialCount()).append(", independent laws ").append(r.independentCount())
        .append(".\n\\subsection*{Laws}\n\\begin{align*}\n");
    int k = 1;
    for (ConservationLaw l : r.laws()) {
      b.append("H_{").append(k++).append("} &= ").append(l.latex()).append(" && \\text{(").append(l.verification().label())
          .append(", ").append(l.terms()).append(" terms)}\\\\\n");
    }
    b.append("\\end{align*}\n");
    if (r.parameters().present()) b.append("\\paragraph{Parameters.} ").append(escape(r.parameters().note())).append("\n");
    b.append("\\subsection*{Timings}\n\\begin{tabular}{lr}\nstage & ms\\\\\n\\hline\n");
    r.timingsMs().forEach((stage, ms) -> b.append(escape(stage)).append(" & ").append(ms).append("\\\\\n"));
    b.append("\\end{tabular}\n\\end{document}\n");
    return b.toString();
  }

  /** LaTeX of a system-file expression; the text itself when it does not parse. */
  private static String texOf(String expression) {
    try {
      return dev.discover.symbolic.Latex.of(dev.discover.symbolic.ExprParser.parse(expression));
    } catch (RuntimeException e) {
      return "\\text{" + escape(expression) + "}";
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\textbackslash{}").replace("_", "\\_").replace("%", "\\%").replace("&", "\\&")
        .replace("#", "\\#").replace("$", "\\$");
  }
}
