package dev.discover.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coefficient pattern of several laws over the basis functions they use, as a labelled matrix: one row per
 * law, one column per basis function (its name on the axis), each cell coloured by the coefficient's sign (blue
 * positive, red negative) and shaded by its size relative to the largest coefficient of its law (on a log scale
 * over six decades), with the value written in the cell when it fits and as a tooltip always.
 */
final class CoefficientMatrix {
  private static final double FONT = 11;
  private static final double DECADES = 6;

  /** One row: a label and the coefficients by basis-function name. */
  record Row(String label, Map<String, Double> coefficients, Map<String, String> texts) {}

  private CoefficientMatrix() {}

  static Svg draw(String title, List<Row> rows, int basisSize) {
    Map<String, Integer> column = new LinkedHashMap<>();
    for (Row r : rows) for (String f : r.coefficients().keySet()) column.putIfAbsent(f, column.size());
    double nameWidth = 0, rowLabelWidth = 40;
    for (String f : column.keySet()) nameWidth = Math.max(nameWidth, Svg.textWidth(f, FONT));
    for (Row r : rows) rowLabelWidth = Math.max(rowLabelWidth, Svg.textWidth(r.label(), FONT));
    double cell = column.size() <= 30 ? 34 : column.size() <= 120 ? 16 : 8;
    double cellH = 26;
    double left = rowLabelWidth + 16, top = 60 + Math.min(nameWidth, 160) * 0.72;
    String subtitle = column.size() + " basis functions used of " + basisSize
        + "; blue positive, red negative, darker = larger relative to the law's largest";
    double labels = Math.min(nameWidth, 160) * 0.72;
    int width = (int) Math.ceil(Math.max(Math.max(520, left + cell * column.size() + 20 + labels),
        Math.max(Svg.textWidth(title, 13), Svg.textWidth(subtitle, FONT)) + 40));
    int height = (int) Math.ceil(top + cellH * Math.max(1, rows.size()) + 70);
    Svg svg = new Svg(width, height, title);
    svg.text(width / 2.0, 20, title, 13, "middle", 0, "#000");
    svg.text(width / 2.0, 38, subtitle, FONT, "middle", 0, "#444");
    int c = 0;
    for (String f : column.keySet()) {
      double x = left + cell * (c++ + 0.5);
      if (cell >= 8) svg.text(x + 4, top - 6, label(f, 24), cell >= 16 ? FONT : FONT - 2, "start", -45, "#000");
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = top + cellH * i;
      svg.text(left - 8, y + cellH / 2 + 4, r.label(), FONT, "end", 0, "#000");
      double max = r.coefficients().values().stream().mapToDouble(Math::abs).max().orElse(1);
      for (Map.Entry<String, Double> e : r.coefficients().entrySet()) {
        double x = left + cell * column.get(e.getKey());
        double v = e.getValue();
        String text = r.texts().getOrDefault(e.getKey(), String.format(Locale.ROOT, "%.3g", v));
        svg.rect(x + 0.5, y + 0.5, cell - 1, cellH - 1, colour(v, max), null, r.label() + ", " + e.getKey() + ": " + text);
        if (Svg.textWidth(text, FONT - 1) <= cell - 4) {
          double shade = shade(v, max);
          svg.text(x + cell / 2, y + cellH / 2 + 4, text, FONT - 1, "middle", 0, shade > 0.55 ? "#fff" : "#000");
        }
      }
    }
    svg.rect(left, top, cell * column.size(), cellH * Math.max(1, rows.size()), "none", "#888");
    if (rows.isEmpty()) svg.text(width / 2.0, top + cellH / 2 + 4, "no laws", FONT, "middle", 0, "#000");
    return svg;
  }

  private static String label(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026"; }

  /** 0 (lightest) .. 1 (darkest): log10 of |v| / max over {@value #DECADES} decades, at least 0.15. */
  static double shade(double v, double max) {
    if (v == 0 || max == 0 || !Double.isFinite(v)) return 0;
    double r = Math.log10(Math.abs(v) / max);
    return 0.15 + 0.85 * Math.max(0, 1 + r / DECADES);
  }

  private static String colour(double v, double max) {
    double s = shade(v, max);
    int[] full = v >= 0 ? new int[] {0x08, 0x45, 0x94} : new int[] {0xb2, 0x18, 0x2b};
    StringBuilder b = new StringBuilder("#");
    for (int k : full) b.append(String.format("%02x", (int) Math.round(255 + (k - 255) * s)));
    return b.toString();
  }
}
