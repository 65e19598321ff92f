package dev.discover.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One plot panel of a figure: axes with tick labels chosen so that they never overlap, a linear or logarithmic
 * y axis, lines and markers thinned to the pixel resolution (a series of a million points costs what one
 * pixel column per point costs), and a legend. Drawn into an {@link Svg} at a given place.
 */
final class Chart {
  /** The colours of successive series (colour-blind safe, Okabe-Ito). */
  static final String[] COLORS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};
  private static final double FONT = 12;

  private record Series(double[] x, double[] y, String color, String label, boolean line, boolean dashed) {}

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();
  private boolean logY;

  Chart(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  Chart logY() { logY = true; return this; }

  Chart line(double[] x, double[] y, String color, String label) {
    series.add(new Series(x, y, color, label, true, false));
    return this;
  }

  Chart dashed(double[] x, double[] y, String color, String label) {
    series.add(new Series(x, y, color, label, true, true));
    return this;
  }

  Chart points(double[] x, double[] y, String color, String label) {
    series.add(new Series(x, y, color, label, false, false));
    return this;
  }

  /** Draws the panel into the box (left, top, width, height) of {@code svg}. */
  void draw(Svg svg, double left, double top, double width, double height) {
    double[] xr = range(true), yr = range(false);
    Axis xa = Axis.linear(xr[0], xr[1], Math.max(2, (int) ((width - 90) / 80)));
    Axis ya = logY ? Axis.log(yr[0], yr[1], Math.max(2, (int) ((height - 70) / 28)))
        : Axis.linear(yr[0], yr[1], Math.max(2, (int) ((height - 70) / 28)));
    double yLabelWidth = 0;
    for (double t : ya.ticks()) yLabelWidth = Math.max(yLabelWidth, Svg.textWidth(ya.label(t), FONT - 1));
    double px = left + 30 + yLabelWidth, py = top + 26, pw = left + width - 12 - px, ph = top + height - 44 - py;
    svg.text(left + width / 2, top + 16, fit(title, FONT + 1, width - 20), FONT + 1, "middle", 0, "#000");
    svg.rect(px, py, pw, ph, "none", "#888");
    for (double t : xa.ticks()) {
      double x = px + pw * xa.position(t);
      svg.line(x, py + ph, x, py + ph + 4, "#444", 1, false);
      svg.line(x, py, x, py + ph, "#eee", 1, false);
      svg.text(x, py + ph + 16, xa.label(t), FONT - 1, "middle", 0, "#000");
    }
    for (double t : ya.ticks()) {
      double y = py + ph * (1 - ya.position(t));
      svg.line(px - 4, y, px, y, "#444", 1, false);
      svg.line(px, y, px + pw, y, "#eee", 1, false);
      svg.text(px - 6, y + 4, ya.label(t), FONT - 1, "end", 0, "#000");
    }
    svg.text(px + pw / 2, top + height - 8, xLabel, FONT, "middle", 0, "#000");
    svg.text(left + 12, py + ph / 2, yLabel, FONT, "middle", -90, "#000");
    List<Series> order = new ArrayList<>(series.stream().filter(s -> !s.line()).toList());
    order.addAll(series.stream().filter(Series::line).toList()); // lines on top of markers
    for (Series s : order) {
      double[] xy = new double[2 * s.x().length];
      int n = 0;
      for (int i = 0; i < s.x().length; i++) {
        double v = logY ? (s.y()[i] > 0 ? Math.log10(s.y()[i]) : Double.NaN) : s.y()[i];
        if (!Double.isFinite(v) || !Double.isFinite(s.x()[i])) continue;
        xy[2 * n] = px + pw * xa.position(s.x()[i]);
        xy[2 * n + 1] = py + ph * (1 - ya.position(v));
        n++;
      }
      if (s.line()) {
        int m = Thinning.polyline(xy, n);
        if (m >= 2) {
          if (s.dashed()) svg.line(xy[0], xy[1], xy[2 * m - 2], xy[2 * m - 1], s.color(), 1.5, true);
          else svg.polyline(xy, m, s.color(), 1.5);
        }
      } else {
        svg.markers(xy, Thinning.points(xy, n, 5), 4, s.color());
      }
    }
    legend(svg, px + pw, py);
  }

  private void legend(Svg svg, double right, double top) {
    List<Series> labelled = series.stream().filter(s -> !s.label().isEmpty()).toList();
    double w = 0;
    for (Series s : labelled) w = Math.max(w, Svg.textWidth(s.label(), FONT - 1));
    if (labelled.isEmpty()) return;
    double x = right - w - 34, y = top + 6;
    svg.rect(x - 4, y, w + 34, 16 * labelled.size() + 6, "#ffffffcc", "#ccc");
    for (Series s : labelled) {
      y += 16;
      if (s.line()) svg.line(x, y - 4, x + 18, y - 4, s.color(), 2, s.dashed());
      else svg.rect(x + 7, y - 8, 5, 5, s.color(), null);
      svg.text(x + 24, y, s.label(), FONT - 1, "start", 0, "#000");
    }
  }

  /** The data range of x or y over every series (y in log10 units on a log axis), widened when empty. */
  private double[] range(boolean x) {
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v0 : x ? s.x() : s.y()) {
        double v = !x && logY ? (v0 > 0 ? Math.log10(v0) : Double.NaN) : v0;
        if (!Double.isFinite(v)) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) return new double[] {0, 1};
    if (hi - lo <= 1e-12 * Math.max(1, Math.abs(hi))) {
      double pad = Math.max(Math.abs(hi) * 1e-3, 1e-12);
      return new double[] {lo - pad, hi + pad};
    }
    return new double[] {lo, hi};
  }

  /**
   * A tick value: a short decimal without trailing zeros, or for very large or small values a mantissa with as
   * many digits as the step needs and an exponent ({@code 1.275e4}).
   */
  static String tick(double v, double step) {
    if (v == 0) return "0";
    double a = Math.abs(v);
    if (a >= 1e5 || a < 1e-3) {
      int digits = Math.max(1, (int) Math.floor(Math.log10(a)) - (int) Math.floor(Math.log10(step) + 1e-9) + 1);
      String[] parts = String.format(Locale.ROOT, "%." + Math.min(digits - 1, 15) + "e", v).split("e");
      String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
      return mantissa + "e" + Integer.parseInt(parts[1]);
    }
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", v)).stripTrailingZeros().toPlainString();
  }

  /** A title shortened with an ellipsis to fit {@code width} pixels at {@code size}. */
  static String fit(String text, double size, double width) {
    int max = (int) (width / (size * 0.56));
    return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
  }
}
