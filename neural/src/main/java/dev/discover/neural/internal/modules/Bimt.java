package dev.discover.neural.internal.modules;

import dev.discover.neural.internal.Mlp;

/**
 * Brain-inspired modular training (BIMT; Liu, Gan and Tegmark, arXiv:2305.08746) of an {@link Mlp}, then
 * pruning. Training is Adam on the squared error plus a connection cost {@code lambda * sum |w| * wire
 * length} with the neurons placed in the plane ({@link Layout}); every {@code swapEvery} steps the most
 * connected neurons of each layer trade places where that shortens the wires ({@link Layout#relocate}). The
 * schedule is the paper's: {@code lambda} for the first quarter, ten times that up to three quarters, then
 * {@code lambda} again with the biases penalised too.
 *
 * <p>Pruning then removes edges in rounds of a rising threshold on their importance in the trained network
 * (|weight| times the root mean square of the activation it carries, against the largest such product);
 * units left without inputs become constants folded into the next layer's biases, units without outputs
 * are removed; after each round L-BFGS refits what is left (from the trained weights) and the highest
 * threshold is kept whose training error stays within {@code max(2 e0, e0 + 0.003)}, where {@code e0} is
 * the error of the refit that removes only the edges under a thousandth of the largest. Every step count is fixed, so
 * the same seed gives the same network; the deadline is only a safety cap.
 */
public final class Bimt {
  private Bimt() {}

  /**
   * How a modular network is trained.
   *
   * @param width hidden units per layer
   * @param steps Adam steps with the connection cost
   * @param lambda the connection cost's base strength
   * @param swapEvery steps between two rounds of swaps
   * @param topK neurons per layer that may move in a round
   * @param refitSteps L-BFGS iterations of each refit
   * @param learningRate Adam's learning rate
   */
  public record Settings(int width, int steps, double lambda, int swapEvery, int topK, int refitSteps,
      double learningRate) {
    /** The paper's shares of the schedule, with fewer steps (a few seconds for 400 rows). */
    public static final Settings DEFAULT = new Settings(16, 3000, 1e-3, 200, 5, 150, 5e-3);
  }

  /** Importance thresholds of the pruning rounds, relative to the largest importance. */
  private static final double[] THRESHOLDS = {1e-3, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3};

  /**
   * A trained, pruned network.
   *
   * @param net the network (pruned parameters are zero and marked {@link Mlp#pruned})
   * @param layout where its neurons sit
   * @param edgesBefore weights of the dense network
   * @param edgesAfter weights left after pruning
   * @param denseError relative training error of the network before pruning (refitted)
   * @param error relative training error of the pruned network
   */
  public record Network(Mlp net, Layout layout, int edgesBefore, int edgesAfter, double denseError, double error) {
    /** The modules read off the pruned graph. */
    public ModuleTree modules() { return ModuleTree.read(this); }

    /** Whether the weight from neuron {@code a} of layer {@code l} to neuron {@code b} of layer {@code l + 1} is left. */
    public boolean edge(int l, int a, int b) {
      int i = Layout.index(net, l, a, b);
      return !net.pruned(i) && net.parameters()[i] != 0;
    }

    /** That weight's value (0 when pruned). */
    public double weight(int l, int a, int b) { return net.parameters()[Layout.index(net, l, a, b)]; }
  }

  /**
   * Trains and prunes.
   *
   * @param rows inputs, row-major (read only)
   * @param ys targets by output (read only)
   * @param s the settings
   * @param seed initialisation seed
   * @param deadline safety cap, {@link System#nanoTime()}
   */
  public static Network fit(double[][] rows, double[][] ys, Settings s, long seed, long deadline) {
    int k = rows[0].length, h = s.width(), m = ys.length;
    double[][] cols = new double[k][rows.length];
    for (int i = 0; i < rows.length; i++) for (int j = 0; j < k; j++) cols[j][i] = rows[i][j];
    Mlp net = new Mlp(k, h, cols, ys, seed);
    Layout layout = new Layout(k, h, m);
    double[] p = net.parameters();
    boolean[] bias = new boolean[p.length];
    for (int l = 1; l <= 3; l++) for (int u = 0; u < (l == 3 ? m : h); u++) bias[net.bias(l, u)] = true;
    double[] d = new double[p.length];
    layout.costs(net, d);
    net.train(rows, ys, s.steps(), 0, new Mlp.Shaping() {
      @Override public void addPenalty(double[] w, double[] g, int step, int steps) {
        boolean late = step > 3 * steps / 4;
        double lam = step <= steps / 4 || late ? s.lambda() : 10 * s.lambda();
        for (int i = 0; i < g.length; i++) if (late || !bias[i]) g[i] += lam * d[i] * Math.signum(w[i]);
      }

      @Override public void afterStep(int step, double[] w) {
        if (step % s.swapEvery() == 0) {
          layout.relocate(net, s.topK());
          layout.costs(net, d);
        }
      }

      @Override public double learningRate() { return s.learningRate(); }
    }, deadline);
    int before = k * h + h * h + h * m;
    Pruner pruner = new Pruner(net, rows, ys, s.refitSteps(), deadline);
    double e0 = pruner.round(THRESHOLDS[0]);
    double tol = Math.max(2 * e0, e0 + 0.003);
    for (int r = 1; r < THRESHOLDS.length; r++) if (!pruner.tryRound(THRESHOLDS[r], tol)) break;
    return new Network(net, layout, before, pruner.edges(), e0, pruner.error);
  }

