package dev.discover.distributed;

import dev.discover.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * The figure of a sweep (XChart, SVG): every point of the first two swept parameters, the special ones (more or
 * fewer laws than the generic count) marked; with one swept parameter, the number of laws against it.
 */
final class SweepPlot {
  private SweepPlot() {}

  /** Writes {@code sweep.svg} into {@code dir} (created if needed) and returns its path. */
  static Path write(SweepReport r, Path dir) {
    List<String> swept = r.swept();
    XYChart chart;
    String x = swept.isEmpty() ? "point" : swept.get(0);
    if (swept.size() >= 2) {
      String y = swept.get(1);
      chart = new XYChartBuilder().width(900).height(500).title(r.system() + ": points with other than " + r.generic().count() + " laws")
          .xAxisTitle(x).yAxisTitle(y).build();
      List<Double> gx = new ArrayList<>(), gy = new ArrayList<>(), sx = new ArrayList<>(), sy = new ArrayList<>();
      for (SweepPoint.Result p : r.points()) {
        boolean special = p.count() >= 0 && p.count() != r.generic().count();
        (special ? sx : gx).add(number(p.values().get(x)));
        (special ? sy : gy).add(number(p.values().get(y)));
      }
      series(chart, r.generic().count() + " laws (generic)", gx, gy);
      series(chart, "other count (" + sx.size() + " points)", sx, sy);
    } else {
      chart = new XYChartBuilder().width(900).height(500).title(r.system() + ": independent laws per point")
          .xAxisTitle(x).yAxisTitle("independent laws").build();
      List<Double> px = new ArrayList<>(), py = new ArrayList<>();
      for (int i = 0; i < r.points().size(); i++) {
        SweepPoint.Result p = r.points().get(i);
        if (p.count() < 0) continue;
        px.add(swept.isEmpty() ? i : number(p.values().get(x)));
        py.add((double) p.count());
      }
      series(chart, "laws", px, py);
    }
    chart.getStyler().setLegendVisible(true);
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve("sweep.svg");
      Path tmp = Files.createTempFile(dir, ".sweep", ".svg");
      try (var os = Files.newOutputStream(tmp)) {
        VectorGraphicsEncoder.saveVectorGraphic(chart, os, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new InputException("--plot: cannot write into '" + dir + "': " + e.getMessage());
    }
  }

  private static void series(XYChart chart, String name, List<Double> xs, List<Double> ys) {
    if (xs.isEmpty()) return;
    chart.addSeries(name, xs, ys).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
  }

  private static double number(String rational) { return ParamGrid.parse(rational).doubleValue(); }
}
