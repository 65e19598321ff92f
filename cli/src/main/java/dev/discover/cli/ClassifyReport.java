package dev.discover.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.core.classify.CaseLaw;
import dev.discover.core.classify.Classification;
import dev.discover.core.classify.ClassifiedCase;
import java.util.List;

/** Renders a classification as text, JSON ({@code cases}: {@code conditions}, {@code laws}), Markdown or LaTeX. */
final class ClassifyReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ClassifyReport() {}

  static String render(Classification c, Report.Format f) {
    return switch (f) {
      case TEXT -> text(c);
      case JSON -> json(c);
      case MARKDOWN -> markdown(c);
      case LATEX -> latex(c);
      case HTML -> throw new IllegalArgumentException("--format html is for the laws of ODE systems; for discover classify use text, json, markdown or latex");
    };
  }

  private static String conditions(ClassifiedCase k) { return String.join(", ", k.equations()); }

  static String text(Classification c) {
    StringBuilder b = new StringBuilder();
    b.append(c.system()).append(": parameters ").append(String.join(", ", c.parameters())).append(", basis of ")
        .append(c.basisSize()).append(" functions in ").append(c.blocks()).append(" blocks\n");
    if (!c.standingInequations().isEmpty()) b.append("defined where ").append(String.join(", ", c.standingInequations())).append('\n');
    for (String s : c.scalings()) b.append("scaling symmetry: ").append(s).append('\n');
    if (!c.normalised().isEmpty()) b.append("normalised to 0 or 1 by scaling: ").append(String.join(", ", c.normalised())).append('\n');
    b.append("\ngeneric values: ").append(c.genericLaws()).append(c.genericLaws() == 1 ? " law" : " laws")
        .append(", holding for every parameter value")
        .append(shown(c.genericShownAt())).append('\n');
    for (CaseLaw l : c.generic()) {
      b.append("  ").append(l.expression()).append("   [").append(l.verification())
          .append(l.dependsOn().isEmpty() ? "; the same for every value" : "; coefficients depend on "
              + String.join(", ", l.dependsOn())).append("]\n");
    }
    b.append('\n').append(c.cases().size()).append(c.cases().size() == 1 ? " case" : " cases").append(" with more laws\n");
    for (ClassifiedCase k : c.cases()) {
      b.append("\ncase ").append(k.id()).append(": ").append(conditions(k)).append("   ").append(k.laws()).append(k.laws() == 1 ? " law (" : " laws (")
          .append(k.laws() - c.genericLaws()).append(" more than generic)");
      if (!k.within().isEmpty()) b.append(", inside case ").append(join(k.within()));
      b.append(shown(k.shownAt())).append('\n');
      for (CaseLaw l : k.extraLaws()) b.append("  ").append(l.expression()).append("   [").append(l.verification()).append("]\n");
    }
    b.append("\nmethod: ").append(c.method()).append('\n');
    b.append("time: ").append(c.timingsMs().get("total")).append(" ms\n");
    return b.toString();
  }

  private static String shown(List<String> at) {
    return at.isEmpty() ? "" : "; laws shown at " + String.join(", ", at) + " (scaling gives the rest)";
  }

  private static String join(List<Integer> ids) {
    return String.join(", ", ids.stream().map(String::valueOf).toList());
  }

  static String json(Classification c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("system", c.system());
    c.variables().forEach(o.putArray("variables")::add);
    c.parameters().forEach(o.putArray("parameters")::add);
    o.put("basis_size", c.basisSize());
    o.put("blocks", c.blocks());
    c.scalings().forEach(o.putArray("scaling_symmetries")::add);
    c.normalised().forEach(o.putArray("normalised")::add);
    c.standingInequations().forEach(o.putArray("defined_where")::add);
    ObjectNode g = o.putObject("generic");
    g.put("law_count", c.genericLaws());
    laws(g.putArray("laws"), c.generic());
    c.genericShownAt().forEach(g.putArray("shown_at")::add);
    ArrayNode cases = o.putArray("cases");
    for (ClassifiedCase k : c.cases()) {
      ObjectNode j = cases.addObject();
      j.put("id", k.id());
      k.equations().forEach(j.putArray("conditions")::add);
      k.inequations().forEach(j.putArray("inequations")::add);
      j.put("law_count", k.laws());
      j.put("extra_count", k.laws() - c.genericLaws());
      laws(j.putArray("laws"), k.extraLaws());
      k.shownAt().forEach(j.putArray("shown_at")::add);
      k.within().forEach(j.putArray("within")::add);
    }
    o.put("branches", c.branches());
    o.put("method", c.method());
    ObjectNode t = o.putObject("timings_ms");
    c.timingsMs().forEach(t::put);
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage());
    }
  }

  private static void laws(ArrayNode a, List<CaseLaw> laws) {
    for (CaseLaw l : laws) {
      ObjectNode j = a.addObject();
      j.put("expression", l.expression());
      j.put("latex", l.latex());
      j.put("terms", l.terms());
      j.put("verification", l.verification());
      l.dependsOn().forEach(j.putArray("depends_on")::add);
    }
  }

  static String markdown(Classification c) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(c.system()).append("\n\n");
    b.append("Parameters ").append(String.join(", ", c.parameters())).append("; basis of ").append(c.basisSize())
        .append(" functions in ").append(c.blocks()).append(" blocks; ").append(c.genericLaws())
        .append(" laws at generic values.\n\n");
    b.append("| case | conditions | laws | inside |\n|---|---|---|---|\n");
    for (ClassifiedCase k : c.cases()) {
      b.append("| ").append(k.id()).append(" | `").append(conditions(k)).append("` | ").append(k.laws()).append(" | ")
          .append(join(k.within())).append(" |\n");
    }
    for (ClassifiedCase k : c.cases()) {
      b.append("\n## Case ").append(k.id()).append(": `").append(conditions(k)).append("`\n\n");
      for (CaseLaw l : k.extraLaws()) b.append("- `").append(l.expression()).append("` (").append(l.verification()).append(")\n");
    }
    return b.toString();
  }

  static String latex(Classification c) {
    StringBuilder b = new StringBuilder();
    b.append("% ").append(c.system()).append(": cases with more laws\n\\begin{itemize}\n");
    for (ClassifiedCase k : c.cases()) {
      b.append("  \\item $").append(String.join(",\\ ", k.equationsLatex())).append("$: ").append(k.laws())
          .append(" laws\n  \\begin{itemize}\n");
      for (CaseLaw l : k.extraLaws()) b.append("    \\item $").append(l.latex()).append("$\n");
      b.append("  \\end{itemize}\n");
    }
    b.append("\\end{itemize}\n");
    return b.toString();
  }
}
