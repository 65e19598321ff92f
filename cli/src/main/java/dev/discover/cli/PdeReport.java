package dev.discover.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.core.pde.PdeLaw;
import dev.discover.core.pde.PdeResult;
import dev.discover.core.pde.PdeSpec;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Renders the conserved densities of a PDE system as text, JSON, Markdown or LaTeX. */
final class PdeReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PdeReport() {}

  static String render(PdeResult r, PdeSpec s, Report.Format f) {
    return switch (f) {
      case TEXT -> text(r, s);
      case JSON -> json(r);
      case MARKDOWN -> markdown(r, s);
      case LATEX -> latex(r, s);
      case HTML -> throw new IllegalArgumentException("--format html is for the laws of ODE systems; for systems with \"kind\": \"pde\" use text, json, markdown or latex");
    };
  }

  static String json(PdeResult r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", "pde");
    o.put("system", r.system());
    // the output contract's fields: the dependent variables (fields) and the dimension of the space of
    // densities found (independent modulo total derivatives, so equal to the number of laws)
    r.fields().forEach(o.putArray("variables")::add);
    r.fields().forEach(o.putArray("fields")::add);
    r.space().forEach(o.putArray("space")::add);
    if (!r.symbolic().isEmpty()) r.symbolic().forEach(o.putArray("symbolic_parameters")::add);
    ObjectNode w = o.putObject("scaling");
    r.scaling().forEach(w::put);
    o.put("basis_size", r.basisSize());
    o.put("null_space_dimension", r.laws().size());
    o.put("independent_count", r.independentCount());
    lawsJson(o.putArray("laws"), r.laws());
    if (!r.symbolic().isEmpty()) {
      ArrayNode cases = o.putArray("cases");
      for (PdeLaw.Case c : r.cases()) {
        ObjectNode j = cases.addObject();
        c.rank().ifPresent(x -> putRank(j, x));
        ArrayNode cond = j.putArray("conditions");
        c.conditions().forEach(x -> cond.add(x + " = 0"));
        ArrayNode neq = j.putArray("inequations");
        c.inequations().forEach(x -> neq.add(x + " != 0"));
        lawsJson(j.putArray("laws"), c.laws());
      }
      ArrayNode joint = o.putArray("joint_cases");
      for (PdeResult.Joint c : r.joint()) {
        ObjectNode j = joint.addObject();
        ArrayNode rk = j.putArray("ranks");
        for (String x : c.ranks()) {
          if (x.matches("-?\\d+")) rk.add(new BigInteger(x).intValueExact());
          else rk.add(x);
        }
        ArrayNode cond = j.putArray("conditions");
        c.conditions().forEach(x -> cond.add(x + " = 0"));
        ArrayNode neq = j.putArray("inequations");
        c.inequations().forEach(x -> neq.add(x + " != 0"));
      }
    }
    ArrayNode ranks = o.putArray("ranks");
    for (PdeResult.RankRow row : r.ranks()) {
      ObjectNode j = ranks.addObject();
      putRank(j, row.rank());
      j.put("monomials", row.monomials());
      j.put("candidates", row.candidates());
      j.put("found", row.found());
      j.put("time_ms", row.ms());
    }
    o.putObject("timings_ms").put("total", r.totalMs());
    try {
      return JSON.writeValueAsString(o) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void putRank(ObjectNode j, String rank) {
    if (rank.matches("-?\\d+")) j.put("rank", new BigInteger(rank).intValueExact());
    else j.put("rank", rank);
  }

  private static void lawsJson(ArrayNode arr, List<PdeLaw> laws) {
    for (PdeLaw l : laws) {
      ObjectNode j = arr.addObject();
      j.put("expression", l.density());
      j.put("density", l.density());
      j.put("latex", l.densityLatex());
      ObjectNode f = j.putObject("flux");
      l.flux().forEach(f::put);
      ObjectNode fl = j.putObject("flux_latex");
      l.fluxLatex().forEach(fl::put);
      l.rank().ifPresent(x -> putRank(j, x));
      j.put("terms", l.terms());
      j.put("degree", l.degree());
      j.put("order", l.order());
      j.put("verification", l.verification());
    }
  }

  private static String text(PdeResult r, PdeSpec s) {
    StringBuilder b = new StringBuilder();
    b.append("System: ").append(r.system()).append(" (PDE; fields ").append(String.join(", ", r.fields()))
        .append("; space ").append(String.join(", ", r.space())).append(")\n");
    for (Map.Entry<String, String> e : s.equations().entrySet()) b.append("  ").append(e.getKey()).append("_t = ").append(e.getValue()).append('\n');
    if (!r.scaling().isEmpty()) {
      StringBuilder w = new StringBuilder();
      r.scaling().forEach((k, v) -> w.append(w.length() == 0 ? "" : ", ").append("w(").append(k).append(") = ").append(v));
      b.append("Scaling: ").append(w).append('\n');
    }
    b.append("Candidates: ").append(r.basisSize()).append(" (one per class modulo divergences)\n");
    b.append("Independent densities: ").append(r.independentCount()).append('\n');
    int k = 1;
    for (PdeLaw l : r.laws()) k = textLaw(b, l, k, "  ");
    if (!r.cases().isEmpty()) b.append("Densities under conditions on ").append(String.join(", ", r.symbolic())).append(":\n");
    for (PdeLaw.Case c : r.cases()) {
      b.append("  ").append(c.rank().map(x -> "rank " + x + ": ").orElse("")).append(conditions(c)).append('\n');
      for (PdeLaw l : c.laws()) k = textLaw(b, l, k, "    ");
    }
    if (!r.joint().isEmpty()) b.append("Densities of several ranks at once:\n");
    for (PdeResult.Joint c : r.joint()) {
      b.append("  ranks ").append(String.join(", ", c.ranks())).append(": ").append(conditions(c.conditions(), c.inequations())).append('\n');
    }
    b.append("Time: ").append(r.totalMs()).append(" ms\n");
    return b.toString();
  }

  private static String conditions(PdeLaw.Case c) { return conditions(c.conditions(), c.inequations()); }

  private static String conditions(List<String> eqs, List<String> neqs) {
    StringBuilder b = new StringBuilder();
    for (String x : eqs) b.append(b.length() == 0 ? "" : ", ").append(x).append(" = 0");
    for (String x : neqs) b.append(b.length() == 0 ? "" : ", ").append(x).append(" != 0");
    return b.toString();
  }

  private static int textLaw(StringBuilder b, PdeLaw l, int k, String indent) {
    b.append(String.format("%s%d. rho = %s%n", indent, k, l.density()));
    for (Map.Entry<String, String> e : l.flux().entrySet()) b.append(indent).append("   J_").append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
    b.append(indent).append("   ").append(l.rank().map(x -> "rank " + x + "; ").orElse("")).append(l.terms()).append(l.terms() == 1 ? " term; " : " terms; ")
        .append(l.verification()).append('\n');
    return k + 1;
  }

  private static String markdown(PdeResult r, PdeSpec s) {
    StringBuilder b = new StringBuilder();
    b.append("# Conserved densities of ").append(r.system()).append("\n\n## System\n\n");
    for (Map.Entry<String, String> e : s.equations().entrySet()) b.append("- `").append(e.getKey()).append("_t = ").append(e.getValue()).append("`\n");
    b.append("\n| rank | monomials | candidates | densities | ms |\n|---|---|---|---|---|\n");
    for (PdeResult.RankRow row : r.ranks()) {
      b.append("| ").append(row.rank()).append(" | ").append(row.monomials()).append(" | ").append(row.candidates()).append(" | ")
          .append(row.found()).append(" | ").append(row.ms()).append(" |\n");
    }
    b.append("\n## Densities\n\n| # | rank | density | flux | verification |\n|---|---|---|---|---|\n");
    int k = 1;
    for (PdeLaw l : r.laws()) k = markdownLaw(b, l, k, "");
    for (PdeLaw.Case c : r.cases()) for (PdeLaw l : c.laws()) k = markdownLaw(b, l, k, " (if " + conditions(c) + ")");
    b.append("\nPlain syntax (parses back):\n\n```\n");
    for (PdeLaw l : r.laws()) b.append(l.density()).append('\n');
    return b.append("```\n").toString();
  }

  private static int markdownLaw(StringBuilder b, PdeLaw l, int k, String note) {
    StringBuilder f = new StringBuilder();
    l.fluxLatex().forEach((x, v) -> f.append(f.length() == 0 ? "" : ", ").append("$J_").append(x).append(" = ").append(v).append("$"));
    b.append("| ").append(k).append(" | ").append(l.rank().orElse("")).append(" | $").append(l.densityLatex()).append("$").append(note)
        .append(" | ").append(f).append(" | ").append(l.verification()).append(" |\n");
    return k + 1;
  }

  private static String latex(PdeResult r, PdeSpec s) {
    StringBuilder b = new StringBuilder();
    b.append("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
    b.append("\\section*{Conserved densities of ").append(r.system().replace("_", "\\_")).append("}\n\\begin{align*}\n");
    int k = 1;
    for (PdeLaw l : r.laws()) {
      b.append("\\rho_{").append(k).append("} &= ").append(l.densityLatex()).append("\\\\\n");
      for (Map.Entry<String, String> e : l.fluxLatex().entrySet()) {
        b.append("J_{").append(k).append(",").append(e.getKey()).append("} &= ").append(e.getValue()).append("\\\\\n");
      }
      k++;
    }
    b.append("\\end{align*}\n");
    for (PdeLaw.Case c : r.cases()) {
      b.append("\\paragraph{If ").append(conditions(c).replace("!=", "\\neq").replace("*", " ")).append(":}\n\\begin{align*}\n");
      for (PdeLaw l : c.laws()) b.append("\\rho_{").append(k++).append("} &= ").append(l.densityLatex()).append("\\\\\n");
      b.append("\\end{align*}\n");
    }
    return b.append("\\end{document}\n").toString();
  }
}
