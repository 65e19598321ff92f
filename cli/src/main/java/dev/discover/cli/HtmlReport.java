package dev.discover.cli;

import dev.discover.core.ConservationLaw;
import dev.discover.core.LawSearchResult;
import dev.discover.core.ParametricForm;
import dev.discover.core.SystemSpec;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.MathMl;
import java.util.List;
import java.util.Map;

/**
 * A law search as one self-contained HTML page: the system, the laws typeset in MathML (which browsers render
 * natively), their verification, the figures inline as SVG, and the timings. No script, no style sheet, font or
 * image from elsewhere: the page reads the same offline.
 */
final class HtmlReport {
  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
      h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
      table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left}
      th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
      .law{margin:.9em 0;padding:.5em .8em;border-left:4px solid #0072B2;background:#f7fafd}
      .eq{overflow-x:auto;overflow-y:hidden;padding:.2em 0}.eq math{font-size:1.15em}.meta{color:#555;font-size:.92em}
      mtd{text-align:left}mtd:first-child{text-align:right}
      .param{border-left-color:#009E73;background:#f5fbf8;margin-left:1.5em}
      code{font-family:ui-monospace,monospace;font-size:.9em;word-break:break-all}
      .warning{background:#fff4e5;border:1px solid #f0b45a;padding:.5em .8em;margin:.5em 0}
      figure{margin:1em 0;overflow-x:auto}figcaption{color:#555;font-size:.9em}
      """;

  private HtmlReport() {}

  static String html(LawSearchResult r, SystemSpec s, List<String> warnings, Map<String, Svg> figures) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Conservation laws of ").append(esc(r.system())).append("</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>Conservation laws of ").append(esc(r.system())).append("</h1>\n");
    if (!s.description().isEmpty()) b.append("<p>").append(esc(s.description())).append("</p>\n");
    for (String w : warnings) b.append("<p class=\"warning\">Warning: ").append(esc(w)).append("</p>\n");
    system(b, s);
    b.append("<h2>Search</h2>\n<table>\n");
    row(b, "basis functions", Integer.toString(r.basisSize()));
    row(b, "null-space dimension", Integer.toString(r.nullSpaceDimension()));
    if (r.trivialCount() > 0) row(b, "trivial (constant on the manifold, or identities)", Integer.toString(r.trivialCount()));
    row(b, "independent laws", Integer.toString(r.independentCount()));
    row(b, "method", r.method());
    if (r.parameters().present()) row(b, "parameters", r.parameters().note());
    if (r.spectrum().present()) {
      row(b, "floating-point cross-check", r.spectrum().nullDimension() + " singular values below " + r.spectrum().tolerance()
          + (r.spectrum().nullDimension() == r.nullSpaceDimension() ? " (agrees)" : " (DIFFERS from the exact dimension)"));
    }
    b.append("</table>\n<h2>Laws</h2>\n");
    if (r.laws().isEmpty()) b.append("<p>No conservation law in the span of the basis.</p>\n");
    int k = 1;
    for (ConservationLaw l : r.laws()) law(b, k++, l);
    if (!figures.isEmpty()) b.append("<h2>Figures</h2>\n");
    for (Map.Entry<String, Svg> f : figures.entrySet()) {
      b.append("<figure id=\"").append(esc(f.getKey())).append("\">\n").append(f.getValue()).append("<figcaption>")
          .append(esc(f.getKey())).append("</figcaption>\n</figure>\n");
    }
    b.append("<h2>Timings</h2>\n<table>\n<tr><th>stage</th><th>ms</th></tr>\n");
    r.timingsMs().forEach((stage, ms) -> b.append("<tr><td>").append(esc(stage)).append("</td><td class=\"num\">")
        .append(ms).append("</td></tr>\n"));
    return b.append("</table>\n</body>\n</html>\n").toString();
  }

  private static void system(StringBuilder b, SystemSpec s) {
    b.append("<h2>System</h2>\n<div class=\"eq\"><math display=\"block\"><mtable>\n");
    for (Map.Entry<String, String> e : s.equations().entrySet()) {
      equation(b, "<msup>" + MathMl.name(e.getKey()) + "<mo>\u2032</mo></msup>", e.getValue());
    }
    for (Map.Entry<String, String> e : s.definitions().entrySet()) equation(b, MathMl.name(e.getKey()), e.getValue());
    for (String c : s.constraints()) equation(b, "<mn>0</mn>", c);
    b.append("</mtable></math></div>\n");
    if (!s.parameters().isEmpty()) {
      b.append("<table>\n<tr><th>parameter</th><th>value</th></tr>\n");
      s.parameters().forEach((name, value) -> b.append("<tr><td>").append(esc(name)).append("</td><td><code>")
          .append(esc(value == null ? "symbolic" : value)).append("</code></td></tr>\n"));
      b.append("</table>\n");
    }
  }

  private static void equation(StringBuilder b, String left, String right) {
    b.append("<mtr><mtd>").append(left).append("</mtd><mtd><mo>=</mo></mtd><mtd>").append(math(right))
        .append("</mtd></mtr>\n");
  }

  private static void law(StringBuilder b, int k, ConservationLaw l) {
    b.append("<div class=\"law\" id=\"law-").append(k).append("\" data-expression=\"").append(esc(l.expression()))
        .append("\">\n<div class=\"eq\"><math display=\"block\"><mrow><msub><mi>H</mi><mn>").append(k)
        .append("</mn></msub><mo>=</mo>").append(math(l.expression())).append("</mrow></math></div>\n<div class=\"meta\">").append(esc(l.description()))
        .append("; ").append(l.terms()).append(l.terms() == 1 ? " term" : " terms").append("; <strong>")
        .append(esc(l.verification().label())).append("</strong> (").append(esc(l.method())).append(')');
    if (l.residual() > 0) b.append("; residual ").append(esc(String.format(java.util.Locale.ROOT, "%.2g", l.residual())));
    if (!Report.scope(l).isEmpty()) b.append("; ").append(esc(Report.scope(l)));
    b.append("</div>\n<div class=\"meta\">plain: <code>").append(esc(l.expression())).append("</code></div>\n");
    l.parametric().ifPresent(p -> parametric(b, k, p));
    b.append("</div>\n");
  }

  private static void parametric(StringBuilder b, int k, ParametricForm p) {
    b.append("<div class=\"law param\" id=\"law-").append(k).append("-parametric\">\n<div class=\"meta\">With the ")
        .append("parameters as symbols: holds for every value (").append(esc(p.verification().label()))
        .append("); at the values given, law ").append(k).append(" is ").append(esc(p.factor())).append(" times this:</div>\n")
        .append("<div class=\"eq\"><math display=\"block\">").append(math(p.expression())).append("</math></div>\n")
        .append("<div class=\"meta\">plain: <code>").append(esc(p.expression())).append("</code></div>\n</div>\n");
  }

  /** The MathML row of an expression in the system file's syntax; the text in an {@code <mtext>} if it does not parse. */
  private static String math(String expression) {
    try {
      return MathMl.row(ExprParser.parse(expression));
    } catch (RuntimeException e) {
      return "<mtext>" + esc(expression) + "</mtext>";
    }
  }

  private static void row(StringBuilder b, String key, String value) {
    b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
  }

  static String esc(String s) { return Svg.escape(s); }
}
