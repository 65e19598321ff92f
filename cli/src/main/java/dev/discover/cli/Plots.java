package dev.discover.cli;

import dev.discover.core.Coefficient;
import dev.discover.core.ConservationLaw;
import dev.discover.io.InputException;
import dev.discover.core.LawSearchResult;
import dev.discover.core.Spectrum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * SVG figures of a law search, drawn with XChart (SVG through VectorGraphics2D): the singular-value spectrum
 * with the null-space threshold marked, and the coefficient pattern of the laws over the basis functions they
 * use. Files are written to a temporary name and moved into place, so a failure leaves no half-written figure.
 */
final class Plots {
  private Plots() {}

  /** Writes spectrum.svg and coefficients.svg into {@code dir} (created if needed); returns the paths. */
  static List<Path> write(LawSearchResult r, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException("--plot: cannot create directory '" + dir + "': " + e.getMessage());
    }
    List<Path> out = new ArrayList<>();
    if (r.spectrum().present()) out.add(save(spectrum(r), dir.resolve("spectrum.svg")));
    out.add(save(coefficients(r), dir.resolve("coefficients.svg")));
    return out;
  }

  private static XYChart spectrum(LawSearchResult r) {
    Spectrum s = r.spectrum();
    double[] sv = s.singularValues();
    XYChart chart = new XYChartBuilder().width(800).height(500)
        .title(r.system() + ": singular values (null-space dimension " + s.nullDimension() + ")")
        .xAxisTitle("index").yAxisTitle("singular value / largest of its block").build();
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendVisible(true);
    double floor = 1e-17;
    List<Double> xi = new ArrayList<>();
    List<Double> yi = new ArrayList<>();
    List<Double> xz = new ArrayList<>();
    List<Double> yz = new ArrayList<>();
    for (int i = 0; i < sv.length; i++) {
      double v = Math.max(sv[i], floor);
      if (sv[i] < s.tolerance()) { xz.add((double) i + 1); yz.add(v); } else { xi.add((double) i + 1); yi.add(v); }
    }
    if (!xi.isEmpty()) chart.addSeries("range", xi, yi).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    if (!xz.isEmpty()) chart.addSeries("null space (" + xz.size() + ")", xz, yz).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    XYSeries gap = chart.addSeries("threshold " + s.tolerance(), new double[] {1, Math.max(2, sv.length)},
        new double[] {s.tolerance(), s.tolerance()});
    gap.setMarker(SeriesMarkers.NONE);
    return chart;
  }

  private static XYChart coefficients(LawSearchResult r) {
    Map<String, Integer> column = new LinkedHashMap<>();
    for (ConservationLaw l : r.laws()) for (String f : l.coefficients().keySet()) column.putIfAbsent(f, column.size() + 1);
    XYChart chart = new XYChartBuilder().width(Math.max(600, Math.min(2400, 40 * column.size() + 200))).height(400)
        .title(r.system() + ": coefficient pattern of the " + r.laws().size() + " laws")
        .xAxisTitle("basis function (" + column.size() + " used of " + r.basisSize() + ")").yAxisTitle("law").build();
    chart.getStyler().setLegendVisible(true);
    List<Double> xp = new ArrayList<>(), yp = new ArrayList<>(), xn = new ArrayList<>(), yn = new ArrayList<>();
    int k = 1;
    for (ConservationLaw l : r.laws()) {
      for (Map.Entry<String, Coefficient> c : l.coefficients().entrySet()) {
        boolean negative = c.getValue().signum() < 0;
        (negative ? xn : xp).add((double) column.get(c.getKey()));
        (negative ? yn : yp).add((double) k);
      }
      k++;
    }
    if (!xp.isEmpty()) chart.addSeries("positive coefficient", xp, yp).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    if (!xn.isEmpty()) chart.addSeries("negative coefficient", xn, yn).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    if (xp.isEmpty() && xn.isEmpty()) chart.addSeries("no laws", new double[] {0}, new double[] {0});
    return chart;
  }

  private static Path save(XYChart chart, Path target) {
    try {
      Path tmp = Files.createTempFile(target.getParent(), ".plot", ".svg");
      try (var os = Files.newOutputStream(tmp)) {
        VectorGraphicsEncoder.saveVectorGraphic(chart, os, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new InputException("--plot: cannot write '" + target + "': " + e.getMessage());
    }
  }
}
