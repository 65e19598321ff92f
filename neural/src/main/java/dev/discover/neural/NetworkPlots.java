package dev.discover.neural;

import dev.discover.neural.internal.KanRoute;
import dev.discover.neural.internal.Mlp;
import dev.discover.neural.internal.search.FittedNetwork;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Plots of the neural surrogate: the network after pruning (edges drawn by strength, weak edges and inputs
 * of negligible attribution left out) and, for every input, the network's one-dimensional slice through the
 * median row against the same slice of the symbolic formula; then the Kolmogorov-Arnold network's plots
 * ({@link KanPlots}: {@code kan.svg} and one {@code kan-edge-<i>-<j>.svg} per surviving edge).
 *
 * <p>The networks drawn are the ones the search fitted and queried ({@link FormulaResult#networks}). When the
 * direct search sufficed and no surrogate was fitted, one is trained here on the raw data for the picture
 * only (its title says so); likewise the Kolmogorov-Arnold network when the search did not run that route.
 */
final class NetworkPlots {
  private NetworkPlots() {}

  static List<Path> write(Path dir, Dataset data, FormulaResult result, FormulaOptions opts) throws IOException {
    List<Path> out = new ArrayList<>();
    int k = data.inputs(), n = Math.min(data.rows(), 400);
    double[][] rows = new double[n][];
    double[][] cols = new double[k][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      rows[i] = data.row(i);
      y[i] = data.y(i);
      for (int j = 0; j < k; j++) cols[j][i] = rows[i][j];
    }
    Optional<FittedNetwork.Surrogate> used = result.networks().stream()
        .flatMap(f -> f instanceof FittedNetwork.Surrogate s ? Stream.of(s) : Stream.empty()).findFirst();
    FittedNetwork.Surrogate net = used.orElseGet(() -> {
      Mlp m = new Mlp(k, 16, cols, y, opts.seed());
      m.train(rows, y, 300, 200, 1e-4, System.nanoTime() + 10_000_000_000L);
      return new FittedNetwork.Surrogate(m, new boolean[k], false, 1);
    });
    String title = used.isPresent() ? "the search's network" : "network trained for this plot (the search needed none)";
    // attribution: mean |df/dx_j| * spread of x_j, by central differences through the network
    double[] attr = new double[k];
    double[] med = new double[k], lo = new double[k], hi = new double[k];
    for (int j = 0; j < k; j++) {
      double[] c = cols[j].clone();
      java.util.Arrays.sort(c);
      med[j] = c[n / 2]; lo[j] = c[0]; hi[j] = c[n - 1];
      double h = 1e-3 * (hi[j] - lo[j]);
      double[][] up = new double[n][], dn = new double[n][];
      for (int i = 0; i < n; i++) { up[i] = rows[i].clone(); dn[i] = rows[i].clone(); up[i][j] += h; dn[i][j] -= h; }
      double[] fu = net.predict(up), fd = net.predict(dn);
      for (int i = 0; i < n; i++) attr[j] += Math.abs(fu[i] - fd[i]) / (2 * h) * (hi[j] - lo[j]) / n;
    }
    double maxA = 0;
    for (double a : attr) maxA = Math.max(maxA, a);
    out.add(drawNetwork(dir, data, net, attr, maxA, title));
    CompiledExpr f = new Compiler(data.names()).compile(result.best().formula());
    for (int j = 0; j < k; j++) {
      int m = 100;
      double[] xs = new double[m], fn = new double[m], fs = new double[m];
      double[][] q = new double[m][];
      for (int i = 0; i < m; i++) {
        xs[i] = lo[j] + (hi[j] - lo[j]) * i / (m - 1);
        q[i] = med.clone();
        q[i][j] = xs[i];
        fs[i] = f.eval(q[i]);
      }
      double[] pn = net.predict(q);
      System.arraycopy(pn, 0, fn, 0, m);
      XYChart c = new XYChartBuilder().width(500).height(380)
          .title(data.names().get(j) + ": " + (used.isPresent() ? "the search's" : "a") + " network's slice and formula"
              + " (others at their medians)")
          .xAxisTitle(data.names().get(j)).yAxisTitle(data.targetName()).build();
      XYSeries a = c.addSeries("network", xs, fn);
      a.setMarker(SeriesMarkers.NONE);
      XYSeries b = c.addSeries("formula", xs, fs);
      b.setMarker(SeriesMarkers.NONE);
      b.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
      Path p = dir.resolve("unit-" + data.names().get(j) + ".svg");
      VectorGraphicsEncoder.saveVectorGraphic(c, p.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      out.add(p);
    }
    try {
      Optional<KanRoute.Model> kan = result.networks().stream()
          .flatMap(fn -> fn instanceof FittedNetwork.Kolmogorov m ? Stream.of(m.model()) : Stream.empty()).findFirst();
      out.addAll(kan.isPresent() ? KanPlots.write(dir, data, kan.get())
          : KanPlots.write(dir, data, opts.seed(), System.nanoTime() + 20_000_000_000L));
    } catch (RuntimeException e) {
      // the Kolmogorov-Arnold plots are extras: the plots above stand on their own
    }
    return out;
  }

  private static Path drawNetwork(Path dir, Dataset data, FittedNetwork.Surrogate surrogate, double[] attr, double maxA,
      String title) throws IOException {
    Mlp net = surrogate.net();
    int k = net.inputs(), h = net.width();
    double[][] w1 = net.firstLayer(), w2 = net.secondLayer();
    double[] w3 = net.outputLayer();
    XYChart c = new XYChartBuilder().width(700).height(520).title("pruned " + title + " (edge width by |weight|)").build();
    c.getStyler().setLegendVisible(false);
    c.getStyler().setAxisTicksVisible(false);
    c.getStyler().setPlotGridLinesVisible(false);
    double max = 0;
    for (double[] r : w1) for (double v : r) max = Math.max(max, Math.abs(v));
    for (double[] r : w2) for (double v : r) max = Math.max(max, Math.abs(v));
    for (double v : w3) max = Math.max(max, Math.abs(v));
    int[] count = {0};
    for (int i = 0; i < k; i++) {
      if (attr[i] < 0.01 * maxA) continue;
      for (int u = 0; u < h; u++) edge(c, pos(i, k), 0, pos(u, h), 1, w1[i][u] / max, count);
    }
    for (int u = 0; u < h; u++) for (int v = 0; v < h; v++) edge(c, pos(u, h), 1, pos(v, h), 2, w2[u][v] / max, count);
    for (int v = 0; v < h; v++) edge(c, pos(v, h), 2, 0.5, 3, w3[v] / max, count);
    double[] ix = new double[k], iy = new double[k];
    for (int i = 0; i < k; i++) { ix[i] = pos(i, k); iy[i] = 0; }
    XYSeries in = c.addSeries("inputs", ix, iy);
    in.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    for (int i = 0; i < k; i++) {
      c.addAnnotation(new org.knowm.xchart.AnnotationText(data.names().get(i)
          + (attr[i] < 0.01 * maxA ? " (pruned)" : ""), pos(i, k), -0.15, false));
    }
    c.addAnnotation(new org.knowm.xchart.AnnotationText(data.targetName(), 0.5, 3.15, false));
    Path p = dir.resolve("network.svg");
    VectorGraphicsEncoder.saveVectorGraphic(c, p.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return p;
  }

  private static double pos(int i, int n) { return (i + 0.5) / n; }

  private static void edge(XYChart c, double x0, double y0, double x1, double y1, double s, int[] count) {
    double a = Math.abs(s);
    if (a < 0.05) return;
    XYSeries e = c.addSeries("e" + (count[0]++), new double[] {x0, x1}, new double[] {y0, y1});
    e.setMarker(SeriesMarkers.NONE);
    e.setLineColor(s > 0 ? new Color(30, 90, 200, (int) (60 + 195 * a)) : new Color(200, 60, 30, (int) (60 + 195 * a)));
    e.setLineStyle(new BasicStroke((float) (0.3 + 3 * a)));
  }
}
