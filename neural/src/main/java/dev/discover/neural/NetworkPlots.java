package dev.discover.neural;

import dev.discover.neural.internal.KanRoute;
import dev.discover.neural.internal.Mlp;
import dev.discover.neural.internal.search.FittedNetwork;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import java.awt.BasicStroke;
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
 * Plots of the networks: the pruned modular network with its modules coloured ({@link ModulePlot},
 * {@code network.svg}); for every input, the neural surrogate's one-dimensional slice through the median row
 * against the same slice of the symbolic formula; then the Kolmogorov-Arnold network's plots
 * ({@link KanPlots}: {@code kan.svg} and one {@code kan-edge-<i>-<j>.svg} per surviving edge).
 *
 * <p>The networks drawn are the ones the search fitted and queried ({@link FormulaResult#networks}). When the
 * direct search sufficed and no surrogate was fitted, one is trained here on the raw data for the picture
 * only (its title says so); likewise the modular network and the Kolmogorov-Arnold network when the search
 * did not fit them.
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
    double[] med = new double[k], lo = new double[k], hi = new double[k];
    for (int j = 0; j < k; j++) {
      double[] c = cols[j].clone();
      java.util.Arrays.sort(c);
      med[j] = c[n / 2]; lo[j] = c[0]; hi[j] = c[n - 1];
    }
    out.add(ModulePlot.write(dir, data, result, opts));
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
}
