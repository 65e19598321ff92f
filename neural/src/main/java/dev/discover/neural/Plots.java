package dev.discover.neural;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** SVG plots of a formula search, drawn with XChart (which writes SVG through VectorGraphics2D). */
public final class Plots {
  private Plots() {}

  /**
   * Writes the plots into {@code dir} (which must exist) and returns their paths: the formula against the
   * data, the plots of the neural surrogate's pruned network and slices, and those of the Kolmogorov-Arnold
   * network ({@code kan.svg}, {@code kan-edge-<i>-<j>.svg}).
   */
  public static List<Path> write(Path dir, Dataset data, FormulaResult result, FormulaOptions opts) throws IOException {
    List<Path> out = new ArrayList<>();
    CompiledExpr f = new Compiler(data.names()).compile(result.best().formula());
    int n = data.rows();
    double[] pred = new double[n], act = new double[n];
    for (int i = 0; i < n; i++) { pred[i] = f.eval(data.row(i)); act[i] = data.y(i); }
    XYChart c = new XYChartBuilder().width(600).height(500).title("formula against data")
        .xAxisTitle("data " + data.targetName()).yAxisTitle("formula").build();
    c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    c.getStyler().setMarkerSize(3);
    c.addSeries("rows", act, pred);
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
    for (double v : act) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    XYSeries diag = c.addSeries("y = x", new double[] {lo, hi}, new double[] {lo, hi});
    diag.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    diag.setMarker(SeriesMarkers.NONE);
    Path p = dir.resolve("formula-fit.svg");
    VectorGraphicsEncoder.saveVectorGraphic(c, p.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    out.add(p);
    out.addAll(NetworkPlots.write(dir, data, result, opts));
    return out;
  }
}