  /**
   * The pruning rounds over one network. Each round starts again from the trained network, so that the
   * importances are those the connection cost left and a refit cannot grow a weak edge back into a strong one.
   */
  private static final class Pruner {
    private final Mlp net;
    private final double[][] rows, ys;
    private final int refit;
    private final long deadline;
    private final int k, h, m;
    private final double[] trained;
    /** Per parameter, the importance of its edge against the largest (1 for biases). */
    private final double[] importance;
    private boolean[] keep;
    /** The training error of the last round kept. */
    private double error = Double.NaN;

    Pruner(Mlp net, double[][] rows, double[][] ys, int refit, long deadline) {
      this.net = net;
      this.rows = rows;
      this.ys = ys;
      this.refit = refit;
      this.deadline = deadline;
      k = net.inputs();
      h = net.width();
      m = net.outputs();
      trained = net.parameters().clone();
      importance = new double[trained.length];
      java.util.Arrays.fill(importance, 1);
      double[][][] act = net.activations(rows);
      double[][] rms = {rms(net.standardised(rows), k), rms(act[0], h), rms(act[1], h)};
      int[] sizes = {k, h, h, m};
      double max = 1e-300;
      for (int l = 0; l < 3; l++) {
        for (int a = 0; a < sizes[l]; a++) {
          for (int b = 0; b < sizes[l + 1]; b++) {
            int i = Layout.index(net, l, a, b);
            importance[i] = Math.abs(trained[i]) * rms[l][a];
            max = Math.max(max, importance[i]);
          }
        }
      }
      for (int l = 0; l < 3; l++) {
        for (int a = 0; a < sizes[l]; a++) for (int b = 0; b < sizes[l + 1]; b++) importance[Layout.index(net, l, a, b)] /= max;
      }
      keep = new boolean[trained.length];
    }

    /** One round that is kept when its error is at most {@code tol}; otherwise the last kept one is put back. */
    boolean tryRound(double threshold, double tol) {
      double[] saved = net.parameters().clone();
      boolean[] savedKeep = keep.clone();
      double savedError = error;
      double e = round(threshold);
      if (e <= tol) return true;
      error = savedError;
      keep = savedKeep;
      net.prune(keep);
      net.restore(saved);
      return false;
    }

    /** From the trained network: prunes the edges under {@code threshold}, folds, refits; the error after. */
    double round(double threshold) {
      net.restore(trained);
      for (int i = 0; i < keep.length; i++) keep[i] = importance[i] >= threshold;
      fold();
      net.prune(keep);
      net.train(rows, ys, 0, refit, (w, g, step, steps) -> { }, deadline);
      error = net.trainRelativeError();
      return error;
    }

    private static double[] rms(double[][] a, int n) {
      double[] r = new double[n];
      for (double[] row : a) for (int j = 0; j < n; j++) r[j] += row[j] * row[j];
      for (int j = 0; j < n; j++) r[j] = Math.sqrt(r[j] / a.length);
      return r;
    }

    /**
     * Hidden units without a kept input edge are constants: their outgoing weights times their (constant)
     * activation move into the next layer's biases. Units without a kept output edge lose their inputs.
     * Repeated until nothing changes; the network's function is unchanged by the folding itself.
     */
    private void fold() {
      double[] p = net.parameters();
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int l = 1; l <= 2; l++) {
          int next = l == 1 ? h : m;
          for (int u = 0; u < h; u++) {
            boolean in = false, out = false;
            for (int a = 0; a < (l == 1 ? k : h); a++) in |= keep[Layout.index(net, l - 1, a, u)];
            for (int b = 0; b < next; b++) out |= keep[Layout.index(net, l, u, b)];
            if (!in && out) {
              double c = Math.tanh(p[net.bias(l, u)]);
              for (int b = 0; b < next; b++) {
                int i = Layout.index(net, l, u, b);
                if (!keep[i]) continue;
                p[net.bias(l + 1, b)] += p[i] * c;
                keep[i] = false;
              }
              changed = true;
            } else if (in && !out) {
              for (int a = 0; a < (l == 1 ? k : h); a++) keep[Layout.index(net, l - 1, a, u)] = false;
              changed = true;
            }
          }
        }
      }
    }

    /** Weights left. */
    int edges() {
      int c = 0;
      for (int l = 0; l < 3; l++) {
        int na = l == 0 ? k : h, nb = l == 2 ? m : h;
        for (int a = 0; a < na; a++) for (int b = 0; b < nb; b++) if (keep[Layout.index(net, l, a, b)]) c++;
      }
      return c;
    }
  }
}
