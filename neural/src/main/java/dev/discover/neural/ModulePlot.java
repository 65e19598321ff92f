package dev.discover.neural;

import dev.discover.neural.internal.modules.Bimt;
import dev.discover.neural.internal.modules.Layout;
import dev.discover.neural.internal.modules.ModuleTree;
import dev.discover.neural.internal.search.FittedNetwork;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code network.svg}: the pruned modular network ({@link Bimt}) with its neurons where training left them
 * (swaps included), only the edges that survived pruning, each module in its own colour (the groups of
 * inputs that the outputs are sums of, {@link ModuleTree#modules}; dark grey where modules merge),
 * edge width by |weight| against the largest weight of its layer, and the module tree written under the
 * title. The network drawn is the one the search fitted when it fitted one; otherwise one is trained here the
 * same way for the picture only, and the title says so.
 */
final class ModulePlot {
  private ModulePlot() {}

  /** Rows the picture's own network is trained on, at most. */
  private static final int ROWS = 400;

  static Path write(Path dir, Dataset data, FormulaResult result, FormulaOptions opts) throws IOException {
    Optional<FittedNetwork.Modular> used = result.networks().stream()
        .flatMap(f -> f instanceof FittedNetwork.Modular m ? Stream.of(m) : Stream.empty()).findFirst();
    FittedNetwork.Modular net = used.orElseGet(() -> trainForPicture(data, opts));
    String title = used.isPresent() ? "pruned modular network the search used"
        : "pruned modular network trained for this plot (the search fitted none)";
    return draw(dir, data, net, title);
  }

  /** A modular network trained as the search trains one, on the first (at most) 400 rows of the data. */
  private static FittedNetwork.Modular trainForPicture(Dataset data, FormulaOptions opts) {
    int n = Math.min(data.rows(), ROWS);
    double[][] rows = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) { rows[i] = data.row(i); y[i] = data.y(i); }
    return FittedNetwork.Modular.fit(rows, y, opts.seed(), System.nanoTime() + 30_000_000_000L);
  }

  private static Path draw(Path dir, Dataset data, FittedNetwork.Modular m, String title) throws IOException {
    Bimt.Network net = m.network();
    ModuleTree tree = m.modules();
    Layout lay = net.layout();
    boolean[] logX = m.logX();
    List<String> names = new ArrayList<>();
    for (int j = 0; j < data.inputs(); j++) names.add(logX[j] ? "log " + data.names().get(j) : data.names().get(j));
    String target = m.logY() ? "log|" + data.targetName() + "|" : data.targetName();
    int mods = tree.moduleCount();
    XYChart c = new XYChartBuilder().width(760).height(560).title(String.format("%s: %d of %d edges, %d module%s", title,
        net.edgesAfter(), net.edgesBefore(), mods, mods == 1 ? "" : "s")).build();
    c.getStyler().setLegendVisible(false);
    c.getStyler().setAxisTicksVisible(false);
    c.getStyler().setPlotGridLinesVisible(false);
    c.getStyler().setXAxisMin(-0.05).setXAxisMax(1.05).setYAxisMin(-0.5).setYAxisMax(3.7);
    int count = 0;
    for (int l = 0; l < 3; l++) {
      double max = 1e-300;
      for (int a = 0; a < lay.size(l); a++) for (int b = 0; b < lay.size(l + 1); b++) max = Math.max(max, Math.abs(net.weight(l, a, b)));
      for (int a = 0; a < lay.size(l); a++) {
        for (int b = 0; b < lay.size(l + 1); b++) {
          if (!net.edge(l, a, b) || tree.label(l, a) < 0 || tree.label(l + 1, b) < 0) continue;
          double s = Math.abs(net.weight(l, a, b)) / max;
          Color base = colour(tree.module(l, a) >= 0 ? tree.module(l, a) : tree.module(l + 1, b));
          XYSeries e = c.addSeries("e" + count++, new double[] {lay.x(l, a), lay.x(l + 1, b)}, new double[] {l, l + 1});
          e.setMarker(SeriesMarkers.NONE);
          e.setLineColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), (int) (70 + 185 * s)));
          e.setLineStyle(new BasicStroke((float) (0.4 + 4 * s)));
        }
      }
    }
    for (int l = 0; l < 4; l++) {
      for (int i = 0; i < lay.size(l); i++) {
        boolean dead = tree.label(l, i) < 0;
        if (dead && (l == 1 || l == 2)) continue;
        XYSeries node = c.addSeries("n" + l + "-" + i, new double[] {lay.x(l, i)}, new double[] {l});
        node.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        node.setMarker(SeriesMarkers.CIRCLE);
        node.setMarkerColor(dead ? Color.LIGHT_GRAY : colour(tree.module(l, i)));
        if (l == 0) c.addAnnotation(new AnnotationText(names.get(i) + (dead ? " (unused)" : ""), lay.x(l, i), -0.25, false));
        if (l == 3) c.addAnnotation(new AnnotationText(target, lay.x(l, i), 3.2, false));
      }
    }
    c.addAnnotation(new AnnotationText("module tree: " + tree.trees().get(0).describe(names), 0.5, 3.5, false));
    Path p = dir.resolve("network.svg");
    VectorGraphicsEncoder.saveVectorGraphic(c, p.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return p;
  }

  /** A module's colour; dark grey for a neuron across modules (where they merge). */
  private static Color colour(int module) {
    return module < 0 ? Color.DARK_GRAY : KanPlots.PALETTE[module % KanPlots.PALETTE.length];
  }
}
