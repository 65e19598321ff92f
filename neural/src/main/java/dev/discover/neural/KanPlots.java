package dev.discover.neural;

import dev.discover.neural.internal.Kan;
import dev.discover.neural.internal.KanRoute;
import dev.discover.neural.internal.UnitSnap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Plots of the Kolmogorov-Arnold route ({@link KanRoute}): {@code kan.svg}, the pruned network with edges
 * drawn by attribution score and coloured by module (inputs joined through a hidden node form one module;
 * pruned edges are absent), and {@code kan-edge-<i>-<j>.svg} for every surviving edge, its learned
 * activation against its snapped library function, whose formula is the title. Nodes are numbered inputs
 * first, then hidden nodes, then the output.
 */
final class KanPlots {
  /** Colours of the modules, also those of {@link ModulePlot}. */
  static final Color[] PALETTE = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44),
      new Color(148, 103, 189), new Color(255, 127, 14), new Color(140, 86, 75), new Color(227, 119, 194),
      new Color(23, 190, 207)};

  private KanPlots() {}

  /** A surviving edge with its snapped function. */
  private record Edge(int layer, int from, int to, double score, UnitSnap.Unit unit) {}

  /**
   * Trains the route's network on up to 1000 rows and writes its plots into {@code dir}.
   *
   * @return the files written; empty when the route found no network before the deadline
   */
  static List<Path> write(Path dir, Dataset data, long seed, long deadlineNanos) throws IOException {
    int n = Math.min(data.rows(), 1000);
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) rows[i] = i;
    Optional<KanRoute.Model> model = KanRoute.analyse(data.names(), data.columns(), data.target(), rows, seed, deadlineNanos);
    if (model.isEmpty()) return List.of();
    return write(dir, data, model.get());
  }

  /** Writes the plots of a network the search already fitted into {@code dir}. */
  static List<Path> write(Path dir, Dataset data, KanRoute.Model model) throws IOException {
    Kan net = model.net();
    int[] w = net.widths();
    double[][] score = net.edgeScores();
    List<Edge> edges = new ArrayList<>();
    for (int l = 0; l < w.length - 1; l++) {
      for (int i = 0; i < w[l]; i++) {
        for (int j = 0; j < w[l + 1]; j++) {
          if (net.alive(l, i, j)) edges.add(new Edge(l, i, j, score[l][i * w[l + 1] + j], KanRoute.snap(net, l, i, j)));
        }
      }
    }
    List<Path> out = new ArrayList<>();
    out.add(drawNetwork(dir, data, w, edges));
    for (Edge e : edges) out.add(drawEdge(dir, data, net, w, e));
    return out;
  }

  /** Global number of node {@code i} of layer {@code l}. */
  private static int id(int[] w, int l, int i) {
    int o = 0;
    for (int q = 0; q < l; q++) o += w[q];
    return o + i;
  }

  private static String name(Dataset data, int[] w, int l, int i) {
    if (l == 0) return data.names().get(i);
    return l == w.length - 1 ? data.targetName() : "h" + (i + 1);
  }

  /** Modules: union-find over inputs and hidden nodes joined by a surviving first-layer edge. */
  private static int[] modules(int[] w, List<Edge> edges) {
    int total = w[0] + (w.length == 3 ? w[1] : 0);
    int[] parent = new int[total];
    for (int i = 0; i < total; i++) parent[i] = i;
    if (w.length == 3) {
      for (Edge e : edges) if (e.layer() == 0) parent[find(parent, e.from())] = find(parent, w[0] + e.to());
    }
    int[] m = new int[total];
    for (int i = 0; i < total; i++) m[i] = find(parent, i);
    return m;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) i = p[i] = p[p[i]];
    return i;
  }

  private static Path drawNetwork(Path dir, Dataset data, int[] w, List<Edge> edges) throws IOException {
    int[] module = modules(w, edges);
    Map<Integer, Integer> colour = new LinkedHashMap<>();
    boolean[][] used = new boolean[w.length][];
    for (int l = 0; l < w.length; l++) used[l] = new boolean[w[l]];
    for (Edge e : edges) { used[e.layer()][e.from()] = true; used[e.layer() + 1][e.to()] = true; }
    Map<Integer, StringJoiner> members = new LinkedHashMap<>();
    for (int i = 0; i < w[0]; i++) {
      if (!used[0][i]) continue;
      colour.putIfAbsent(module[i], colour.size());
      members.computeIfAbsent(module[i], x -> new StringJoiner(", ", "{", "}")).add(data.names().get(i));
    }
    StringJoiner mods = new StringJoiner(" ");
    for (StringJoiner s : members.values()) mods.add(s.toString());
    StringJoiner shape = new StringJoiner(", ", "[", "]");
    for (int v : w) shape.add(Integer.toString(v));
    XYChart c = new XYChartBuilder().width(760).height(560)
        .title("pruned KAN " + shape + ", edge width by attribution; modules " + mods).build();
    c.getStyler().setLegendVisible(false);
    c.getStyler().setAxisTicksVisible(false);
    c.getStyler().setPlotGridLinesVisible(false);
    c.getStyler().setXAxisMin(-0.05).setXAxisMax(1.05).setYAxisMin(-0.4).setYAxisMax(w.length - 0.6);
    double max = 1e-300;
    for (Edge e : edges) max = Math.max(max, e.score());
    int count = 0;
    for (Edge e : edges) {
      double x0 = pos(e.from(), w[e.layer()]), x1 = pos(e.to(), w[e.layer() + 1]);
      int m = e.layer() == 0 ? module[e.from()] : module[w[0] + e.from()];
      Color base = PALETTE[colour.getOrDefault(m, 0) % PALETTE.length];
      double s = e.score() / max;
      XYSeries line = c.addSeries("e" + count++, new double[] {x0, x1}, new double[] {e.layer(), e.layer() + 1});
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), (int) (90 + 165 * s)));
      line.setLineStyle(new BasicStroke((float) (0.5 + 4.5 * s)));
      c.addAnnotation(new AnnotationText(e.unit().fn().label(), (x0 + x1) / 2, e.layer() + 0.5, false));
    }
    for (int l = 0; l < w.length; l++) {
      for (int i = 0; i < w[l]; i++) {
        if (!used[l][i] && l > 0) continue;
        int m = l == 0 ? module[i] : (l == 1 && w.length == 3 ? module[w[0] + i] : -1);
        Color col = m < 0 || !used[l][i] ? Color.GRAY : PALETTE[colour.getOrDefault(m, 0) % PALETTE.length];
        XYSeries node = c.addSeries("n" + l + "-" + i, new double[] {pos(i, w[l])}, new double[] {l});
        node.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        node.setMarker(SeriesMarkers.CIRCLE);
        node.setMarkerColor(col);
        String label = name(data, w, l, i) + (used[l][i] ? "" : " (pruned)");
        c.addAnnotation(new AnnotationText(label, pos(i, w[l]), l == 0 ? -0.2 : l + 0.18, false));
      }
    }
    Path p = dir.resolve("kan.svg");
    VectorGraphicsEncoder.saveVectorGraphic(c, p.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return p;
  }

  private static double pos(int i, int n) { return (i + 0.5) / n; }

  private static Path drawEdge(Path dir, Dataset data, Kan net, int[] w, Edge e) throws IOException {
    double[][] curve = KanRoute.curve(net, e.layer(), e.from(), e.to());
    double[] fit = new double[curve[0].length];
    for (int s = 0; s < fit.length; s++) fit[s] = e.unit().value(curve[0][s]);
    String from = name(data, w, e.layer(), e.from()), to = name(data, w, e.layer() + 1, e.to());
    XYChart c = new XYChartBuilder().width(720).height(440)
        .title(from + " -> " + to + ": " + e.unit().label(from))
        .xAxisTitle(from).yAxisTitle(e.layer() == w.length - 2 ? "activation (standardised " + data.targetName() + ")" : "activation")
        .build();
    c.getStyler().setXAxisDecimalPattern("#.###").setYAxisDecimalPattern("#.###");
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    XYSeries a = c.addSeries("learned activation", curve[0], curve[1]);
    a.setMarker(SeriesMarkers.NONE);
    a.setLineColor(new Color(120, 170, 230));
    a.setLineStyle(new BasicStroke(4f));
    XYSeries b = c.addSeries(String.format(java.util.Locale.ROOT, "snapped %s, R^2 = %.6f", e.unit().fn().label(),
        e.unit().r2()), curve[0], fit);
    b.setMarker(SeriesMarkers.NONE);
    b.setLineColor(Color.BLACK);
    b.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
    Path p = dir.resolve("kan-edge-" + id(w, e.layer(), e.from()) + "-" + id(w, e.layer() + 1, e.to()) + ".svg");
    VectorGraphicsEncoder.saveVectorGraphic(c, p.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return p;
  }
}
