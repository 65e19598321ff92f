package dev.discover.neural.internal;

import java.util.Arrays;
import java.util.Random;

/**
 * A Kolmogorov-Arnold network (Liu et al. 2024, arXiv:2404.19756) of shape {@code [k, h, 1]} or
 * {@code [k, 1]}: every edge carries a learnable univariate function
 * {@code phi(u) = wb * silu(u) + ws * sum_i c_i B_i(u)} with cubic B-splines on a uniform grid of
 * {@code G} intervals ({@link BSpline}), and every node sums its incoming edges. Inputs and target are
 * standardised; the first layer's grids span the standardised inputs, the hidden layer's grids follow the
 * hidden values (grid update from activations, with least-squares refits of the coefficients).
 *
 * <p>Training, in double precision: full-batch Adam on the mean squared error plus the KAN paper's
 * sparsity penalty ({@code lambda * (sum |phi|_1 + mu * entropy)} per layer, where {@code |phi|_1} is the
 * mean of {@code |phi|} over the batch); then pruning by attribution ({@link #prune}), a short retraining
 * and {@link Lbfgs} without the penalty for the last digits.
 *
 * <p>Forward and backward passes are plain Java loops over the rows with analytic gradients. Measured by
 * {@code bench/kan.sh} (one loss-and-gradient evaluation, 1000 rows, h = 5, G = 8, CPU time on one core of
 * the shared 2-core machine): the same computation batched in ND4J 1.0.0-M2.1 (dense B-spline basis
 * matrices from the Cox-de Boor recursion on whole columns, matrix products per node, one native thread,
 * inside a workspace) takes 16 to 26 ms against 0.7 to 1.5 ms for these loops, 17 to 23 times slower for
 * k = 3 to 9, with gradients equal to 1e-15. At this size each of its few hundred operations costs more in
 * per-operation overhead than its arithmetic, so the loops are kept.
 *
 * <p>Over 350 lines because the forward and backward passes, pruning and the grid updates all work on the
 * same flat parameter array and per-pass buffers; split apart they would have to expose that layout.
 */
public final class Kan {
  private static final double MU_ENTROPY = 2;
  private static final double SCORE_EPS = 1e-4;

  private final int[] width;
  private final int layers, nb, per;
  private final int n;
  private final double[][] x;          // standardised inputs, [row][input]
  private final double[] t;            // standardised target
  private final double[] mu, sd;
  private final double yMu, ySd;
  private final double[][] lo, step;   // grid of each layer's input nodes
  private final boolean[][] alive;     // per layer, edge (i, j) at i * out + j
  private final int[] offset;          // first parameter of each layer
  private double[] w;
  private final Pass pass;

  /**
   * An untrained network.
   *
   * @param columns inputs by column (read only)
   * @param y target (read only)
   * @param hidden hidden width; 0 for the single-layer shape {@code [k, 1]}
   * @param grid number of grid intervals G, at least 3
   * @param seed initialisation seed
   */
  public Kan(double[][] columns, double[] y, int hidden, int grid, long seed) {
    int k = columns.length;
    if (k < 1 || y.length < 2) throw new IllegalArgumentException("expected inputs and at least 2 rows, got " + k + " inputs and " + y.length + " rows");
    if (grid < 3) throw new IllegalArgumentException("grid must be >= 3, got " + grid);
    if (hidden < 0) throw new IllegalArgumentException("hidden must be >= 0, got " + hidden);
    width = hidden == 0 ? new int[] {k, 1} : new int[] {k, hidden, 1};
    layers = width.length - 1;
    nb = grid + 3;
    per = 2 + nb;
    n = y.length;
    mu = new double[k];
    sd = new double[k];
    x = new double[n][k];
    for (int j = 0; j < k; j++) {
      if (columns[j].length != n) throw new IllegalArgumentException("column " + j + " has " + columns[j].length + " rows, target has " + n);
      mu[j] = Moments.mean(columns[j]);
      sd[j] = Moments.std(columns[j], mu[j]);
      for (int r = 0; r < n; r++) x[r][j] = (columns[j][r] - mu[j]) / sd[j];
    }
    yMu = Moments.mean(y);
    ySd = Moments.std(y, yMu);
    t = new double[n];
    for (int r = 0; r < n; r++) t[r] = (y[r] - yMu) / ySd;
    lo = new double[layers][];
    step = new double[layers][];
    alive = new boolean[layers][];
    offset = new int[layers + 1];
    for (int l = 0; l < layers; l++) {
      lo[l] = new double[width[l]];
      step[l] = new double[width[l]];
      alive[l] = new boolean[width[l] * width[l + 1]];
      Arrays.fill(alive[l], true);
      offset[l + 1] = offset[l] + width[l] * width[l + 1] * per;
    }
    w = new double[offset[layers]];
    Random rnd = new Random(seed);
    for (int l = 0; l < layers; l++) {
      double s = 1 / Math.sqrt(width[l]);
      for (int e = 0; e < width[l] * width[l + 1]; e++) {
        int o = offset[l] + e * per;
        w[o] = s * (2 * rnd.nextDouble() - 1);
        w[o + 1] = s;
        for (int q = 0; q < nb; q++) w[o + 2 + q] = 0.1 * rnd.nextGaussian();
      }
    }
    for (int i = 0; i < k; i++) {
      double a = Double.POSITIVE_INFINITY, b = Double.NEGATIVE_INFINITY;
      for (double[] row : x) { a = Math.min(a, row[i]); b = Math.max(b, row[i]); }
      setGrid(0, i, a, b);
    }
    pass = new Pass();
    if (layers == 2) updateGrid(false);
  }

