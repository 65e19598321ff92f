package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kolmogorov-Arnold route of the formula search: trains a {@link Kan} on the rows (first the
 * single-layer shape {@code [k, 1]}, which is exact for sums of univariate functions; then, unless that
 * already fits, {@code [k, h, 1]}), prunes it by attribution, snaps every surviving piece to a library
 * function ({@link UnitSnap}), composes the formula ({@link KanFormula}) and polishes all its constants
 * jointly by Levenberg-Marquardt ({@link Fitter}), snapping them to simple values where the fit allows
 * ({@link Snapper}). Deterministic for a seed, unless the deadline cuts training short.
 */
public final class KanRoute {
  private static final int MAX_ROWS = 1000, POLISH_ROWS = 500, GRID = 8, SAMPLES = 101, VARIANTS = 2;
  private static final int SNAP_MAX_CONSTANTS = 12;
  private static final double PRUNE = 0.03, GOOD_ENOUGH = 1e-6;

  private KanRoute() {}

  /**
   * Candidate formulas for the target: the full formula of each network and variants with the weakest
   * edges dropped, best fit first. Never throws: on bad data, failure or the deadline the list is shorter or
   * empty.
   *
   * @param names input names
   * @param x inputs by column, {@code x[j][row]} (read only)
   * @param y target by row (read only)
   * @param rows the rows to use; the first 1000 are used
   * @param seed seed of the networks' initialisation
   * @param deadlineNanos give up at this {@link System#nanoTime()}
   * @return expressions over the input names with numeric constants (the name {@link dev.discover.symbolic.Exprs#PI} may appear)
   */
  public static List<Expr> candidates(List<String> names, double[][] x, double[] y, int[] rows, long seed,
      long deadlineNanos) {
    try {
      return analyse(names, x, y, rows, seed, deadlineNanos).map(Model::candidates).orElse(List.of());
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The network whose formula fits best, with the candidates.
   *
   * @param net the trained, pruned network
   * @param names input names
   * @param candidates the candidate formulas, best fit first
   */
  public record Model(Kan net, List<String> names, List<Expr> candidates) {
    /** Copies the lists. */
    public Model {
      names = List.copyOf(names);
      candidates = List.copyOf(candidates);
    }
  }

  private record Scored(Expr expr, double sse, Kan net) {}

  /**
   * Trains, prunes, snaps and polishes; see {@link #candidates}.
   *
   * @return the model, empty when the data are unusable, nothing could be fitted or the deadline passed
   * @throws IllegalArgumentException when the shapes of names, columns and target disagree
   */
  public static Optional<Model> analyse(List<String> names, double[][] x, double[] y, int[] rows, long seed,
      long deadlineNanos) {
    int k = names.size();
    if (x.length != k) throw new IllegalArgumentException("data has " + x.length + " columns but " + k + " names");
    int m = Math.min(rows.length, MAX_ROWS);
    if (k == 0 || m < 10 || System.nanoTime() > deadlineNanos) return Optional.empty();
    int[] use = Arrays.copyOf(rows, m);
    double[][] cols = new double[k][m];
    double[] yy = new double[m];
    for (int r = 0; r < m; r++) {
      yy[r] = y[use[r]];
      if (!Double.isFinite(yy[r])) return Optional.empty();
      for (int j = 0; j < k; j++) {
        cols[j][r] = x[j][use[r]];
        if (!Double.isFinite(cols[j][r])) return Optional.empty();
      }
    }
    Fitter fitter = new Fitter(names, x, y, Arrays.copyOf(use, Math.min(m, POLISH_ROWS)));
    Snapper snapper = new Snapper(fitter);
    double sst = fitter.sst();
    if (!(sst > 0)) return Optional.empty();
    List<Scored> found = new ArrayList<>();
    Kan add = new Kan(cols, yy, 0, GRID, seed);
    train(add, false, deadlineNanos);
    found.addAll(polish(add, names, snapper, cols, deadlineNanos));
    double best = found.stream().mapToDouble(Scored::sse).min().orElse(Double.POSITIVE_INFINITY);
    if (k >= 2 && Math.sqrt(best / sst) > GOOD_ENOUGH && System.nanoTime() < deadlineNanos) {
      Kan deep = new Kan(cols, yy, Math.min(5, k + 2), GRID, seed);
      train(deep, true, deadlineNanos);
      found.addAll(polish(deep, names, snapper, cols, deadlineNanos));
    }
    if (found.isEmpty()) return Optional.empty();
    found.sort(Comparator.comparingDouble(Scored::sse).thenComparingInt(s -> Exprs.size(s.expr())));
    // one formula per function: the networks often find the same one, written in another order
    List<Expr> out = new ArrayList<>();
    List<double[]> seen = new ArrayList<>();
    for (Scored s : found) {
      double[] v = fitter.compile(s.expr(), List.of()).values(new double[0]);
      boolean same = false;
      for (double[] u : seen) same |= close(u, v);
      if (same) continue;
      seen.add(v);
      out.add(s.expr());
    }
    return Optional.of(new Model(found.get(0).net(), names, out));
  }

  private static boolean close(double[] u, double[] v) {
    for (int i = 0; i < u.length; i++) {
      if (!(Math.abs(u[i] - v[i]) <= 1e-9 * (1 + Math.abs(u[i])))) return false;
    }
    return true;
  }

  /** Adam with the sparsity penalty, pruning, a short retraining, then L-BFGS without the penalty. */
  private static void train(Kan net, boolean deep, long deadlineNanos) {
    net.adam(deep ? 1500 : 600, 0.02, deep ? 3e-3 : 1e-3, deadlineNanos);
    net.prune(PRUNE);
    net.adam(deep ? 300 : 200, 0.005, 0, deadlineNanos);
    net.lbfgs(deep ? 500 : 300, deadlineNanos);
  }

  /** The full formula and up to {@link #VARIANTS} variants with the weakest piece dropped, polished and snapped. */
  private static List<Scored> polish(Kan net, List<String> names, Snapper snapper, double[][] cols,
      long deadlineNanos) {
    List<Scored> out = new ArrayList<>();
    if (System.nanoTime() > deadlineNanos) return out;
    List<KanFormula.Term> terms = terms(net);
    List<List<KanFormula.Term>> forms = new ArrayList<>();
    List<KanFormula.Term> linear = linearised(net, terms, cols);
    if (linear != terms) forms.add(linear);
    for (int v = 0; v <= VARIANTS && !terms.isEmpty(); v++) {
      forms.add(terms);
      List<KanFormula.Term> next = KanFormula.dropWeakest(terms);
      if (next == terms) break;
      terms = next;
    }
    List<Template> templates = new ArrayList<>();
    List<Fitter.Fit> fits = new ArrayList<>();
    double best = Double.POSITIVE_INFINITY;
    for (List<KanFormula.Term> f : forms) {
      if (System.nanoTime() > deadlineNanos) break;
      Template t = KanFormula.template(f, names, net.targetMean(), net.targetScale());
      Fitter.Fit free = snapper.fitFree(t, 300);
      if (!Double.isFinite(free.sse())) continue;
      templates.add(t);
      fits.add(free);
      best = Math.min(best, free.sse());
    }
    for (int i = 0; i < templates.size(); i++) {
      Template t = templates.get(i);
      Fitter.Fit free = fits.get(i);
      // snapping tries several values per constant, each with a refit: only for the few that fit well
      boolean snap = t.params().size() <= SNAP_MAX_CONSTANTS && free.sse() <= 10 * best
          && System.nanoTime() < deadlineNanos;
      Snapper.Snapped s = snap ? snapper.snap(t, free) : null;
      if (s != null && Double.isFinite(s.sse())) out.add(new Scored(s.expr(), s.sse(), net));
      else out.add(new Scored(decimals(t, free), free.sse(), net));
    }
    return out;
  }

  /**
   * The terms with every node whose inner edges are all nearly linear (R^2 at least 0.99) read as
   * {@code outer(linear combination)}: the outer function is snapped again against the linear combination
   * on the training rows, so that a slight curvature the network spread over the inner edges does not
   * distort it. Products such as {@code x*y} then appear as {@code (x + y)^2} next to {@code x^2} and
   * {@code y^2}. Returns the same list when no node qualifies.
   */
  private static List<KanFormula.Term> linearised(Kan net, List<KanFormula.Term> terms, double[][] cols) {
    if (net.widths().length != 3) return terms;
    List<KanFormula.Term> out = new ArrayList<>();
    boolean changed = false;
    int n = cols[0].length, step = Math.max(1, n / 200);
    for (KanFormula.Term t : terms) {
      if (!(t instanceof KanFormula.Node nd)) { out.add(t); continue; }
      List<KanFormula.Chain> lin = new ArrayList<>();
      for (KanFormula.Chain in : nd.inner()) {
        double[][] c = curve(net, 0, in.input(), nd.hidden());
        UnitSnap.Unit x = UnitSnap.fitAll(c[0], c[1]).get(0);
        if (x.fn() != UnitFn.X || x.r2() < 0.99) break;
        lin.add(new KanFormula.Chain(in.input(), x, in.score()));
      }
      if (lin.size() != nd.inner().size()) { out.add(t); continue; }
      int m = (n + step - 1) / step;
      double[] z = new double[m], v = new double[m];
      for (int r = 0, q = 0; r < n; r += step, q++) {
        double hidden = 0;
        for (KanFormula.Chain in : lin) {
          double xi = cols[in.input()][r];
          z[q] += in.unit().value(xi);
          hidden += net.edge(0, in.input(), nd.hidden(), xi);
        }
        v[q] = net.edge(1, nd.hidden(), 0, hidden);
      }
      out.add(new KanFormula.Node(lin, UnitSnap.snap(z, v), nd.score(), nd.hidden()));
      changed = true;
    }
    return changed ? out : terms;
  }

  /** The template with its fitted constants as decimals. */
  private static Expr decimals(Template t, Fitter.Fit fit) {
    Map<String, Expr> values = new HashMap<>();
    double[] p = fit.params();
    for (int i = 0; i < p.length; i++) values.put(t.params().get(i), Snapper.decimal(p[i]));
    return Tidy.products(Tidy.tidy(Exprs.substitute(t.expr(), values)));
  }

  /** The snapped terms of a pruned network. */
  static List<KanFormula.Term> terms(Kan net) {
    int[] w = net.widths();
    double[][] score = net.edgeScores();
    List<KanFormula.Term> out = new ArrayList<>();
    if (w.length == 2) {
      for (int i = 0; i < w[0]; i++) {
        if (net.alive(0, i, 0)) out.add(new KanFormula.Chain(i, snap(net, 0, i, 0), score[0][i]));
      }
      return out;
    }
    int h = w[1];
    for (int j = 0; j < h; j++) {
      if (!net.alive(1, j, 0)) continue;
      List<Integer> in = new ArrayList<>();
      for (int i = 0; i < w[0]; i++) if (net.alive(0, i, j)) in.add(i);
      if (in.isEmpty()) continue;
      if (in.size() == 1) {
        int i = in.get(0);
        double[][] c = chainCurve(net, i, j);
        out.add(new KanFormula.Chain(i, UnitSnap.snap(c[0], c[1]), score[1][j]));
        continue;
      }
      List<KanFormula.Chain> inner = new ArrayList<>();
      for (int i : in) inner.add(new KanFormula.Chain(i, snap(net, 0, i, j), score[0][i * h + j]));
      out.add(new KanFormula.Node(inner, snap(net, 1, j, 0), score[1][j], j));
    }
    return out;
  }

  /** The snapped activation of one edge. */
  public static UnitSnap.Unit snap(Kan net, int l, int i, int j) {
    double[][] c = curve(net, l, i, j);
    return UnitSnap.snap(c[0], c[1]);
  }

  /**
   * The activation of edge {@code i -> j} of layer {@code l} sampled on a uniform grid over its input's range
   * on the training rows: {@code {inputs, values}}.
   */
  public static double[][] curve(Kan net, int l, int i, int j) {
    double[] r = net.range(l, i);
    double[] xs = new double[SAMPLES], vs = new double[SAMPLES];
    for (int s = 0; s < SAMPLES; s++) {
      xs[s] = r[0] + (r[1] - r[0]) * s / (SAMPLES - 1);
      vs[s] = net.edge(l, i, j, xs[s]);
    }
    return new double[][] {xs, vs};
  }

  /** Input {@code i} through hidden node {@code j} to the output, for a node with that single input. */
  private static double[][] chainCurve(Kan net, int i, int j) {
    double[] r = net.range(0, i);
    double[] xs = new double[SAMPLES], vs = new double[SAMPLES];
    for (int s = 0; s < SAMPLES; s++) {
      xs[s] = r[0] + (r[1] - r[0]) * s / (SAMPLES - 1);
      vs[s] = net.edge(1, j, 0, net.edge(0, i, j, xs[s]));
    }
    return new double[][] {xs, vs};
  }
}
