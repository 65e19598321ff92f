package dev.discover.cli;

import dev.discover.core.ConservationLaw;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a law search as text, JSON (the output contract, {@link JsonReport}), Markdown or LaTeX
 * ({@link DocumentReport}), or one self-contained HTML page ({@link HtmlReport}).
 */
final class Report {
  enum Format {
    TEXT, JSON, MARKDOWN, LATEX, HTML;

    static Format parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--format: expected text, json, markdown, latex or html, got '" + s + "'");
      }
    }
  }

  private Report() {}

  static String render(LawSearchResult r, SystemSpec s, Format f) { return render(r, s, f, List.of()); }

  /** The report; {@code warnings} (about the input) go into the JSON and HTML forms. */
  static String render(LawSearchResult r, SystemSpec s, Format f, List<String> warnings) {
    return switch (f) {
      case TEXT -> text(r, s);
      case JSON -> JsonReport.json(r, warnings);
      case MARKDOWN -> DocumentReport.markdown(r, s);
      case LATEX -> DocumentReport.latex(r, s);
      case HTML -> HtmlReport.html(r, s, warnings, Plots.figures(r));
    };
  }

  /** Whether a law holds for every parameter value or needs the values given, in words; empty without parameters. */
  static String scope(ConservationLaw l) {
    return l.generic().map(g -> g ? "holds for all parameter values" : "needs the parameter values given").orElse("");
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
          l.verification().label(), l.method(), scope(l).isEmpty() ? "" : "; " + scope(l)));
      l.parametric().ifPresent(p -> b.append("     in the parameters: ").append(p.expression()).append("\n     (holds for")
          .append(" every parameter value, ").append(p.verification().label()).append("; at the values given, the law")
          .append(" above is a multiple of it)\n"));
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
}