  private void setGrid(int l, int i, double a, double b) {
    if (!(b - a > 1e-9)) { a -= 0.5; b += 0.5; }
    lo[l][i] = a;
    step[l][i] = (b - a) / (nb - 3);
  }

  static double silu(double u) { return u / (1 + Math.exp(-u)); }

  /** Buffers of one forward pass over the training rows. */
  private final class Pass {
    final double[][] in = new double[layers + 1][];     // node values, [layer][row * width + node]
    final int[][] seg = new int[layers][];
    final double[][] bas = new double[layers][];        // [layer][(row * width + node) * 4 + q]
    final double[][] dbas = new double[layers][];
    final double[][] sil = new double[layers][];
    final double[][] dsil = new double[layers][];
    final double[][] phi = new double[layers][];        // [layer][row * edges + edge]
    final double[][] spl = new double[layers][];        // spline parts of phi, same layout

    Pass() {
      for (int l = 0; l <= layers; l++) in[l] = new double[n * width[l]];
      for (int l = 0; l < layers; l++) {
        seg[l] = new int[n * width[l]];
        bas[l] = new double[n * width[l] * 4];
        dbas[l] = new double[n * width[l] * 4];
        sil[l] = new double[n * width[l]];
        dsil[l] = new double[n * width[l]];
        phi[l] = new double[n * width[l] * width[l + 1]];
        spl[l] = new double[n * width[l] * width[l + 1]];
      }
      for (int r = 0; r < n; r++) System.arraycopy(x[r], 0, in[0], r * width[0], width[0]);
    }
  }

  /** Forward pass at parameters {@code p}; returns the mean squared error. */
  private double forward(double[] p) {
    double[] b = new double[4], db = new double[4];
    for (int l = 0; l < layers; l++) {
      int wi = width[l], wo = width[l + 1], ne = wi * wo;
      double[] in = pass.in[l], out = pass.in[l + 1], phi = pass.phi[l], spl = pass.spl[l];
      Arrays.fill(out, 0);
      for (int r = 0; r < n; r++) {
        for (int i = 0; i < wi; i++) {
          int ni = r * wi + i;
          double u = in[ni];
          int s = BSpline.eval(u, lo[l][i], step[l][i], b, l > 0 ? db : null);
          pass.seg[l][ni] = s;
          System.arraycopy(b, 0, pass.bas[l], ni * 4, 4);
          double ex = Math.exp(-u), sg = 1 / (1 + ex), si = u * sg;
          pass.sil[l][ni] = si;
          if (l > 0) {
            System.arraycopy(db, 0, pass.dbas[l], ni * 4, 4);
            pass.dsil[l][ni] = sg * (1 + u * (1 - sg));
          }
          boolean inside = s >= 0 && s + 3 < nb;
          for (int j = 0; j < wo; j++) {
            int e = i * wo + j;
            if (!alive[l][e]) { phi[r * ne + e] = 0; continue; }
            int o = offset[l] + e * per, c = o + 2 + s;
            double sp;
            if (inside) {
              sp = p[c] * b[0] + p[c + 1] * b[1] + p[c + 2] * b[2] + p[c + 3] * b[3];
            } else {
              sp = 0;
              for (int q = 0; q < 4; q++) if (s + q >= 0 && s + q < nb) sp += p[c + q] * b[q];
            }
            double v = p[o] * si + p[o + 1] * sp;
            spl[r * ne + e] = sp;
            phi[r * ne + e] = v;
            out[r * wo + j] += v;
          }
        }
      }
    }
    double[] y = pass.in[layers];
    double se = 0;
    for (int r = 0; r < n; r++) se += (y[r] - t[r]) * (y[r] - t[r]);
    return se / n;
  }

