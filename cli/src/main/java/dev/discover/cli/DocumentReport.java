package dev.discover.cli;

import dev.discover.core.ConservationLaw;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemSpec;
import java.util.Map;

/** A law search as a paste-ready document: Markdown, or LaTeX (a complete article). */
final class DocumentReport {
  private DocumentReport() {}

  static String markdown(LawSearchResult r, SystemSpec s) {
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
    for (int i = 0; i < r.laws().size(); i++) {
      int n = i + 1;
      r.laws().get(i).parametric().ifPresent(p -> b.append("Law ").append(n).append(" with the parameters as symbols (")
          .append(p.verification().label()).append(" for every value): $").append(p.latex()).append("$\n\n"));
    }
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

  static String latex(LawSearchResult r, SystemSpec s) {
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
    for (int i = 0; i < r.laws().size(); i++) {
      int n = i + 1;
      r.laws().get(i).parametric().ifPresent(p -> b.append("\n\\noindent Law ").append(n)
          .append(" with the parameters as symbols (holds for every value):\n\\[ ").append(p.latex()).append(" \\]\n"));
    }
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