  /**
   * Loss (mean squared error plus {@code lambda} times the sparsity penalty) at {@code p}, and its gradient
   * into {@code g} when {@code g} is not null.
   */
  private double evaluate(double[] p, double[] g, double lambda) {
    double loss = forward(p);
    double[][] penGrad = new double[layers][];
    for (int l = 0; l < layers; l++) {
      int ne = width[l] * width[l + 1];
      penGrad[l] = new double[ne];
      if (lambda <= 0) continue;
      double[] mag = new double[ne];
      double total = 0;
      for (int r = 0; r < n; r++) for (int e = 0; e < ne; e++) mag[e] += Math.abs(pass.phi[l][r * ne + e]);
      for (int e = 0; e < ne; e++) { mag[e] /= n; total += mag[e]; }
      double ent = 0;
      for (int e = 0; e < ne; e++) if (alive[l][e] && mag[e] > 0) { double q = mag[e] / total; ent -= q * Math.log(q); }
      loss += lambda * (total + MU_ENTROPY * ent);
      for (int e = 0; e < ne; e++) {
        if (!alive[l][e] || mag[e] <= 0) continue;
        double dEnt = (-Math.log(mag[e] / total) - ent) / total;
        penGrad[l][e] = lambda * (1 + MU_ENTROPY * dEnt) / n;
      }
    }
    if (g == null) return loss;
    Arrays.fill(g, 0);
    double[] up = new double[n];
    for (int r = 0; r < n; r++) up[r] = 2 * (pass.in[layers][r] - t[r]) / n;
    for (int l = layers - 1; l >= 0; l--) {
      int wi = width[l], wo = width[l + 1], ne = wi * wo;
      double[] down = l > 0 ? new double[n * wi] : null;
      int[] seg = pass.seg[l];
      double[] bas = pass.bas[l], dbas = pass.dbas[l], sil = pass.sil[l], dsil = pass.dsil[l];
      double[] phi = pass.phi[l], spl = pass.spl[l], pen = penGrad[l];
      boolean[] on = alive[l];
      for (int r = 0; r < n; r++) {
        for (int i = 0; i < wi; i++) {
          int ni = r * wi + i, s = seg[ni], bi = ni * 4;
          boolean inside = s >= 0 && s + 3 < nb;
          double si = sil[ni];
          for (int j = 0; j < wo; j++) {
            int e = i * wo + j;
            if (!on[e]) continue;
            int re = r * ne + e, o = offset[l] + e * per, c = o + 2 + s;
            double ge = up[r * wo + j] + pen[e] * Math.signum(phi[re]);
            double gs = ge * p[o + 1];
            g[o] += ge * si;
            g[o + 1] += ge * spl[re];
            if (inside) {
              g[c] += gs * bas[bi];
              g[c + 1] += gs * bas[bi + 1];
              g[c + 2] += gs * bas[bi + 2];
              g[c + 3] += gs * bas[bi + 3];
            } else {
              for (int q = 0; q < 4; q++) if (s + q >= 0 && s + q < nb) g[c + q] += gs * bas[bi + q];
            }
            if (down == null) continue;
            double dsp = 0;
            for (int q = 0; q < 4; q++) if (s + q >= 0 && s + q < nb) dsp += p[c + q] * dbas[bi + q];
            down[ni] += ge * (p[o] * dsil[ni] + p[o + 1] * dsp);
          }
        }
      }
      up = down;
    }
    return loss;
  }

  /**
   * Full-batch Adam with the sparsity penalty; the hidden layer's grids follow the hidden values every 100
   * steps during the first half.
   *
   * @param steps number of steps
   * @param lr learning rate
   * @param lambda penalty strength (0 for none)
   * @param deadlineNanos stop early at this {@link System#nanoTime()}
   */
  public void adam(int steps, double lr, double lambda, long deadlineNanos) {
    Adam.minimise(w, (p, g) -> evaluate(p, g, lambda), steps, lr, 32, deadlineNanos, it -> {
      if (layers == 2 && it % 100 == 0 && it <= steps / 2) updateGrid(true);
    });
  }

  /** L-BFGS without the penalty ({@link Lbfgs}). */
  public void lbfgs(int iters, long deadlineNanos) {
    Lbfgs.Objective f = new Lbfgs.Objective() {
      @Override public double value(double[] p) { return evaluate(p, null, 0); }

      @Override public double[] gradient(double[] p) {
        double[] g = new double[p.length];
        evaluate(p, g, 0);
        return g;
      }
    };
    w = Lbfgs.minimise(f, w, iters, deadlineNanos);
  }

  /**
   * Moves the hidden layer's grids to the range of the hidden values on the training rows and refits each
   * outgoing spline there by least squares, so the network's function barely changes.
   */
  private void updateGrid(boolean refit) {
    forward(w);
    int wi = width[1];
    for (int i = 0; i < wi; i++) {
      double a = Double.POSITIVE_INFINITY, b = Double.NEGATIVE_INFINITY;
      double[] u = new double[n];
      for (int r = 0; r < n; r++) { u[r] = pass.in[1][r * wi + i]; a = Math.min(a, u[r]); b = Math.max(b, u[r]); }
      double margin = 0.02 * (b - a);
      double oldLo = lo[1][i], oldStep = step[1][i];
      setGrid(1, i, a - margin, b + margin);
      if (!refit) continue;
      for (int j = 0; j < width[2]; j++) {
        int o = offset[1] + (i * width[2] + j) * per;
        if (!alive[1][i * width[2] + j]) continue;
        double[] v = new double[n];
        for (int r = 0; r < n; r++) v[r] = BSpline.value(u[r], oldLo, oldStep, w, o + 2, nb);
        double[] c = BSpline.refit(u, v, lo[1][i], step[1][i], nb);
        System.arraycopy(c, 0, w, o + 2, nb);
      }
    }
  }

  /**
   * Attribution scores as in KAN 2.0 (Liu et al. 2024, arXiv:2408.10205): the output node scores 1; an edge
   * scores the standard deviation of its activation over the training rows divided by that of the node it
   * feeds, times that node's score; a node scores the sum of its outgoing edges.
   *
   * @return {@code [layer][i * out + j]}; zero for pruned edges
   */
  public double[][] edgeScores() {
    forward(w);
    double[][] score = new double[layers][];
    double[] nodeScore = {1};
    for (int l = layers - 1; l >= 0; l--) {
      int wi = width[l], wo = width[l + 1], ne = wi * wo;
      double[] nodeSd = new double[wo];
      for (int j = 0; j < wo; j++) {
        double[] v = new double[n];
        for (int r = 0; r < n; r++) v[r] = pass.in[l + 1][r * wo + j];
        nodeSd[j] = sdOf(v);
      }
      score[l] = new double[ne];
      double[] next = new double[wi];
      for (int e = 0; e < ne; e++) {
        if (!alive[l][e]) continue;
        double[] v = new double[n];
        for (int r = 0; r < n; r++) v[r] = pass.phi[l][r * ne + e];
        int j = e % wo;
        score[l][e] = sdOf(v) / (nodeSd[j] + SCORE_EPS) * nodeScore[j];
        next[e / wo] += score[l][e];
      }
      nodeScore = next;
    }
    return score;
  }

  private static double sdOf(double[] v) {
    double m = Moments.mean(v), s = 0;
    for (double d : v) s += (d - m) * (d - m);
    return Math.sqrt(s / v.length);
  }

  /**
   * Removes edges scoring below {@code threshold} ({@link #edgeScores}), then hidden nodes left without an
   * incoming or an outgoing edge.
   *
   * @return number of edges left
   */
  public int prune(double threshold) {
    double[][] s = edgeScores();
    for (int l = 0; l < layers; l++) for (int e = 0; e < s[l].length; e++) if (s[l][e] < threshold) alive[l][e] = false;
    if (layers == 2) {
      for (int j = 0; j < width[1]; j++) {
        boolean inAny = false, outAny = alive[1][j];
        for (int i = 0; i < width[0]; i++) inAny |= alive[0][i * width[1] + j];
        if (!inAny || !outAny) {
          alive[1][j] = false;
          for (int i = 0; i < width[0]; i++) alive[0][i * width[1] + j] = false;
        }
      }
    }
    for (int l = 0; l < layers; l++) {
      for (int e = 0; e < alive[l].length; e++) {
        if (alive[l][e]) continue;
        Arrays.fill(w, offset[l] + e * per, offset[l] + (e + 1) * per, 0);
      }
    }
    int left = 0;
    for (boolean[] a : alive) for (boolean b : a) if (b) left++;
    return left;
  }

  /** Root-mean-square training error relative to the target's standard deviation. */
  public double relativeError() { return Math.sqrt(forward(w)); }

  /** Layer widths, {@code {k, h, 1}} or {@code {k, 1}}. */
  public int[] widths() { return width.clone(); }

  /** Whether edge {@code i -> j} of layer {@code l} survives pruning. */
  public boolean alive(int l, int i, int j) { return alive[l][i * width[l + 1] + j]; }

  /**
   * The activation of edge {@code i -> j} of layer {@code l} at {@code u}: for layer 0, {@code u} is the raw
   * input; for layer 1 a hidden value. The last layer's activations are in standardised target units (see
   * {@link #targetMean}, {@link #targetScale}).
   */
  public double edge(int l, int i, int j, double u) {
    double v = l == 0 ? (u - mu[i]) / sd[i] : u;
    int o = offset[l] + (i * width[l + 1] + j) * per;
    return w[o] * silu(v) + w[o + 1] * BSpline.value(v, lo[l][i], step[l][i], w, o + 2, nb);
  }

  /**
   * Range of node {@code i} of layer {@code l} over the training rows, as {@code {min, max}}: raw inputs for
   * layer 0, hidden values for layer 1.
   */
  public double[] range(int l, int i) {
    forward(w);
    double a = Double.POSITIVE_INFINITY, b = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < n; r++) { double v = pass.in[l][r * width[l] + i]; a = Math.min(a, v); b = Math.max(b, v); }
    if (l == 0) return new double[] {mu[i] + sd[i] * a, mu[i] + sd[i] * b};
    return new double[] {a, b};
  }

  /** Prediction at one row of raw inputs (read only). */
  public double predict(double[] raw) {
    double[] in = raw.clone();
    for (int l = 0; l < layers; l++) {
      double[] out = new double[width[l + 1]];
      for (int i = 0; i < width[l]; i++) {
        for (int j = 0; j < width[l + 1]; j++) if (alive(l, i, j)) out[j] += edge(l, i, j, in[i]);
      }
      in = out;
    }
    return yMu + ySd * in[0];
  }

  /** Mean of the target, which the network's output is shifted by. */
  public double targetMean() { return yMu; }

  /** Standard deviation of the target, which the network's output is scaled by. */
  public double targetScale() { return ySd; }

  /**
   * Mean squared error on the standardised target at the current parameters and its gradient, for
   * benchmarks and tests.
   *
   * @param grad receives the gradient; length {@link #parameters()}{@code .length} (written)
   * @return the loss
   */
  public double lossAndGradient(double[] grad) { return evaluate(w, grad, 0); }

  /** Loss with the penalty at parameters {@code p} (read only) and its gradient into {@code g}; for tests. */
  double loss(double[] p, double[] g, double lambda) { return evaluate(p, g, lambda); }

  /**
   * A copy of the parameters: per layer, per edge {@code i * out + j}, the values {@code wb, ws, c_0 ..
   * c_{G+2}}.
   */
  public double[] parameters() { return w.clone(); }

  /** Left end of the grid of node {@code i} of layer {@code l} (standardised units for layer 0). */
  public double gridLow(int l, int i) { return lo[l][i]; }

  /** Interval width of the grid of node {@code i} of layer {@code l}. */
  public double gridStep(int l, int i) { return step[l][i]; }

  /** A copy of the standardised inputs, {@code [row][input]}. */
  public double[][] standardisedInputs() {
    double[][] c = new double[n][];
    for (int r = 0; r < n; r++) c[r] = x[r].clone();
    return c;
  }

  /** A copy of the standardised target. */
  public double[] standardisedTarget() { return t.clone(); }
}
